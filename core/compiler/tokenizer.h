// tokenizer.h - Python 3.11 tokenizer over UTF-8 source, behaving like CPython's C tokenizer.
//
// The tokenizer works on a *normalised* buffer (see normalize_source): no BOM, "\n" line ends,
// and (for file input) a final "\n", exactly the buffer CPython's string tokenizer sees, so
// line/column numbers and error locations match CPython's. It reads the buffer line by line
// like CPython does, which is what makes error texts and offsets come out identical.
//
// Two uses: the parser pulls tokens with next() and stops at the first error; the editor calls
// tokenize_for_highlighting(), which never fails and reports comments and error spans too.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/syntax_error.h"
#include "compiler/token.h"

namespace coil::compiler {

// Strips a UTF-8 BOM, turns "\r\n" and "\r" into "\n" and, when `exec_input`, appends a "\n"
// if the source does not end with one (what CPython does to string input). When `cr_positions`
// is given it receives the offsets (in the normalised buffer) where a "\r" was dropped, and
// `bom` whether 3 BOM bytes were dropped, so offsets can be mapped back to the original.
std::string normalize_source(std::string_view source, bool exec_input,
                             std::vector<int32_t>* cr_positions = nullptr, bool* bom = nullptr);

// Why the tokenizer stopped (CPython's tok->done values that matter here).
enum class TokDone : uint8_t {
  Ok,
  Eof,       // end of input
  Error,     // a SyntaxError was raised by the tokenizer itself: see error()
  Dedent,    // "unindent does not match any outer indentation level"
  TabSpace,  // "inconsistent use of tabs and spaces in indentation"
  TooDeep,   // "too many levels of indentation"
  LineCont,  // "unexpected character after line continuation character"
  Decode,    // invalid UTF-8 in an identifier: see error() (message without location)
};

class Tokenizer {
 public:
  static constexpr int kMaxIndent = 100;
  static constexpr int kMaxLevel = 200;

  // `source` must be normalised and outlive the tokenizer. With `emit_trivia`, COMMENT tokens
  // and NL tokens (newlines that end no logical line) are produced as well.
  explicit Tokenizer(std::string_view source, bool emit_trivia = false);

  // The next token; ERRORTOKEN when the tokenizer fails (then done() != Ok).
  Token next();

  TokDone done() const { return done_; }
  const SyntaxErrorInfo& error() const { return error_; }
  std::string_view source() const { return src_; }

  // Current state, as CPython's tok_state exposes it.
  int lineno() const { return lineno_; }
  int cur() const { return cur_; }
  int line_start() const { return line_start_; }
  int level() const { return level_; }
  char paren(int i) const { return paren_stack_[i]; }
  int paren_lineno(int i) const { return paren_lineno_[i]; }
  int paren_col(int i) const { return paren_col_[i]; }

  // For highlighting: forget an error and continue after the offending text.
  void recover();
  // Interactive input at its end: pending DEDENTs for every open indentation level.
  void imply_dedents() {
    pendin_ = -indent_;
    indent_ = 0;
  }
  bool eof_in_string() const { return eof_in_string_; }

 private:
  int nextc();
  void backup(int c);
  Tok get(int* p_start, int* p_end);
  Tok get_number(int c, int* p_start, int* p_end);
  Tok get_string(int quote, int* p_start, int* p_end);
  Tok get_identifier(int c, int* p_start, int* p_end);
  bool verify_end_of_number(int c, const char* kind);
  int decimal_tail();
  bool lookahead(const char* test);
  int continuation_line();
  bool verify_identifier();
  Tok indent_error();
  Tok syntax_error(std::string msg);
  Tok syntax_error_range(std::string msg, int col_offset, int end_col_offset);

  std::string_view src_;
  bool emit_trivia_;
  TokDone done_ = TokDone::Ok;
  SyntaxErrorInfo error_;

  int cur_ = 0;         // next byte to read
  int inp_ = 0;         // end of the data read so far (end of the current line)
  int line_start_ = 0;  // start of the current line
  int lineno_ = 0;
  int start_ = -1;      // start of the current token (-1: none)

  bool atbol_ = true;
  bool blankline_ = false;
  int pendin_ = 0;
  int indent_ = 0;
  int indstack_[kMaxIndent] = {0};
  int altindstack_[kMaxIndent] = {0};

  int level_ = 0;
  char paren_stack_[kMaxLevel] = {0};
  int paren_lineno_[kMaxLevel] = {0};
  int paren_col_[kMaxLevel] = {0};

  bool eof_in_string_ = false;
  int first_lineno_ = 0;      // line where the current string token started
  int multi_line_start_ = 0;  // start of that line
};

// ---- highlighting

enum class HighlightKind : uint8_t {
  Name, Keyword, SoftKeyword, Builtin, Number, String, Comment, Operator, Bracket, Error,
};

struct HighlightToken {
  HighlightKind kind;
  int32_t begin, end;  // byte offsets into the original source
};

// Never fails: covers every non-blank part of `source` (comments included); unknown or
// malformed input becomes Error spans and tokenizing resumes after them. Unterminated strings
// extend to the end of their line (or of the input, for triple quotes).
std::vector<HighlightToken> tokenize_for_highlighting(std::string_view source);

}  // namespace coil::compiler
