// parser_api.cpp - parse() and check_complete(): source text in, tree or SyntaxError out.
#include <cstring>

#include "compiler/parser_impl.h"

namespace coil::compiler {

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
  while (i <= source.size()) {
    size_t nl = source.find('\n', i);
    if (nl == std::string_view::npos) nl = source.size();
    std::string_view line = source.substr(i, nl - i);
    size_t b = line.find_first_not_of(" \t\r\f\v");
    if (b != std::string_view::npos && line[b] != '#') {
      blank = false;
      break;
    }
    i = nl + 1;
  }
  if (blank && mode != ParseMode::Eval) return Completeness::Complete;
  ParseOptions opts;
  opts.allow_incomplete = true;
  ParseResult r = parse(source, mode, opts);
  if (r.ok()) return Completeness::Complete;
  std::string more(source);
  more.push_back('\n');
  ParseResult r2 = parse(more, mode, opts);
  if (r2.ok() || r2.error.msg.find("incomplete input") != std::string::npos) {
    return Completeness::Incomplete;
  }
  return Completeness::Invalid;
}

}  // namespace coil::compiler
