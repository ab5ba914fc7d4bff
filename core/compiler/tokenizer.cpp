// tokenizer.cpp - the Python 3.11 tokenizer (CPython-compatible tokens, positions and errors).
#include "compiler/tokenizer.h"

#include <cstring>

#include "compiler/unicode_db.h"
#include "compiler/utf8.h"

namespace coil::compiler {

namespace {

constexpr int kEOF = -1;
constexpr int kTabSize = 8;

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_xdigit(int c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_potential_identifier_start(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
bool is_potential_identifier_char(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_' || c >= 128;
}

Tok one_char(int c) {
  switch (c) {
    case '%': return Tok::PERCENT;
    case '&': return Tok::AMPER;
    case '(': return Tok::LPAR;
    case ')': return Tok::RPAR;
    case '*': return Tok::STAR;
    case '+': return Tok::PLUS;
    case ',': return Tok::COMMA;
    case '-': return Tok::MINUS;
    case '.': return Tok::DOT;
    case '/': return Tok::SLASH;
    case ':': return Tok::COLON;
    case ';': return Tok::SEMI;
    case '<': return Tok::LESS;
    case '=': return Tok::EQUAL;
    case '>': return Tok::GREATER;
    case '@': return Tok::AT;
    case '[': return Tok::LSQB;
    case ']': return Tok::RSQB;
    case '^': return Tok::CIRCUMFLEX;
    case '{': return Tok::LBRACE;
    case '|': return Tok::VBAR;
    case '}': return Tok::RBRACE;
    case '~': return Tok::TILDE;
    default: return Tok::OP;
  }
}

Tok two_chars(int c1, int c2) {
  switch (c1) {
    case '!': if (c2 == '=') return Tok::NOTEQUAL; break;
    case '%': if (c2 == '=') return Tok::PERCENTEQUAL; break;
    case '&': if (c2 == '=') return Tok::AMPEREQUAL; break;
    case '*':
      if (c2 == '*') return Tok::DOUBLESTAR;
      if (c2 == '=') return Tok::STAREQUAL;
      break;
    case '+': if (c2 == '=') return Tok::PLUSEQUAL; break;
    case '-':
      if (c2 == '=') return Tok::MINEQUAL;
      if (c2 == '>') return Tok::RARROW;
      break;
    case '/':
      if (c2 == '/') return Tok::DOUBLESLASH;
      if (c2 == '=') return Tok::SLASHEQUAL;
      break;
    case ':': if (c2 == '=') return Tok::COLONEQUAL; break;
    case '<':
      if (c2 == '<') return Tok::LEFTSHIFT;
      if (c2 == '=') return Tok::LESSEQUAL;
      if (c2 == '>') return Tok::NOTEQUAL;
      break;
    case '=': if (c2 == '=') return Tok::EQEQUAL; break;
    case '>':
      if (c2 == '=') return Tok::GREATEREQUAL;
      if (c2 == '>') return Tok::RIGHTSHIFT;
      break;
    case '@': if (c2 == '=') return Tok::ATEQUAL; break;
    case '^': if (c2 == '=') return Tok::CIRCUMFLEXEQUAL; break;
    case '|': if (c2 == '=') return Tok::VBAREQUAL; break;
    default: break;
  }
  return Tok::OP;
}

Tok three_chars(int c1, int c2, int c3) {
  if (c3 != '=' && !(c1 == '.' && c2 == '.' && c3 == '.')) return Tok::OP;
  if (c1 == '*' && c2 == '*') return Tok::DOUBLESTAREQUAL;
  if (c1 == '.' && c2 == '.') return Tok::ELLIPSIS;
  if (c1 == '/' && c2 == '/') return Tok::DOUBLESLASHEQUAL;
  if (c1 == '<' && c2 == '<') return Tok::LEFTSHIFTEQUAL;
  if (c1 == '>' && c2 == '>') return Tok::RIGHTSHIFTEQUAL;
  return Tok::OP;
}

// Keyword lookup by length then spelling.
Tok keyword_kind(const char* s, int n) {
  switch (n) {
    case 2:
      if (s[0] == 'i') {
        if (s[1] == 'f') return Tok::KW_IF;
        if (s[1] == 'n') return Tok::KW_IN;
        if (s[1] == 's') return Tok::KW_IS;
      } else if (s[0] == 'a' && s[1] == 's') {
        return Tok::KW_AS;
      } else if (s[0] == 'o' && s[1] == 'r') {
        return Tok::KW_OR;
      }
      break;
    case 3:
      if (!std::memcmp(s, "def", 3)) return Tok::KW_DEF;
      if (!std::memcmp(s, "for", 3)) return Tok::KW_FOR;
      if (!std::memcmp(s, "and", 3)) return Tok::KW_AND;
      if (!std::memcmp(s, "not", 3)) return Tok::KW_NOT;
      if (!std::memcmp(s, "try", 3)) return Tok::KW_TRY;
      if (!std::memcmp(s, "del", 3)) return Tok::KW_DEL;
      break;
    case 4:
      if (!std::memcmp(s, "None", 4)) return Tok::KW_NONE;
      if (!std::memcmp(s, "True", 4)) return Tok::KW_TRUE;
      if (!std::memcmp(s, "else", 4)) return Tok::KW_ELSE;
      if (!std::memcmp(s, "elif", 4)) return Tok::KW_ELIF;
      if (!std::memcmp(s, "from", 4)) return Tok::KW_FROM;
      if (!std::memcmp(s, "pass", 4)) return Tok::KW_PASS;
      if (!std::memcmp(s, "with", 4)) return Tok::KW_WITH;
      break;
    case 5:
      if (!std::memcmp(s, "False", 5)) return Tok::KW_FALSE;
      if (!std::memcmp(s, "class", 5)) return Tok::KW_CLASS;
      if (!std::memcmp(s, "while", 5)) return Tok::KW_WHILE;
      if (!std::memcmp(s, "yield", 5)) return Tok::KW_YIELD;
      if (!std::memcmp(s, "break", 5)) return Tok::KW_BREAK;
      if (!std::memcmp(s, "raise", 5)) return Tok::KW_RAISE;
      if (!std::memcmp(s, "async", 5)) return Tok::KW_ASYNC;
      if (!std::memcmp(s, "await", 5)) return Tok::KW_AWAIT;
      break;
    case 6:
      if (!std::memcmp(s, "return", 6)) return Tok::KW_RETURN;
      if (!std::memcmp(s, "import", 6)) return Tok::KW_IMPORT;
      if (!std::memcmp(s, "lambda", 6)) return Tok::KW_LAMBDA;
      if (!std::memcmp(s, "global", 6)) return Tok::KW_GLOBAL;
      if (!std::memcmp(s, "assert", 6)) return Tok::KW_ASSERT;
      if (!std::memcmp(s, "except", 6)) return Tok::KW_EXCEPT;
      break;
    case 7:
      if (!std::memcmp(s, "finally", 7)) return Tok::KW_FINALLY;
      break;
    case 8:
      if (!std::memcmp(s, "continue", 8)) return Tok::KW_CONTINUE;
      if (!std::memcmp(s, "nonlocal", 8)) return Tok::KW_NONLOCAL;
      break;
    default:
      break;
  }
  return Tok::NAME;
}

std::string hex4(uint32_t cp) {
  char buf[16];
  static const char* digits = "0123456789ABCDEF";
  int n = 0;
  char tmp[8];
  do {
    tmp[n++] = digits[cp & 15];
    cp >>= 4;
  } while (cp);
  while (n < 4) tmp[n++] = '0';
  for (int i = 0; i < n; i++) buf[i] = tmp[n - 1 - i];
  return std::string(buf, size_t(n));
}

}  // namespace

// ---------------------------------------------------------------- token kind names

const char* token_kind_name(Tok kind) {
  static const char* const names[] = {
#define COIL_TOKEN_NAME(name, text) #name,
      COIL_TOKEN_KINDS(COIL_TOKEN_NAME)
#undef COIL_TOKEN_NAME
  };
  return names[int(kind)];
}

std::string_view token_kind_text(Tok kind) {
  static const char* const texts[] = {
#define COIL_TOKEN_TEXT(name, text) text,
      COIL_TOKEN_KINDS(COIL_TOKEN_TEXT)
#undef COIL_TOKEN_TEXT
  };
  return texts[int(kind)];
}

// ---------------------------------------------------------------- source normalisation

std::string normalize_source(std::string_view source, bool exec_input,
                             std::vector<int32_t>* cr_positions, bool* bom) {
  size_t i = 0;
  if (bom) *bom = false;
  if (source.size() >= 3 && (unsigned char)source[0] == 0xEF && (unsigned char)source[1] == 0xBB &&
      (unsigned char)source[2] == 0xBF) {
    i = 3;
    if (bom) *bom = true;
  }
  std::string out;
  out.reserve(source.size() - i + 1);
  const char* s = source.data();
  size_t n = source.size();
  while (i < n) {
    const void* cr = std::memchr(s + i, '\r', n - i);
    size_t stop = cr ? size_t(static_cast<const char*>(cr) - s) : n;
    out.append(s + i, stop - i);
    i = stop;
    if (i < n) {  // at a '\r'
      if (cr_positions) cr_positions->push_back(int32_t(out.size()));
      i++;
      if (i < n && s[i] == '\n') {
        out.push_back('\n');
        i++;
      } else {
        out.push_back('\n');
      }
    }
  }
  if (exec_input && (out.empty() || out.back() != '\n')) out.push_back('\n');
  return out;
}

// ---------------------------------------------------------------- character reading

Tokenizer::Tokenizer(std::string_view source, bool emit_trivia)
    : src_(source), emit_trivia_(emit_trivia) {}

int Tokenizer::nextc() {
  for (;;) {
    if (cur_ != inp_) return (unsigned char)src_[cur_++];
    if (done_ != TokDone::Ok) return kEOF;
    // Read the next line (up to and including its '\n').
    if (size_t(inp_) >= src_.size()) {
      done_ = TokDone::Eof;
      cur_ = inp_;
      return kEOF;
    }
    const void* nl = std::memchr(src_.data() + inp_, '\n', src_.size() - size_t(inp_));
    int end = nl ? int(static_cast<const char*>(nl) - src_.data()) + 1 : int(src_.size());
    line_start_ = cur_;
    lineno_++;
    inp_ = end;
  }
}

void Tokenizer::backup(int c) {
  if (c != kEOF) cur_--;
}

// ---------------------------------------------------------------- errors

Tok Tokenizer::syntax_error_range(std::string msg, int col_offset, int end_col_offset) {
  // Mirrors CPython: the text is the line up to the cursor (or the whole line without its
  // newline); the default column is the number of code points before the cursor.
  std::string_view upto = src_.substr(size_t(line_start_), size_t(cur_ - line_start_));
  if (col_offset == -1) col_offset = utf8_length_replace(upto);
  if (end_col_offset == -1) end_col_offset = col_offset;
  size_t line_len = 0;
  while (size_t(line_start_) + line_len < src_.size() && src_[size_t(line_start_) + line_len] != '\n') {
    line_len++;
  }
  error_ = SyntaxErrorInfo{};
  error_.msg = std::move(msg);
  error_.lineno = lineno_;
  error_.end_lineno = lineno_;
  error_.offset = col_offset;
  error_.end_offset = end_col_offset;
  error_.text = utf8_replace_invalid(src_.substr(size_t(line_start_), line_len));
  done_ = TokDone::Error;
  return Tok::ERRORTOKEN;
}

Tok Tokenizer::syntax_error(std::string msg) { return syntax_error_range(std::move(msg), -1, -1); }

Tok Tokenizer::indent_error() {
  done_ = TokDone::TabSpace;
  cur_ = inp_;
  return Tok::ERRORTOKEN;
}

// ---------------------------------------------------------------- helpers for numbers

bool Tokenizer::lookahead(const char* test) {
  const char* s = test;
  int res = 0;
  for (;;) {
    int c = nextc();
    if (*s == 0) {
      res = !is_potential_identifier_char(c);
    } else if (c == (unsigned char)*s) {
      s++;
      continue;
    }
    backup(c);
    while (s != test) {
      backup((unsigned char)*--s);
    }
    return res;
  }
}

bool Tokenizer::verify_end_of_number(int c, const char* kind) {
  // A number directly followed by one of the keywords that may follow a number in valid code
  // ("and", "else", "for", "if", "in", "is", "or", "not") is accepted (CPython only warns).
  bool r = false;
  if (c == 'a') {
    r = lookahead("nd");
  } else if (c == 'e') {
    r = lookahead("lse");
  } else if (c == 'f') {
    r = lookahead("or");
  } else if (c == 'i') {
    int c2 = nextc();
    if (c2 == 'f' || c2 == 'n' || c2 == 's') r = true;
    backup(c2);
  } else if (c == 'o') {
    r = lookahead("r");
  } else if (c == 'n') {
    r = lookahead("ot");
  }
  if (r) {
    return true;
  }
  if (is_potential_identifier_char(c)) {
    backup(c);
    syntax_error(std::string("invalid ") + kind + " literal");
    return false;
  }
  return true;
}

int Tokenizer::decimal_tail() {
  int c;
  for (;;) {
    do {
      c = nextc();
    } while (is_digit(c));
    if (c != '_') break;
    c = nextc();
    if (!is_digit(c)) {
      backup(c);
      syntax_error("invalid decimal literal");
      return 0;
    }
  }
  return c;
}

int Tokenizer::continuation_line() {
  int c = nextc();
  if (c != '\n') {
    done_ = TokDone::LineCont;
    return -1;
  }
  c = nextc();
  if (c == kEOF) {
    done_ = TokDone::Eof;
    cur_ = inp_;
    return -1;
  }
  backup(c);
  return c;
}

bool Tokenizer::verify_identifier() {
  std::string_view id = src_.substr(size_t(start_), size_t(cur_ - start_));
  Utf8Error bad;
  if (!utf8_validate(id, &bad)) {
    error_ = SyntaxErrorInfo{};
    error_.msg = utf8_error_message(id, bad);
    done_ = TokDone::Decode;
    return false;
  }
  // Find the first character that cannot be part of an identifier.
  size_t i = 0;
  bool first = true;
  while (i < id.size()) {
    size_t at = i;
    uint32_t cp = utf8_decode(id, &i);
    bool ok = first ? (unidb::is_id_start(cp) || cp == '_') : unidb::is_id_continue(cp);
    first = false;
    if (!ok) {
      cur_ = start_ + int(i);  // just after the invalid character
      (void)at;
      if (unidb::is_printable(cp)) {
        std::string ch;
        utf8_append(ch, cp);
        syntax_error("invalid character '" + ch + "' (U+" + hex4(cp) + ")");
      } else {
        syntax_error("invalid non-printable character U+" + hex4(cp));
      }
      return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------- the token loop

Token Tokenizer::next() {
  int p_start = -1, p_end = -1;
  Tok kind = get(&p_start, &p_end);
  Token t;
  t.kind = kind;
  t.level = int16_t(level_);
  t.start = p_start;
  t.end = p_end;
  bool is_string = kind == Tok::STRING;
  int ls = is_string ? multi_line_start_ : line_start_;
  t.lineno = is_string ? first_lineno_ : lineno_;
  t.end_lineno = lineno_;
  t.col_offset = (p_start >= 0 && p_start >= ls) ? p_start - ls : -1;
  t.end_col_offset = (p_end >= 0 && p_end >= line_start_) ? p_end - line_start_ : -1;
  t.tok_cur = cur_;
  t.tok_line_start = line_start_;
  t.tok_done = uint8_t(done_);
  t.tok_eof_in_string = eof_in_string_;
  return t;
}

Tok Tokenizer::get(int* p_start, int* p_end) {
  int c;
  *p_start = *p_end = -1;
nextline:
  start_ = -1;
  if (atbol_) {
    blankline_ = false;
    int col = 0, altcol = 0, cont_line_col = 0;
    atbol_ = false;
    for (;;) {
      c = nextc();
      if (c == ' ') {
        col++, altcol++;
      } else if (c == '\t') {
        col = (col / kTabSize + 1) * kTabSize;
        altcol = altcol + 1;
      } else if (c == '\014') {  // form feed
        col = altcol = 0;
      } else if (c == '\\') {
        // Indentation cannot be split over physical lines with backslashes: the first one
        // found decides the indentation of what follows.
        cont_line_col = cont_line_col ? cont_line_col : col;
        if ((c = continuation_line()) == -1) return Tok::ERRORTOKEN;
      } else {
        break;
      }
    }
    backup(c);
    if (c == '#' || c == '\n') {
      // Lines with only whitespace and/or comments do not affect indentation.
      blankline_ = true;
    }
    if (!blankline_ && level_ == 0) {
      col = cont_line_col ? cont_line_col : col;
      altcol = cont_line_col ? cont_line_col : altcol;
      if (col == indstack_[indent_]) {
        if (altcol != altindstack_[indent_]) return indent_error();
      } else if (col > indstack_[indent_]) {
        if (indent_ + 1 >= kMaxIndent) {
          done_ = TokDone::TooDeep;
          cur_ = inp_;
          return Tok::ERRORTOKEN;
        }
        if (altcol <= altindstack_[indent_]) return indent_error();
        pendin_++;
        indstack_[++indent_] = col;
        altindstack_[indent_] = altcol;
      } else {
        while (indent_ > 0 && col < indstack_[indent_]) {
          pendin_--;
          indent_--;
        }
        if (col != indstack_[indent_]) {
          done_ = TokDone::Dedent;
          cur_ = inp_;
          return Tok::ERRORTOKEN;
        }
        if (altcol != altindstack_[indent_]) return indent_error();
      }
    }
  }

  start_ = cur_;
  if (pendin_ != 0) {
    if (pendin_ < 0) {
      pendin_++;
      return Tok::DEDENT;
    }
    pendin_--;
    return Tok::INDENT;
  }

again:
  start_ = -1;
  do {
    c = nextc();
  } while (c == ' ' || c == '\t' || c == '\014');
  start_ = cur_ - 1;

  if (c == '#') {
    while (c != kEOF && c != '\n') c = nextc();
    if (emit_trivia_) {
      backup(c);
      *p_start = start_;
      *p_end = cur_;
      return Tok::COMMENT;
    }
  }

  if (c == kEOF) {
    if (level_) return Tok::ERRORTOKEN;
    return done_ == TokDone::Eof ? Tok::ENDMARKER : Tok::ERRORTOKEN;
  }

  if (is_potential_identifier_start(c)) return get_identifier(c, p_start, p_end);

  if (c == '\n') {
    atbol_ = true;
    if (blankline_ || level_ > 0) {
      if (emit_trivia_) {
        *p_start = start_;
        *p_end = cur_ - 1;
        return Tok::NL;
      }
      goto nextline;
    }
    *p_start = start_;
    *p_end = cur_ - 1;  // the '\n' is not part of the token
    return Tok::NEWLINE;
  }

  if (c == '.') {
    c = nextc();
    if (is_digit(c)) {
      backup(c);
      return get_number('.', p_start, p_end);
    }
    if (c == '.') {
      c = nextc();
      if (c == '.') {
        *p_start = start_;
        *p_end = cur_;
        return Tok::ELLIPSIS;
      }
      backup(c);
      backup('.');
    } else {
      backup(c);
    }
    *p_start = start_;
    *p_end = cur_;
    return Tok::DOT;
  }

  if (is_digit(c)) return get_number(c, p_start, p_end);

  if (c == '\'' || c == '"') return get_string(c, p_start, p_end);

  if (c == '\\') {
    if ((c = continuation_line()) == -1) return Tok::ERRORTOKEN;
    goto again;
  }

  {
    int c2 = nextc();
    Tok token = two_chars(c, c2);
    if (token != Tok::OP) {
      int c3 = nextc();
      Tok token3 = three_chars(c, c2, c3);
      if (token3 != Tok::OP) {
        token = token3;
      } else {
        backup(c3);
      }
      *p_start = start_;
      *p_end = cur_;
      return token;
    }
    backup(c2);
  }

  switch (c) {
    case '(':
    case '[':
    case '{':
      if (level_ >= kMaxLevel) return syntax_error("too many nested parentheses");
      paren_stack_[level_] = char(c);
      paren_lineno_[level_] = lineno_;
      paren_col_[level_] = start_ - line_start_;
      level_++;
      break;
    case ')':
    case ']':
    case '}': {
      if (!level_) return syntax_error(std::string("unmatched '") + char(c) + "'");
      level_--;
      int opening = paren_stack_[level_];
      if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
            (opening == '{' && c == '}'))) {
        std::string msg = std::string("closing parenthesis '") + char(c) +
                          "' does not match opening parenthesis '" + char(opening) + "'";
        if (paren_lineno_[level_] != lineno_) {
          msg += " on line " + std::to_string(paren_lineno_[level_]);
        }
        return syntax_error(std::move(msg));
      }
      break;
    }
    default:
      break;
  }

  if (c < 128 && !(c >= 0x20 && c < 0x7F)) {
    return syntax_error("invalid non-printable character U+" + hex4(uint32_t(c)));
  }

  *p_start = start_;
  *p_end = cur_;
  return one_char(c);
}

Tok Tokenizer::get_identifier(int c, int* p_start, int* p_end) {
  // String prefixes: any combination of b/r/u/f that CPython accepts, in any case.
  bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
  for (;;) {
    if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
      saw_b = true;
    } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
      saw_u = true;
    } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
      saw_r = true;
    } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
      saw_f = true;
    } else {
      break;
    }
    c = nextc();
    if (c == '"' || c == '\'') return get_string(c, p_start, p_end);
  }
  bool nonascii = false;
  while (is_potential_identifier_char(c)) {
    if (c >= 128) nonascii = true;
    c = nextc();
  }
  backup(c);
  if (nonascii && !verify_identifier()) return Tok::ERRORTOKEN;
  *p_start = start_;
  *p_end = cur_;
  return keyword_kind(src_.data() + start_, cur_ - start_);
}

