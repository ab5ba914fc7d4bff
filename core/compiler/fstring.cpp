// fstring.cpp - the `strings` rule: adjacent literal concatenation and 3.11-style f-string parsing.
//
// As in CPython 3.11, an f-string is one STRING token; its replacement fields are found by
// scanning the token text, and each expression is parsed by a nested Parser over "(expr)"
// whose node positions are shifted onto the original line (with 3.11's quirks).
#include <cstring>

#include "compiler/parser_impl.h"
#include "compiler/string_literal.h"

namespace coil::compiler {

using namespace ast;

// Accumulates the parts of a (possibly concatenated) f-string: CPython's FstringParser.
struct FStringState {
  bool fmode = false;
  bool has_last = false;  // a pending literal (never empty when set)
  std::string last_str;
  ExprList values;
};

class FStringParser {
 public:
  FStringParser(Parser& p, const Token& first, const Token& last) : p_(p), first_(first), last_(last) {}

  // CPython's _PyPegen_FstringParser_ConcatAndDel.
  static void concat(FStringState& st, const std::string& s) {
    if (s.empty()) return;
    if (!st.has_last) {
      st.last_str = s;
      st.has_last = true;
    } else {
      st.last_str += s;
    }
  }

  Constant* make_str_node(FStringState& st, const Token& ft, const Token& lt) {
    auto* c = p_.arena_.make<Constant>();
    c->value.kind = ConstantValue::Kind::Str;
    c->value.text = std::move(st.last_str);
    st.last_str.clear();
    st.has_last = false;
    std::string_view text = p_.token_text(ft);
    if (!text.empty() && text[0] == 'u') c->kind = "u";
    c->loc = Loc{ft.lineno, ft.col_offset, lt.end_lineno, lt.end_col_offset};
    return c;
  }

  // CPython's _PyPegen_FstringParser_Finish.
  Expr* finish(FStringState& st, const Token& ft, const Token& lt) {
    if (!st.fmode) {
      if (!st.has_last) st.last_str.clear();
      return make_str_node(st, ft, lt);
    }
    if (st.has_last) st.values.push_back(make_str_node(st, ft, lt));
    auto* j = p_.arena_.make<JoinedStr>();
    j->values = std::move(st.values);
    j->loc = Loc{ft.lineno, ft.col_offset, lt.end_lineno, lt.end_col_offset};
    return j;
  }

  // CPython's _PyPegen_FstringParser_ConcatFstring: parses [*str, end) of token t.
  bool concat_fstring(FStringState& st, const char** str, const char* end, bool raw,
                      int recurse_lvl, const Token& t) {
    st.fmode = true;
    for (;;) {
      std::string literal;
      bool has_literal = false;
      std::string expr_text;
      bool has_expr_text = false;
      Expr* expression = nullptr;
      int result = find_literal_and_expr(str, end, raw, recurse_lvl, &literal, &has_literal,
                                         &expr_text, &has_expr_text, &expression, t);
      if (result < 0) return false;
      if (has_literal) concat(st, literal);
      if (has_expr_text) concat(st, expr_text);
      if (result == 1) continue;
      if (!expression) break;
      if (st.has_last) st.values.push_back(make_str_node(st, first_, last_));
      st.values.push_back(expression);
    }
    if (recurse_lvl == 0 && *str < end - 1) {
      p_.raise_syntax("f-string: unexpected end of string");
      return false;
    }
    if (recurse_lvl != 0 && (*str >= end || **str != '}')) {
      p_.raise_syntax("f-string: expecting '}'");
      return false;
    }
    return true;
  }

 private:
  // Returns -1 on error, 1 for "literal found, go on scanning" (doubled braces), else 0.
  int find_literal(const char** str, const char* end, bool raw, std::string* literal,
                   bool* has_literal, int recurse_lvl) {
    const char* s = *str;
    const char* literal_start = s;
    int result = 0;
    while (s < end) {
      char ch = *s++;
      if (!raw && ch == '\\' && s < end) {
        ch = *s++;
        if (ch == 'N') {
          // Skip "\N{name}" so its braces do not start an expression.
          if (s < end && *s++ == '{') {
            while (s < end && *s++ != '}') {
            }
            continue;
          }
          continue;
        }
      }
      if (ch == '{' || ch == '}') {
        if (recurse_lvl == 0) {
          if (s < end && *s == ch) {
            // Doubled brace: the literal ends after the first one; skip the second.
            *str = s + 1;
            result = 1;
            goto done;
          }
          if (ch == '}') {
            *str = s - 1;
            p_.raise_syntax("f-string: single '}' is not allowed");
            return -1;
          }
        }
        s--;
        break;
      }
    }
    *str = s;
  done:
    if (literal_start != s) {
      std::string_view lit(literal_start, size_t(s - literal_start));
      std::string err;
      if (!decode_str_literal(lit, raw, literal, &err)) {
        p_.raise_syntax(err);
        return -1;
      }
      *has_literal = true;
    }
    return result;
  }

