// parser_api.cpp - parse() and check_complete(): source text in, tree or SyntaxError out.
#include <cstring>

#include "compiler/parser_impl.h"
#include "compiler/utf8.h"

namespace coil::compiler {

namespace {
// str.isspace() for one code point.
bool is_python_whitespace(uint32_t cp) {
  return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0 ||
         cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000;
}
}  // namespace

ParseResult parse(std::string_view source, ParseMode mode, const ParseOptions& options) {
  ParseResult r;
  r.arena = std::make_unique<ast::Arena>();
  if (std::memchr(source.data(), '\0', source.size())) {
    r.error.msg = "source code string cannot contain null bytes";
    r.error.has_location = false;
    r.error.has_text = false;
    return r;
  }
  // String input: CRLF/CR become LF, and file input gets a final newline (CPython's
  // translate_newlines); interactive and eval input do not.
  std::string text = normalize_source(source, mode == ParseMode::File);
  StartRule start = mode == ParseMode::File          ? StartRule::File
                    : mode == ParseMode::Interactive ? StartRule::Interactive
                                                     : StartRule::Eval;
  Parser p(text, start, *r.arena, options);
  r.mod = p.parse_mod();
  if (!r.mod) r.error = p.error();
  return r;
}

Completeness check_complete(std::string_view source, ParseMode mode) {
  // codeop._maybe_compile: blank/comment-only input is complete; otherwise compile with
  // "incomplete input" detection, then with one more newline.
  bool blank = true;
  size_t i = 0;
  while (i <= source.size() && blank) {
    size_t nl = source.find('\n', i);
    if (nl == std::string_view::npos) nl = source.size();
    std::string_view line = source.substr(i, nl - i);
    // The first character that Python's str.strip() would keep.
    size_t j = 0;
    while (j < line.size()) {
      uint32_t cp = (unsigned char)line[j] < 0x80 ? (unsigned char)line[j++] : utf8_decode(line, &j);
      if (!is_python_whitespace(cp)) {
        if (cp != '#') blank = false;
        break;
      }
    }
    i = nl + 1;
  }
  if (blank && mode != ParseMode::Eval) return Completeness::Complete;
  ParseOptions opts;
  opts.allow_incomplete = true;
  ParseResult r = parse(source, mode, opts);
  if (!r.ok()) {
    std::string more(source);
    more.push_back('\n');
    ParseResult r2 = parse(more, mode, opts);
    if (r2.ok() || r2.error.msg.find("incomplete input") != std::string::npos) {
      return Completeness::Incomplete;
    }
  }
  // Like codeop, the verdict comes from an ordinary compile of the text.
  return parse(source, mode).ok() ? Completeness::Complete : Completeness::Invalid;
}

}  // namespace coil::compiler