Tok Tokenizer::get_number(int c, int* p_start, int* p_end) {
  // `c` is the first character; '.' means a number starting with a period (cursor after it).
  auto done_number = [&]() {
    *p_start = start_;
    *p_end = cur_;
    return Tok::NUMBER;
  };
  if (c == '.') {
    c = nextc();
    goto fraction;
  }
  if (c == '0') {
    c = nextc();
    if (c == 'x' || c == 'X') {
      c = nextc();
      do {
        if (c == '_') c = nextc();
        if (!is_xdigit(c)) {
          backup(c);
          return syntax_error("invalid hexadecimal literal");
        }
        do {
          c = nextc();
        } while (is_xdigit(c));
      } while (c == '_');
      if (!verify_end_of_number(c, "hexadecimal")) return Tok::ERRORTOKEN;
    } else if (c == 'o' || c == 'O') {
      c = nextc();
      do {
        if (c == '_') c = nextc();
        if (c < '0' || c >= '8') {
          if (is_digit(c)) {
            return syntax_error(std::string("invalid digit '") + char(c) + "' in octal literal");
          }
          backup(c);
          return syntax_error("invalid octal literal");
        }
        do {
          c = nextc();
        } while ('0' <= c && c < '8');
      } while (c == '_');
      if (is_digit(c)) {
        return syntax_error(std::string("invalid digit '") + char(c) + "' in octal literal");
      }
      if (!verify_end_of_number(c, "octal")) return Tok::ERRORTOKEN;
    } else if (c == 'b' || c == 'B') {
      c = nextc();
      do {
        if (c == '_') c = nextc();
        if (c != '0' && c != '1') {
          if (is_digit(c)) {
            return syntax_error(std::string("invalid digit '") + char(c) + "' in binary literal");
          }
          backup(c);
          return syntax_error("invalid binary literal");
        }
        do {
          c = nextc();
        } while (c == '0' || c == '1');
      } while (c == '_');
      if (is_digit(c)) {
        return syntax_error(std::string("invalid digit '") + char(c) + "' in binary literal");
      }
      if (!verify_end_of_number(c, "binary")) return Tok::ERRORTOKEN;
    } else {
      bool nonzero = false;
      // Maybe old-style octal; in any case allow '0' as a literal.
      for (;;) {
        if (c == '_') {
          c = nextc();
          if (!is_digit(c)) {
            backup(c);
            return syntax_error("invalid decimal literal");
          }
        }
        if (c != '0') break;
        c = nextc();
      }
      int zeros_end = cur_;
      if (is_digit(c)) {
        nonzero = true;
        c = decimal_tail();
        if (c == 0) return Tok::ERRORTOKEN;
      }
      if (c == '.') {
        c = nextc();
        goto fraction;
      } else if (c == 'e' || c == 'E') {
        goto exponent;
      } else if (c == 'j' || c == 'J') {
        goto imaginary;
      } else if (nonzero) {
        backup(c);
        return syntax_error_range(
            "leading zeros in decimal integer literals are not permitted; "
            "use an 0o prefix for octal integers",
            start_ + 1 - line_start_, zeros_end - line_start_);
      }
      if (!verify_end_of_number(c, "decimal")) return Tok::ERRORTOKEN;
    }
    backup(c);
    return done_number();
  }
  // Decimal
  c = decimal_tail();
  if (c == 0) return Tok::ERRORTOKEN;
  if (c == '.') {
    c = nextc();
  fraction:
    if (is_digit(c)) {
      c = decimal_tail();
      if (c == 0) return Tok::ERRORTOKEN;
    }
  }
  if (c == 'e' || c == 'E') {
    int e;
  exponent:
    e = c;
    c = nextc();
    if (c == '+' || c == '-') {
      c = nextc();
      if (!is_digit(c)) {
        backup(c);
        return syntax_error("invalid decimal literal");
      }
    } else if (!is_digit(c)) {
      backup(c);
      if (!verify_end_of_number(e, "decimal")) return Tok::ERRORTOKEN;
      backup(e);
      return done_number();
    }
    c = decimal_tail();
    if (c == 0) return Tok::ERRORTOKEN;
  }
  if (c == 'j' || c == 'J') {
  imaginary:
    c = nextc();
    if (!verify_end_of_number(c, "imaginary")) return Tok::ERRORTOKEN;
  } else if (!verify_end_of_number(c, "decimal")) {
    return Tok::ERRORTOKEN;
  }
  backup(c);
  return done_number();
}

