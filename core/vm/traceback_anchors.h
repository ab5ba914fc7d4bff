// traceback_anchors.h - finds the "anchors" of a traceback's caret line (CPython 3.11's
// extract_anchors_from_line): when the failing source segment is a binary operation, the operator;
// when it is a subscript, the `[...]` part. A small scanner/parser of one-line expressions that
// needs nothing from the VM (so tools can test it alone).
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

namespace coil {
namespace tb_anchors {

enum class Tok : uint8_t { Name, Number, String, Op, Open, Close, Keyword };

struct Token {
  Tok kind;
  int start, end;  // byte offsets in the segment
  int match = -1;  // for Open/Close: index of the matching bracket token
  std::string_view text;
};

inline bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }
inline bool is_name_start(unsigned char c) { return c == '_' || unsigned((c | 0x20) - 'a') < 26u || c >= 0x80; }
inline bool is_name_char(unsigned char c) { return is_name_start(c) || unsigned(c - '0') < 10u; }

inline bool is_keyword(std::string_view w) {
  static const char* const kKeywords[] = {"False", "None", "True", "and", "as", "assert", "async", "await",
                                          "break", "class", "continue", "def", "del", "elif", "else", "except",
                                          "finally", "for", "from", "global", "if", "import", "in", "is",
                                          "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
                                          "while", "with", "yield"};
  for (const char* k : kKeywords)
    if (w == k) return true;
  return false;
}

// Splits `s` into tokens; false if it contains something no expression can (a stray quote, `$`...).
inline bool tokenize(std::string_view s, std::vector<Token>* out) {
  static const char* const kOps[] = {"**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=",
                                     ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="};
  std::vector<int> stack;
  int n = int(s.size());
  int i = 0;
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (is_ws(char(c))) {
      ++i;
      continue;
    }
    if (c == '#' || c == '\n' || c == '\r') break;  // comment / end of the line
    if (c == '\\') return false;
    int start = i;
    // string (with an optional prefix)
    int j = i;
    while (j < n && j - i < 2 && std::string_view("rRbBuUfF").find(s[j]) != std::string_view::npos) ++j;
    if (j < n && (s[j] == '\'' || s[j] == '"') && (j == i || is_name_start(c))) {
      char q = s[j];
      bool triple = j + 2 < n && s[j + 1] == q && s[j + 2] == q;
      int k = j + (triple ? 3 : 1);
      bool closed = false;
      while (k < n) {
        if (s[k] == '\\') {
          k += 2;
          continue;
        }
        if (s[k] == q) {
          if (!triple) {
            ++k;
            closed = true;
            break;
          }
          if (k + 2 < n && s[k + 1] == q && s[k + 2] == q) {
            k += 3;
            closed = true;
            break;
          }
        }
        ++k;
      }
      if (!closed) return false;
      out->push_back(Token{Tok::String, start, k, -1, s.substr(start, k - start)});
      i = k;
      continue;
    }
    if (is_name_start(c)) {
      int k = i + 1;
      while (k < n && is_name_char(static_cast<unsigned char>(s[k]))) ++k;
      std::string_view w = s.substr(i, k - i);
      out->push_back(Token{is_keyword(w) ? Tok::Keyword : Tok::Name, i, k, -1, w});
      i = k;
      continue;
    }
    if (unsigned(c - '0') < 10u || (c == '.' && i + 1 < n && unsigned(s[i + 1] - '0') < 10u)) {
      int k = i;
      bool radix = c == '0' && i + 1 < n && std::string_view("xXoObB").find(s[i + 1]) != std::string_view::npos;
      while (k < n) {
        char d = s[k];
        if ((unsigned(d - '0') < 10u) || d == '_' || d == '.' || is_name_start(static_cast<unsigned char>(d))) {
          ++k;
          if (!radix && (d == 'e' || d == 'E') && k < n && (s[k] == '+' || s[k] == '-')) ++k;
          continue;
        }
        break;
      }
      out->push_back(Token{Tok::Number, i, k, -1, s.substr(i, k - i)});
      i = k;
      continue;
    }
    if (c == '(' || c == '[' || c == '{') {
      stack.push_back(int(out->size()));
      out->push_back(Token{Tok::Open, i, i + 1, -1, s.substr(i, 1)});
      ++i;
      continue;
    }
    if (c == ')' || c == ']' || c == '}') {
      if (stack.empty()) return false;
      int o = stack.back();
      stack.pop_back();
      char oc = (*out)[size_t(o)].text[0];
      if ((oc == '(' && c != ')') || (oc == '[' && c != ']') || (oc == '{' && c != '}')) return false;
      (*out)[size_t(o)].match = int(out->size());
      out->push_back(Token{Tok::Close, i, i + 1, o, s.substr(i, 1)});
      ++i;
      continue;
    }
    int len = 0;
    for (const char* op : kOps) {
      std::string_view o(op);
      if (s.substr(i, o.size()) == o) {
        len = int(o.size());
        break;
      }
    }
    if (!len) {
      if (std::string_view("+-*/%@&|^~<>,:;.=!").find(char(c)) == std::string_view::npos) return false;
      len = 1;
    }
    out->push_back(Token{Tok::Op, i, i + len, -1, s.substr(i, len)});
    i += len;
  }
  return stack.empty();
}

// Binary operator precedence (0: not an arithmetic/bitwise binary operator).
inline int binop_level(const Token& t) {
  if (t.kind != Tok::Op) return 0;
  std::string_view o = t.text;
  if (o == "|") return 1;
  if (o == "^") return 2;
  if (o == "&") return 3;
  if (o == "<<" || o == ">>") return 4;
  if (o == "+" || o == "-") return 5;
  if (o == "*" || o == "/" || o == "//" || o == "%" || o == "@") return 6;
  if (o == "**") return 8;
  return 0;
}

// Tokens [b, e) form one bracketed group `( expr )` whose node is the inner expression (not a
// tuple, generator expression or empty pair): CPython's positions exclude such parentheses.
inline bool is_plain_group(const std::vector<Token>& t, int b, int e) {
  if (e - b < 3 || t[size_t(b)].kind != Tok::Open || t[size_t(b)].text != "(" || t[size_t(b)].match != e - 1)
    return false;
  for (int i = b + 1; i < e - 1; ++i) {
    const Token& x = t[size_t(i)];
    if (x.kind == Tok::Open) {
      i = x.match;
      continue;
    }
    if (x.kind == Tok::Op && x.text == ",") return false;
    if (x.kind == Tok::Keyword && x.text == "for") return false;
  }
  return true;
}

// Start/end byte offsets of the AST node for the operand made of tokens [b, e).
inline int node_start(const std::vector<Token>& t, int b, int e) {
  while (is_plain_group(t, b, e)) {
    ++b;
    --e;
  }
  return t[size_t(b)].start;
}
inline int node_end(const std::vector<Token>& t, int b, int e) {
  while (is_plain_group(t, b, e)) {
    ++b;
    --e;
  }
  return t[size_t(e - 1)].end;
}

// Parses one operand starting at token i (unary prefixes, an atom, trailers). Returns the index
// after it, or -1 if the tokens do not form an operand. *unary: it started with a unary operator
// or await; *last_trailer: index of the last `[` trailer's token, or -1 if the last trailer is
// not a subscript.
inline int parse_operand(const std::vector<Token>& t, int i, int n, bool* unary, int* last_trailer) {
  *unary = false;
  *last_trailer = -1;
  while (i < n && ((t[size_t(i)].kind == Tok::Op &&
                    (t[size_t(i)].text == "-" || t[size_t(i)].text == "+" || t[size_t(i)].text == "~")) ||
                   (t[size_t(i)].kind == Tok::Keyword && t[size_t(i)].text == "await"))) {
    *unary = true;
    ++i;
  }
  if (i >= n) return -1;
  const Token& a = t[size_t(i)];
  if (a.kind == Tok::Name || a.kind == Tok::Number) {
    ++i;
  } else if (a.kind == Tok::String) {
    while (i < n && t[size_t(i)].kind == Tok::String) ++i;
  } else if (a.kind == Tok::Keyword && (a.text == "True" || a.text == "False" || a.text == "None")) {
    ++i;
  } else if (a.kind == Tok::Op && a.text == "...") {
    ++i;
  } else if (a.kind == Tok::Open) {
    i = a.match + 1;
  } else {
    return -1;
  }
  // trailers
  while (i < n) {
    const Token& x = t[size_t(i)];
    if (x.kind == Tok::Op && x.text == "." && i + 1 < n && t[size_t(i + 1)].kind == Tok::Name) {
      *last_trailer = -1;
      i += 2;
    } else if (x.kind == Tok::Open && (x.text == "(" || x.text == "[")) {
      *last_trailer = x.text == "[" ? i : -1;
      i = x.match + 1;
    } else {
      break;
    }
  }
  return i;
}

// The anchors CPython 3.11 computes for a caret line (byte offsets in `seg`): returns true with
// [left, right) for a binary operation (the operator) or a subscript (the brackets).
inline bool extract(std::string_view seg, int* left, int* right) {
  std::vector<Token> t;
  if (!tokenize(seg, &t) || t.empty()) return false;
  // A parenthesized expression statement is the inner expression.
  int b = 0, n = int(t.size());
  while (is_plain_group(t, b, n)) {
    ++b;
    --n;
  }
  // Operands and the binary operators between them (at bracket depth 0).
  std::vector<int> op_index;      // token index of each binary operator
  std::vector<int> operand_begin;  // token index where each operand starts
  bool first_unary = false;
  int last_trailer = -1;
  int i = b;
  for (;;) {
    bool unary;
    int lt;
    operand_begin.push_back(i);
    int j = parse_operand(t, i, n, &unary, &lt);
    if (j < 0) return false;
    if (operand_begin.size() == 1) {
      first_unary = unary;
      last_trailer = lt;
    }
    i = j;
    if (i >= n) break;
    if (!binop_level(t[size_t(i)])) return false;  // anything else: not a lone BinOp/Subscript
    op_index.push_back(i);
    ++i;
    if (i >= n) return false;
  }
  if (op_index.empty()) {
    if (first_unary || last_trailer < 0) return false;
    int close = t[size_t(last_trailer)].match;
    if (close == last_trailer + 1) return false;  // a[] is not valid
    int len = int(seg.size());
    int l = node_end(t, b, last_trailer);
    int r = node_end(t, last_trailer + 1, close) + 1;
    while (l < len && seg[size_t(l)] != '[') ++l;
    while (r < len && seg[size_t(r)] != ']') ++r;
    if (r < len) ++r;
    *left = l;
    *right = r;
    return true;
  }
  int min_level = 99;
  for (int k : op_index) min_level = std::min(min_level, binop_level(t[size_t(k)]));
  size_t root = 0;
  if (min_level == 8) {
    if (first_unary) return false;  // -a ** b is a UnaryOp
    root = 0;
    for (size_t k = 0; k < op_index.size(); ++k)
      if (binop_level(t[size_t(op_index[k])]) == 8) {
        root = k;
        break;
      }
  } else {
    for (size_t k = 0; k < op_index.size(); ++k)
      if (binop_level(t[size_t(op_index[k])]) == min_level) root = k;
  }
  int op = op_index[root];
  int left_end = node_end(t, b, op);
  int right_start = node_start(t, op + 1, n);
  bool found = false;
  for (int k = left_end; k < right_start; ++k) {
    if (is_ws(seg[size_t(k)])) continue;
    *left = k;
    *right = k + 1;
    found = true;
    if (k + 1 < right_start && !is_ws(seg[size_t(k + 1)])) ++*right;
    if (k + 1 < right_start && seg[size_t(k)] == ')') continue;
    break;
  }
  return found;
}

}  // namespace tb_anchors
}  // namespace coil
