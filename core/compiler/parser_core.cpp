// parser_core.cpp - parser infrastructure: tokens, memo, locations, CPython-faithful error raising, the two passes.
#include <cstring>

#include "compiler/parser_impl.h"
#include "compiler/unicode_db.h"
#include "compiler/utf8.h"

namespace coil::compiler {

namespace {
constexpr int kCurrentPos = -5;  // CPython's CURRENT_POS

bool is_whitespace_token(Tok k) {
  return k == Tok::ENDMARKER || k == Tok::NEWLINE || k == Tok::INDENT || k == Tok::DEDENT;
}

// CPython's _PyPegen_byte_offset_to_character_offset.
int byte_to_char_offset(std::string_view line, int col_offset) {
  int len = int(line.size());
  if (col_offset > len + 1) col_offset = len + 1;
  if (col_offset < 0) col_offset = 0;
  // CPython decodes col_offset bytes of the NUL-terminated line: one past the end counts the NUL.
  if (col_offset == len + 1) return utf8_length_replace(line) + 1;
  return utf8_length_replace(line.substr(0, size_t(col_offset)));
}
}  // namespace

Parser::Parser(std::string_view source, StartRule start, ast::Arena& arena,
               const ParseOptions& options)
    : src_(source), start_rule_(start), arena_(arena), options_(options), tok_(source) {}

// ---------------------------------------------------------------- tokens

void Parser::tokenize_all() {
  // Tokenize eagerly up to the end or the first error. `fill_` then plays the role of
  // CPython's lazily filled token array: only tokens below fill_ count as fetched.
  tokens_.reserve(src_.size() / 4 + 16);
  bool parsing_started = false;
  int line_offset = starting_lineno_ > 0 ? starting_lineno_ - 1 : 0;
  for (;;) {
    Token t = tok_.next();
    if (start_rule_ == StartRule::Interactive && t.kind == Tok::ENDMARKER && parsing_started) {
      // Single input: the end of input ends the statement with a NEWLINE (and DEDENTs).
      t.kind = Tok::NEWLINE;
      parsing_started = false;
      if (!options_.allow_incomplete) tok_.imply_dedents();
    } else {
      parsing_started = true;
    }
    if (line_offset) {
      t.lineno += line_offset;
      t.end_lineno += line_offset;
    }
    if (starting_lineno_ > 0 && t.end_lineno == starting_lineno_) {
      if (t.col_offset >= 0) t.col_offset += starting_col_offset_;
      if (t.end_col_offset >= 0) t.end_col_offset += starting_col_offset_;
    }
    tokens_.push_back(t);
    if (t.kind == Tok::ERRORTOKEN) break;
    if (t.kind == Tok::ENDMARKER) {
      // Past the end the tokenizer keeps returning ENDMARKER; keep a few so that token
      // pointers never move (the vector is not reallocated after this).
      for (int i = 0; i < 4; i++) tokens_.push_back(t);
      break;
    }
  }
}

bool Parser::fill_token() {
  if (size_t(fill_) >= tokens_.size()) {
    // Cannot happen: tokenize_all() leaves spare ENDMARKERs after the last one.
    raise_syntax("unknown parsing error");
    return false;
  }
  fill_++;
  if (tokens_[size_t(fill_ - 1)].kind == Tok::ERRORTOKEN) {
    raise_tokenizer_error();
    return false;
  }
  return true;
}


Tok Parser::peek_at(int offset) {
  if (err_) return Tok::ERRORTOKEN;
  while (fill_ <= mark_ + offset) {
    if (!fill_token()) return Tok::ERRORTOKEN;
  }
  return tokens_[size_t(mark_ + offset)].kind;
}


const Token* Parser::expect_name() { return expect(Tok::NAME); }

bool Parser::expect_soft_keyword(std::string_view kw) {
  const Token* t = peek_token();
  if (!t || t->kind != Tok::NAME || token_text(*t) != kw) return false;
  mark_++;
  return true;
}

bool Parser::at_soft_keyword_token() {
  // CPython compares only as many characters as the token has (strncmp with the token's
  // length), so any NAME that is a prefix of "_", "case" or "match" counts.
  const Token* t = peek_token();
  if (!t || t->kind != Tok::NAME) return false;
  std::string_view s = token_text(*t);
  for (std::string_view kw : {std::string_view("_"), std::string_view("case"), std::string_view("match")}) {
    if (s.size() <= kw.size() && kw.substr(0, s.size()) == s) return true;
  }
  return false;
}

const Token* Parser::expect_forced(Tok kind, const char* expected) {
  if (err_) return nullptr;
  const Token* t = peek_token();
  if (!t) return nullptr;
  if (t->kind != kind) {
    raise_known_location(tok_loc(*t), std::string("expected '") + expected + "'");
    return nullptr;
  }
  mark_++;
  return t;
}

std::string_view Parser::token_text(const Token& t) const {
  if (t.start < 0 || t.end < t.start) return {};
  return src_.substr(size_t(t.start), size_t(t.end - t.start));
}

std::string Parser::identifier(const Token& t) const {
  std::string_view s = token_text(t);
  for (char c : s) {
    if ((unsigned char)c >= 0x80) return unidb::normalize_identifier(s);
  }
  return std::string(s);
}

const Token& Parser::last_nonwhitespace_token() const {
  int m = mark_ - 1;
  for (; m > 0; m--) {
    if (!is_whitespace_token(tokens_[size_t(m)].kind)) break;
  }
  return tokens_[size_t(m < 0 ? 0 : m)];
}

ast::Loc Parser::loc_from(int start_mark) const {
  const Token& s = tokens_[size_t(start_mark)];
  const Token& e = last_nonwhitespace_token();
  return ast::Loc{s.lineno, s.col_offset, e.end_lineno, e.end_col_offset};
}

ast::Loc Parser::tok_loc(const Token& t) const {
  return ast::Loc{t.lineno, t.col_offset, t.end_lineno, t.end_col_offset};
}

ast::Name* Parser::name_from_token(const Token& t, ast::ExprContext ctx) {
  auto* n = arena_.make<ast::Name>();
  n->id = identifier(t);
  n->ctx = ctx;
  n->loc = tok_loc(t);
  return n;
}

// ---------------------------------------------------------------- memo

bool Parser::memo_get(MemoRule rule, int mark, void** node) {
  if (!call_invalid_rules_ && !memo_in_first_pass(rule)) return false;
  int slot = memo_slot(rule);
  if (slot >= 0) {
    if (size_t(mark) >= slots_.size()) return false;
    const TokenMemo& tm = slots_[size_t(mark)];
    if (tm.end[slot] < 0) return false;
    *node = tm.node[slot];
    mark_ = tm.end[slot];
    return true;
  }
  if (memo_.empty()) return false;
  uint64_t key = (uint64_t(uint32_t(mark)) << 8) | uint64_t(rule);
  size_t mask = memo_.size() - 1;
  size_t i = size_t((key * 0x9E3779B97F4A7C15ull) >> 20) & mask;
  for (;;) {
    const MemoEntry& e = memo_[i];
    if (e.key == 0) return false;
    if (e.key == key + 1) {
      *node = e.node;
      mark_ = e.end;
      return true;
    }
    i = (i + 1) & mask;
  }
}

void Parser::memo_put(MemoRule rule, int mark, void* node, int end) {
  if (!call_invalid_rules_ && !memo_in_first_pass(rule)) return;
  int slot = memo_slot(rule);
  if (slot >= 0) {
    if (size_t(mark) >= slots_.size()) {
      TokenMemo empty;
      for (int i = 0; i < kMemoSlots; i++) {
        empty.node[i] = nullptr;
        empty.end[i] = -1;
      }
      slots_.resize(tokens_.size() > size_t(mark) ? tokens_.size() : size_t(mark) + 1, empty);
    }
    slots_[size_t(mark)].node[slot] = node;
    slots_[size_t(mark)].end[slot] = end;
    return;
  }
  if ((memo_count_ + 1) * 2 > memo_.size()) {
    std::vector<MemoEntry> old;
    old.swap(memo_);
    memo_.assign(old.empty() ? 256 : old.size() * 2, MemoEntry{0, nullptr, 0});
    memo_count_ = 0;
    for (const MemoEntry& e : old) {
      if (e.key == 0) continue;
      size_t mask = memo_.size() - 1;
      size_t i = size_t(((e.key - 1) * 0x9E3779B97F4A7C15ull) >> 20) & mask;
      while (memo_[i].key != 0) i = (i + 1) & mask;
      memo_[i] = e;
      memo_count_++;
    }
  }
  uint64_t key = (uint64_t(uint32_t(mark)) << 8) | uint64_t(rule);
  size_t mask = memo_.size() - 1;
  size_t i = size_t((key * 0x9E3779B97F4A7C15ull) >> 20) & mask;
  while (memo_[i].key != 0 && memo_[i].key != key + 1) i = (i + 1) & mask;
  if (memo_[i].key == 0) memo_count_++;
  memo_[i] = MemoEntry{key + 1, node, end};
}

void Parser::memo_clear() {
  memo_.clear();
  memo_count_ = 0;
  slots_.clear();
}

// ---------------------------------------------------------------- errors

void Parser::raise_at(const char* type, int lineno, int col_offset, int end_lineno,
                      int end_col_offset, const std::string& msg) {
  // CPython's _PyPegen_raise_error_known_location.
  if (err_) return;
  err_ = true;
  const Token& last = tokens_[size_t(fill_ > 0 ? fill_ - 1 : 0)];
  int tok_lineno = fill_ > 0 ? last.end_lineno : 0;
  if (end_lineno == kCurrentPos) end_lineno = tok_lineno;
  if (end_col_offset == kCurrentPos) end_col_offset = fill_ > 0 ? last.tok_cur - last.tok_line_start : 0;

  error_ = SyntaxErrorInfo{};
  error_.type = type;
  error_.msg = start_rule_ == StartRule::FString ? "f-string: " + msg : msg;

  // The error line: the tokenizer's current line (with its newline) when the error is on it,
  // otherwise the line taken from the source (without newline).
  std::string line;
  if (fill_ > 0 && tok_lineno <= lineno && last.tok_inp > last.tok_buf) {
    line = std::string(src_.substr(size_t(last.tok_buf), size_t(last.tok_inp - last.tok_buf)));
  } else {
    int line_offset = starting_lineno_ > 0 ? starting_lineno_ - 1 : 0;
    int rel = lineno - line_offset;
    size_t b = 0;
    for (int i = 1; i < rel; i++) {
      const void* nl = std::memchr(src_.data() + b, '\n', src_.size() - b);
      if (!nl) break;
      b = size_t(static_cast<const char*>(nl) - src_.data()) + 1;
      if (b >= src_.size()) break;
    }
    const void* nl = b < src_.size() ? std::memchr(src_.data() + b, '\n', src_.size() - b) : nullptr;
    size_t e = nl ? size_t(static_cast<const char*>(nl) - src_.data()) : src_.size();
    if (b > src_.size()) b = src_.size();
    line = std::string(src_.substr(b, e - b));
  }
  if (start_rule_ == StartRule::FString) {
    col_offset -= starting_col_offset_;
    end_col_offset -= starting_col_offset_;
  }
  std::string text = utf8_replace_invalid(line);
  int col_number = byte_to_char_offset(text, col_offset);
  int end_col_number = end_col_offset;
  if (end_col_number > 0) end_col_number = byte_to_char_offset(text, end_col_number);
  error_.lineno = lineno;
  error_.offset = col_number;
  error_.end_lineno = end_lineno;
  error_.end_offset = end_col_number;
  error_.text = std::move(text);
}

void Parser::raise_error(const char* type, const std::string& msg) {
  // RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: located at the last token fetched.
  if (err_) return;
  if (fill_ == 0) {
    raise_at(type, 0, 0, 0, -1, msg);
    return;
  }
  const Token& t = tokens_[size_t(fill_ - 1)];
  int col_offset;
  if (t.col_offset == -1) {
    col_offset = t.tok_cur == t.tok_line_start ? 0 : t.tok_cur - t.tok_line_start;
  } else {
    col_offset = t.col_offset + 1;
  }
  int end_col_offset = t.end_col_offset != -1 ? t.end_col_offset + 1 : -1;
  raise_at(type, t.lineno, col_offset, t.end_lineno, end_col_offset, msg);
  error_.at_end_of_input = t.col_offset == -1;
}

void Parser::raise_known_location(const ast::Loc& a, const std::string& msg) {
  raise_at("SyntaxError", a.lineno, a.col_offset + 1, a.end_lineno, a.end_col_offset + 1, msg);
}

void Parser::raise_known_range(const ast::Loc& a, const ast::Loc& b, const std::string& msg) {
  raise_at("SyntaxError", a.lineno, a.col_offset + 1, b.end_lineno, b.end_col_offset + 1, msg);
}

void Parser::raise_starting_from(const ast::Loc& a, const std::string& msg) {
  raise_at("SyntaxError", a.lineno, a.col_offset + 1, kCurrentPos, kCurrentPos, msg);
}

void Parser::raise_memory_error() {
  if (err_) return;
  err_ = true;
  memory_error_ = true;
  error_ = SyntaxErrorInfo{};
  error_.type = "MemoryError";
  error_.has_location = false;
  error_.has_text = false;
}

void Parser::raise_unclosed_paren() {
  int level = tok_.level();
  if (level <= 0) return;
  int lineno = tok_.paren_lineno(level - 1);
  int line_offset = starting_lineno_ > 0 ? starting_lineno_ - 1 : 0;
  lineno += line_offset;
  int col = tok_.paren_col(level - 1);
  if (starting_lineno_ > 0 && lineno == starting_lineno_) col += starting_col_offset_;
  raise_at("SyntaxError", lineno, col + 1, lineno, 0,
           std::string("'") + tok_.paren(level - 1) + "' was never closed");
}

void Parser::raise_tokenizer_error() {
  if (err_) return;
  const Token& t = tokens_[size_t(fill_ - 1)];
  switch (TokDone(t.tok_done)) {
    case TokDone::Error: {
      err_ = true;
      error_ = tok_.error();
      int line_offset = starting_lineno_ > 0 ? starting_lineno_ - 1 : 0;
      error_.lineno += line_offset;
      error_.end_lineno += line_offset;
      return;
    }
    case TokDone::Decode:
      raise_syntax("(unicode error) " + tok_.error().msg);
      return;
    case TokDone::Eof:
      if (t.level) {
        raise_unclosed_paren();
      } else {
        raise_syntax("unexpected EOF while parsing");
      }
      return;
    case TokDone::Dedent:
      raise_indentation("unindent does not match any outer indentation level");
      error_.at_end_of_input = false;  // a tokenizer error: located the same way for files
      return;
    case TokDone::TabSpace:
      raise_at("TabError", t.end_lineno, 1, t.end_lineno, 0,
               "inconsistent use of tabs and spaces in indentation");
      return;
    case TokDone::TooDeep:
      raise_at("IndentationError", t.end_lineno, 1, t.end_lineno, 0,
               "too many levels of indentation");
      return;
    case TokDone::LineCont: {
      int col_offset = t.tok_cur - t.tok_buf - 1;  // CPython uses tok->buf here
      raise_at("SyntaxError", t.end_lineno, (col_offset >= 0 ? col_offset : 0) + 1, t.end_lineno,
               0, "unexpected character after line continuation character");
      return;
    }
    default:
      raise_syntax("unknown parsing error");
      return;
  }
}

void Parser::raise_invalid_target(int type, ast::Expr* e) {
  ast::Expr* invalid = get_invalid_target(e, type);
  if (!invalid) return;
  const char* fmt = (type == STAR_TARGETS || type == FOR_TARGETS) ? "cannot assign to " : "cannot delete ";
  raise_known_location(invalid->loc, std::string(fmt) + expr_name(invalid));
}

void Parser::tokenize_full_source_to_check_for_errors() {
  // After a parser error, the rest of the input is tokenized: a tokenizer error there wins,
  // and so does an unclosed bracket opened on an earlier line than the error.
  if (fill_ == 0) return;
  int current_err_line = tokens_[size_t(fill_ - 1)].lineno;
  const Token& last = tokens_.back();
  if (last.kind != Tok::ERRORTOKEN) return;
  TokDone done = TokDone(last.tok_done);
  if (done == TokDone::Error || done == TokDone::Decode) {
    err_ = false;
    fill_ = int(tokens_.size());
    raise_tokenizer_error();
    return;
  }
  if (tok_.level() != 0) {
    int error_lineno = tok_.paren_lineno(tok_.level() - 1) + (starting_lineno_ > 0 ? starting_lineno_ - 1 : 0);
    if (current_err_line > error_lineno) {
      err_ = false;
      raise_unclosed_paren();
    }
  }
}

void Parser::set_syntax_error(int last_token_index) {
  if (err_) {
    if (memory_error_) return;
    // Tokenizer errors beat errors of the parser's own rules.
    const Token& t = tokens_[size_t(fill_ - 1)];
    bool tok_ok = TokDone(t.tok_done) == TokDone::Ok;
    if (tok_ok) tokenize_full_source_to_check_for_errors();
    return;
  }
  const Token& last = tokens_[size_t(last_token_index)];
  if (last.kind == Tok::INDENT || last.kind == Tok::DEDENT) {
    raise_indentation(last.kind == Tok::INDENT ? "unexpected indent" : "unexpected unindent");
    return;
  }
  raise_known_location(tok_loc(last), "invalid syntax");
  tokenize_full_source_to_check_for_errors();
}

bool Parser::bad_single_statement() {
  const Token& t = tokens_[size_t(fill_ - 1)];
  size_t i = size_t(t.tok_cur);
  while (i < src_.size()) {
    char c = src_[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\014') {
      i++;
      continue;
    }
    if (c != '#') return true;
    while (i < src_.size() && src_[i] != '\n') i++;
  }
  return false;
}

void* Parser::run_passes(void* (Parser::*rule)()) {
  tokenize_all();
  void* res = (this->*rule)();
  if (res) {
    if (start_rule_ == StartRule::Interactive && bad_single_statement()) {
      raise_syntax("multiple statements found while compiling a single statement");
      return nullptr;
    }
    return res;
  }
  if (options_.allow_incomplete && fill_ > 0) {
    const Token& t = tokens_[size_t(fill_ - 1)];
    TokDone d = TokDone(t.tok_done);
    if (d == TokDone::Eof || t.tok_eof_in_string) {
      err_ = false;
      raise_syntax("incomplete input");
      return nullptr;
    }
  }
  if (memory_error_) return nullptr;
  int last_token_index = fill_ - 1;
  if (!err_) {
    // Second pass with the invalid_* rules, for better messages.
    memo_clear();
    mark_ = 0;
    call_invalid_rules_ = true;
    (this->*rule)();
  }
  set_syntax_error(last_token_index);
  return nullptr;
}

// ---------------------------------------------------------------- start rules

void* Parser::file_rule() {
  // file: [statements] ENDMARKER
  int m = mark_;
  auto* mod = arena_.make<ast::Mod>();
  mod->kind = ast::ModKind::Module;
  if (!statements(&mod->body)) {
    mark_ = m;
    mod->body.clear();
  }
  if (err_) return nullptr;
  if (!expect(Tok::ENDMARKER)) return nullptr;
  return mod;
}

void* Parser::interactive_rule() {
  auto* mod = arena_.make<ast::Mod>();
  mod->kind = ast::ModKind::Interactive;
  if (!statement_newline(&mod->body)) return nullptr;
  return mod;
}

void* Parser::eval_rule() {
  // eval: expressions NEWLINE* ENDMARKER
  ast::Expr* e = expressions();
  if (!e) return nullptr;
  while (expect(Tok::NEWLINE)) {
  }
  if (!expect(Tok::ENDMARKER)) return nullptr;
  auto* mod = arena_.make<ast::Mod>();
  mod->kind = ast::ModKind::Expression;
  mod->expr = e;
  return mod;
}

void* Parser::fstring_rule() { return star_expressions(); }

ast::Mod* Parser::parse_mod() {
  void* (Parser::*rule)() = &Parser::file_rule;
  if (start_rule_ == StartRule::Interactive) rule = &Parser::interactive_rule;
  if (start_rule_ == StartRule::Eval) rule = &Parser::eval_rule;
  return static_cast<ast::Mod*>(run_passes(rule));
}

ast::Expr* Parser::parse_fstring_expr() {
  return static_cast<ast::Expr*>(run_passes(&Parser::fstring_rule));
}

}  // namespace coil::compiler