  int find_literal_and_expr(const char** str, const char* end, bool raw, int recurse_lvl,
                            std::string* literal, bool* has_literal, std::string* expr_text,
                            bool* has_expr_text, Expr** expression, const Token& t) {
    int result = find_literal(str, end, raw, literal, has_literal, recurse_lvl);
    if (result < 0) return -1;
    if (result == 1) return 1;
    if (*str >= end || **str == '}') return 0;
    if (!find_expr(str, end, raw, recurse_lvl, expr_text, has_expr_text, expression, t)) {
      return -1;
    }
    return 0;
  }

  bool find_expr(const char** str, const char* end, bool raw, int recurse_lvl,
                 std::string* expr_text, bool* has_expr_text, Expr** expression,
                 const Token& t) {
    Expr* format_spec = nullptr;
    int conversion = -1;
    char quote_char = 0;
    int string_type = 0;
    int nested_depth = 0;
    char parenstack[Tokenizer::kMaxLevel];

    if (recurse_lvl >= 2) {
      p_.raise_syntax("f-string: expressions nested too deeply");
      return false;
    }
    *str += 1;  // the '{'
    const char* expr_start = *str;
    for (; *str < end; (*str)++) {
      char ch = **str;
      if (ch == '\\') {
        p_.raise_syntax("f-string expression part cannot include a backslash");
        return false;
      }
      if (quote_char) {
        if (ch == quote_char) {
          if (string_type == 3) {
            if (*str + 2 < end && *(*str + 1) == ch && *(*str + 2) == ch) {
              *str += 2;
              string_type = 0;
              quote_char = 0;
              continue;
            }
          } else {
            quote_char = 0;
            string_type = 0;
            continue;
          }
        }
        continue;
      }
      if (ch == '\'' || ch == '"') {
        if (*str + 2 < end && *(*str + 1) == ch && *(*str + 2) == ch) {
          string_type = 3;
          *str += 2;
        } else {
          string_type = 1;
        }
        quote_char = ch;
      } else if (ch == '[' || ch == '{' || ch == '(') {
        if (nested_depth >= Tokenizer::kMaxLevel) {
          p_.raise_syntax("f-string: too many nested parenthesis");
          return false;
        }
        parenstack[nested_depth++] = ch;
      } else if (ch == '#') {
        p_.raise_syntax("f-string expression part cannot include '#'");
        return false;
      } else if (nested_depth == 0 &&
                 (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
        if (*str + 1 < end) {
          char next = *(*str + 1);
          if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
              (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
            *str += 1;
            continue;
          }
        }
        if (ch == '>' || ch == '<') continue;
        break;
      } else if (ch == ']' || ch == '}' || ch == ')') {
        if (!nested_depth) {
          p_.raise_syntax(std::string("f-string: unmatched '") + ch + "'");
          return false;
        }
        nested_depth--;
        char opening = parenstack[nested_depth];
        if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
              (opening == '{' && ch == '}'))) {
          p_.raise_syntax(std::string("f-string: closing parenthesis '") + ch +
                          "' does not match opening parenthesis '" + opening + "'");
          return false;
        }
      }
    }
    const char* expr_end = *str;
    if (quote_char) {
      p_.raise_syntax("f-string: unterminated string");
      return false;
    }
    if (nested_depth) {
      p_.raise_syntax(std::string("f-string: unmatched '") + parenstack[nested_depth - 1] + "'");
      return false;
    }
    if (*str >= end) {
      p_.raise_syntax("f-string: expecting '}'");
      return false;
    }
    Expr* simple_expression = compile_expr(expr_start, expr_end, t);
    if (!simple_expression) return false;

    if (**str == '=') {
      *str += 1;
      while (*str < end && (**str == ' ' || **str == '\t' || **str == '\n' || **str == '\r' ||
                            **str == '\f' || **str == '\v')) {
        *str += 1;
      }
      if (*str >= end) {
        p_.raise_syntax("f-string: expecting '}'");
        return false;
      }
      expr_text->assign(expr_start, size_t(*str - expr_start));
      *has_expr_text = true;
    }
    if (**str == '!') {
      *str += 1;
      if (*str >= end) {
        p_.raise_syntax("f-string: expecting '}'");
        return false;
      }
      conversion = (unsigned char)**str;
      *str += 1;
      if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
        p_.raise_syntax("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        return false;
      }
    }
    if (*str < end && **str == ':') {
      *str += 1;
      if (*str >= end) {
        p_.raise_syntax("f-string: expecting '}'");
        return false;
      }
      FStringState spec;
      if (!concat_fstring(spec, str, end, raw, recurse_lvl + 1, t)) return false;
      format_spec = finish(spec, t, t);
    }
    if (*str >= end || **str != '}') {
      p_.raise_syntax("f-string: expecting '}'");
      return false;
    }
    *str += 1;
    if (*has_expr_text && !format_spec && conversion == -1) conversion = 'r';
    auto* fv = p_.arena_.make<FormattedValue>();
    fv->value = simple_expression;
    fv->conversion = conversion;
    fv->format_spec = format_spec;
    fv->loc = Loc{first_.lineno, first_.col_offset, last_.end_lineno, last_.end_col_offset};
    *expression = fv;
    return true;
  }