Tok Tokenizer::get_string(int quote, int* p_start, int* p_end) {
  int quote_size = 1;
  int end_quote_size = 0;
  first_lineno_ = lineno_;
  multi_line_start_ = line_start_;
  int c = nextc();
  if (c == quote) {
    c = nextc();
    if (c == quote) {
      quote_size = 3;
    } else {
      end_quote_size = 1;  // empty string
    }
  }
  if (c != quote) backup(c);
  while (end_quote_size != quote_size) {
    c = nextc();
    if (c == kEOF || (quote_size == 1 && c == '\n')) {
      // Report from the start of the string (its first character, prefix included).
      cur_ = start_ + 1;
      line_start_ = multi_line_start_;
      int detected = lineno_;
      lineno_ = first_lineno_;
      eof_in_string_ = c == kEOF;
      if (quote_size == 3) {
        syntax_error("unterminated triple-quoted string literal (detected at line " +
                     std::to_string(detected) + ")");
      } else {
        syntax_error("unterminated string literal (detected at line " + std::to_string(detected) +
                     ")");
      }
      return Tok::ERRORTOKEN;
    }
    if (c == quote) {
      end_quote_size += 1;
    } else {
      end_quote_size = 0;
      if (c == '\\') nextc();  // skip the escaped character
    }
  }
  *p_start = start_;
  *p_end = cur_;
  return Tok::STRING;
}

void Tokenizer::recover() {
  // Resume after the error: drop the failed state, keep the position (callers make sure the
  // cursor moved forward).
  done_ = TokDone::Ok;
  error_ = SyntaxErrorInfo{};
}

}  // namespace coil::compiler