  // CPython's fstring_compile_expr: parse "(expr)" with a nested parser.
  Expr* compile_expr(const char* expr_start, const char* expr_end, const Token& t) {
    const char* s = expr_start;
    for (; s != expr_end; s++) {
      char c = *s;
      if (!(c == ' ' || c == '\t' || c == '\n' || c == '\f')) break;
    }
    if (s == expr_end) {
      if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=') {
        p_.raise_syntax(std::string("f-string: expression required before '") + *expr_end + "'");
        return nullptr;
      }
      p_.raise_syntax("f-string: empty expression not allowed");
      return nullptr;
    }
    // Where the expression starts, for the node positions (fstring_find_expr_location).
    std::string_view parent = p_.token_text(t);
    const char* parent_str = parent.data();
    const char* brace = expr_start - 1;
    int lines = 0, cols = 0;
    bool newline_after_brace = true;
    for (const char* q = brace + 1; q < expr_end + 1 && *q != '}' && *q != '\n'; q++) {
      if (*q != ' ' && *q != '\t' && *q != '\f') {
        newline_after_brace = false;
        break;
      }
    }
    if (!newline_after_brace) {
      const char* q = brace;
      while (q > parent_str && *q != '\n') q--;
      cols += int(brace - q);
      if (*q == '\n') cols -= 1;
    }
    for (const char* q = parent_str; q < brace; q++) {
      if (*q == '\n') lines++;
    }

    std::string src;
    src.reserve(size_t(expr_end - expr_start) + 3);
    src.push_back('(');
    src.append(expr_start, size_t(expr_end - expr_start));
    src.push_back(')');
    src.push_back('\n');
    Parser p2(src, StartRule::FString, p_.arena_, p_.options_);
    p2.starting_lineno_ = t.lineno + lines;
    p2.starting_col_offset_ = (lines == 0 ? t.col_offset : 0) + cols;
    p2.in_fstring_ = true;
    p2.depth_ = p_.depth_;
    Expr* e = p2.parse_fstring_expr();
    if (!e) {
      p_.err_ = true;
      p_.error_ = p2.error();
      p_.memory_error_ = p2.memory_error();
      return nullptr;
    }
    return e;
  }

  Parser& p_;
  const Token& first_;
  const Token& last_;
};

ast::Expr* Parser::strings() {
  // strings (memo): STRING+
  if (err_) return nullptr;
  int m = mark_;
  void* cached;
  if (memo_get(MemoRule::strings, m, &cached)) return static_cast<Expr*>(cached);
  Expr* e = strings_uncached();
  if (!e) mark_ = m;
  memo_put(MemoRule::strings, m, e, mark_);
  return e;
}

ast::Expr* Parser::strings_uncached() {
  // CPython's _PyPegen_concatenate_strings.
  int m = mark_;
  while (peek() == Tok::STRING) mark_++;
  if (err_ || mark_ == m) return nullptr;
  const Token& first = tokens_[size_t(m)];
  const Token& last = tokens_[size_t(mark_ - 1)];
  FStringParser fp(*this, first, last);
  FStringState state;
  bool bytesmode = false;
  std::string bytes_value;
  for (int i = m; i < mark_; i++) {
    const Token& t = tokens_[size_t(i)];
    std::string_view text = token_text(t);
    StringToken st = split_string_token(text);
    if (st.bytes) {
      for (char c : text.substr(st.body_offset)) {
        if ((unsigned char)c >= 0x80) {
          raise_known_location(tok_loc(t), "bytes can only contain ASCII literal characters");
          return nullptr;
        }
      }
    }
    std::string value;
    if (!st.fstring) {
      std::string err;
      bool ok = st.bytes ? decode_bytes_literal(st.body, st.raw, &value, &err)
                         : decode_str_literal(st.body, st.raw, &value, &err);
      if (!ok) {
        raise_syntax(err);
        return nullptr;
      }
    }
    if (i != m && bytesmode != st.bytes) {
      raise_syntax("cannot mix bytes and nonbytes literals");
      return nullptr;
    }
    bytesmode = st.bytes;
    if (st.fstring) {
      const char* s = st.body.data();
      if (!fp.concat_fstring(state, &s, st.body.data() + st.body.size(), st.raw, 0, t)) {
        return nullptr;
      }
    } else if (bytesmode) {
      bytes_value += value;
    } else {
      FStringParser::concat(state, value);
    }
  }
  if (bytesmode) {
    auto* c = arena_.make<Constant>();
    c->value.kind = ConstantValue::Kind::Bytes;
    c->value.text = std::move(bytes_value);
    c->loc = Loc{first.lineno, first.col_offset, last.end_lineno, last.end_col_offset};
    return c;
  }
  return fp.finish(state, first, last);
}

}  // namespace coil::compiler
