// core_tokenizer_test.cpp - unit tests of the tokenizer: tokens and positions, errors, trivia, highlighting.
//
// Expected positions and messages are CPython 3.11.7's (tokenize and SyntaxError attributes).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "coil/debug.h"
#include "compiler/parser.h"
#include "compiler/tokenizer.h"

using coil::compiler::HighlightKind;
using coil::compiler::HighlightToken;
using coil::compiler::Tok;
using coil::compiler::Token;
using coil::compiler::Tokenizer;

namespace {

struct Lexed {
  std::string norm;
  std::vector<Token> tokens;
  std::string text(const Token& t) const {
    return t.start < 0 ? std::string() : norm.substr(size_t(t.start), size_t(t.end - t.start));
  }
};

Lexed lex(const std::string& src, bool trivia = false) {
  Lexed l;
  l.norm = coil::compiler::normalize_source(src, true);
  Tokenizer tok(l.norm, trivia);
  for (;;) {
    Token t = tok.next();
    l.tokens.push_back(t);
    if (t.kind == Tok::ENDMARKER || t.kind == Tok::ERRORTOKEN) break;
  }
  return l;
}

std::vector<Tok> kinds(const Lexed& l) {
  std::vector<Tok> k;
  for (const Token& t : l.tokens) k.push_back(t.kind);
  return k;
}

// The SyntaxError parse() reports, as "Type: msg @line:offset-end_line:end_offset".
std::string error_of(const std::string& src) {
  coil::compiler::ParseResult r = coil::compiler::parse(src);
  if (r.ok()) return "ok";
  return r.error.type + ": " + r.error.msg + " @" + std::to_string(r.error.lineno) + ":" +
         std::to_string(r.error.offset) + "-" + std::to_string(r.error.end_lineno) + ":" +
         std::to_string(r.error.end_offset);
}

}  // namespace

TEST_CASE("tokenizer: kinds, spellings and positions", "[tokenizer]") {
  Lexed l = lex("x = f(a, 1.5) ** 2  # c\n");
  std::vector<Tok> expected = {Tok::NAME,  Tok::EQUAL,      Tok::NAME,   Tok::LPAR,    Tok::NAME,
                               Tok::COMMA, Tok::NUMBER,     Tok::RPAR,   Tok::DOUBLESTAR, Tok::NUMBER,
                               Tok::NEWLINE, Tok::ENDMARKER};
  CHECK(kinds(l) == expected);
  CHECK(l.text(l.tokens[2]) == "f");
  CHECK(l.tokens[2].col_offset == 4);
  CHECK(l.tokens[2].end_col_offset == 5);
  CHECK(l.tokens[3].level == 1);
  CHECK(l.tokens[7].level == 0);
  // As in CPython, a NEWLINE after a comment starts at the '#' and ends at the '\n'.
  CHECK(l.tokens[10].col_offset == 20);
  CHECK(l.tokens[10].end_col_offset == 23);
}

TEST_CASE("tokenizer: every operator", "[tokenizer]") {
  Lexed l = lex(":= -> **= //= @= ... != <> <<= >>= ** // << >> == <= >= += -= *= /= %= &= |= ^= ~ @\n");
  std::vector<Tok> expected = {
      Tok::COLONEQUAL,      Tok::RARROW,     Tok::DOUBLESTAREQUAL, Tok::DOUBLESLASHEQUAL,
      Tok::ATEQUAL,         Tok::ELLIPSIS,   Tok::NOTEQUAL,        Tok::NOTEQUAL,
      Tok::LEFTSHIFTEQUAL,  Tok::RIGHTSHIFTEQUAL, Tok::DOUBLESTAR,  Tok::DOUBLESLASH,
      Tok::LEFTSHIFT,       Tok::RIGHTSHIFT, Tok::EQEQUAL,         Tok::LESSEQUAL,
      Tok::GREATEREQUAL,    Tok::PLUSEQUAL,  Tok::MINEQUAL,        Tok::STAREQUAL,
      Tok::SLASHEQUAL,      Tok::PERCENTEQUAL, Tok::AMPEREQUAL,    Tok::VBAREQUAL,
      Tok::CIRCUMFLEXEQUAL, Tok::TILDE,      Tok::AT,              Tok::NEWLINE,
      Tok::ENDMARKER};
  CHECK(kinds(l) == expected);
}

TEST_CASE("tokenizer: keywords, soft keywords and Unicode identifiers", "[tokenizer]") {
  Lexed l = lex("if match case _ None élan x١\n");
  CHECK(l.tokens[0].kind == Tok::KW_IF);
  CHECK(l.tokens[1].kind == Tok::NAME);  // soft keywords are names
  CHECK(l.tokens[2].kind == Tok::NAME);
  CHECK(l.tokens[3].kind == Tok::NAME);
  CHECK(l.tokens[4].kind == Tok::KW_NONE);
  CHECK(l.text(l.tokens[5]) == "élan");
  CHECK(l.tokens[6].col_offset == 27);  // columns are UTF-8 byte offsets
  CHECK(l.text(l.tokens[6]) == "x١");
}

TEST_CASE("tokenizer: INDENT, DEDENT, NEWLINE and NL", "[tokenizer]") {
  Lexed l = lex("if x:\n    y = (1,\n  2)\n\n    # c\n    z\nw\n", true);
  std::vector<Tok> expected = {
      Tok::KW_IF, Tok::NAME, Tok::COLON,  Tok::NEWLINE, Tok::INDENT, Tok::NAME,    Tok::EQUAL,
      Tok::LPAR,  Tok::NUMBER, Tok::COMMA, Tok::NL,     Tok::NUMBER, Tok::RPAR,    Tok::NEWLINE,
      Tok::NL,    Tok::COMMENT, Tok::NL,   Tok::NAME,   Tok::NEWLINE, Tok::DEDENT, Tok::NAME,
      Tok::NEWLINE, Tok::ENDMARKER};
  CHECK(kinds(l) == expected);
  Lexed plain = lex("if x:\n    y = (1,\n  2)\n\n    # c\n    z\nw\n");
  for (const Token& t : plain.tokens) {
    CHECK(t.kind != Tok::NL);
    CHECK(t.kind != Tok::COMMENT);
  }
}

TEST_CASE("tokenizer: backslash continuation and implicit joining", "[tokenizer]") {
  Lexed l = lex("x = 1 + \\\n    2\ny = [\n3]\n");
  std::vector<Tok> expected = {Tok::NAME,   Tok::EQUAL, Tok::NUMBER, Tok::PLUS,  Tok::NUMBER,
                               Tok::NEWLINE, Tok::NAME, Tok::EQUAL,  Tok::LSQB,  Tok::NUMBER,
                               Tok::RSQB,   Tok::NEWLINE, Tok::ENDMARKER};
  CHECK(kinds(l) == expected);
  CHECK(l.tokens[4].lineno == 2);
}

TEST_CASE("tokenizer: numbers", "[tokenizer]") {
  for (const char* n : {"0", "00", "0_0", "123", "1_000_000", "0x_1f", "0XFF", "0o17", "0b1010", "1.",
                        ".5", "1.5e-3", "1E+10", "1e1_0", "3j", "1.5J", "0777j", "09.5", "1_0.0_1e1_0j"}) {
    INFO(n);
    Lexed l = lex(std::string(n) + "\n");
    CHECK(l.tokens[0].kind == Tok::NUMBER);
    CHECK(l.text(l.tokens[0]) == n);
    CHECK(l.tokens[1].kind == Tok::NEWLINE);
  }
  // A number directly followed by a keyword that may follow one is accepted.
  CHECK(kinds(lex("1if x else 2\n"))[1] == Tok::KW_IF);
  CHECK(error_of("x = 1abc\n") == "SyntaxError: invalid decimal literal @1:5-1:5");
  CHECK(error_of("x = 1__0\n") == "SyntaxError: invalid decimal literal @1:6-1:6");
  CHECK(error_of("x = 0x\n") == "SyntaxError: invalid hexadecimal literal @1:6-1:6");
  CHECK(error_of("x = 0o8\n") == "SyntaxError: invalid digit '8' in octal literal @1:7-1:7");
  CHECK(error_of("x = 0b12\n") == "SyntaxError: invalid digit '2' in binary literal @1:8-1:8");
  CHECK(error_of("x = 0777\n") ==
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o "
        "prefix for octal integers @1:5-1:6");
  CHECK(error_of("x = 1jx\n") == "SyntaxError: invalid imaginary literal @1:6-1:6");
  CHECK(error_of("x = 1e+\n") == "SyntaxError: invalid decimal literal @1:7-1:7");
}

TEST_CASE("tokenizer: strings and prefixes", "[tokenizer]") {
  for (const char* s : {"'a'", "\"a\"", "'''a\nb'''", "r'\\d'", "b'x'", "Rb'x'", "bR'x'", "u'x'",
                        "f'{x}'", "Fr'{x}'", "rF'{x}'", "'a\\'b'", "\"\"\"a\"\"\""}) {
    INFO(s);
    Lexed l = lex(std::string(s) + "\n");
    CHECK(l.tokens[0].kind == Tok::STRING);
    CHECK(l.text(l.tokens[0]) == s);
  }
  // "ur" is not a prefix: NAME then STRING.
  Lexed l = lex("ur'x'\n");
  CHECK(l.tokens[0].kind == Tok::NAME);
  CHECK(l.tokens[1].kind == Tok::STRING);
  // A multi-line string token starts on its first line.
  l = lex("x = '''a\nb'''\n");
  CHECK(l.tokens[2].lineno == 1);
  CHECK(l.tokens[2].col_offset == 4);
  CHECK(l.tokens[2].end_lineno == 2);
  CHECK(l.tokens[2].end_col_offset == 4);
  CHECK(error_of("x = 'abc\n") ==
        "SyntaxError: unterminated string literal (detected at line 1) @1:5-1:5");
  CHECK(error_of("x = 1\ny = '''abc\n\n") ==
        "SyntaxError: unterminated triple-quoted string literal (detected at line 3) @2:5-2:5");
}

TEST_CASE("tokenizer: indentation errors", "[tokenizer]") {
  CHECK(error_of("if x:\n        a\n    b\n") ==
        "IndentationError: unindent does not match any outer indentation level @3:6-3:-1");
  CHECK(error_of("if x:\n\ta\n        b\n") ==
        "TabError: inconsistent use of tabs and spaces in indentation @3:1-3:0");
  CHECK(error_of("x = 1\n    y = 2\n") == "IndentationError: unexpected indent @2:4-2:-1");
  std::string deep;
  for (int i = 0; i < 101; i++) deep += std::string(size_t(i), ' ') + "if x:\n";
  deep += std::string(101, ' ') + "pass\n";
  CHECK(error_of(deep) == "IndentationError: too many levels of indentation @101:1-101:0");
}

TEST_CASE("tokenizer: bad characters and brackets", "[tokenizer]") {
  CHECK(error_of("a € b\n") == "SyntaxError: invalid character '€' (U+20AC) @1:3-1:3");
  CHECK(error_of("x\xC2\xA0= 1\n") == "SyntaxError: invalid non-printable character U+00A0 @1:2-1:2");
  CHECK(error_of("x = 1\x01\n") == "SyntaxError: invalid non-printable character U+0001 @1:6-1:6");
  CHECK(error_of("x = )\n") == "SyntaxError: unmatched ')' @1:5-1:5");
  CHECK(error_of("x = [1, 2)\n") ==
        "SyntaxError: closing parenthesis ')' does not match opening parenthesis '[' @1:10-1:10");
  CHECK(error_of("x = [1,\n2)\n") ==
        "SyntaxError: closing parenthesis ')' does not match opening parenthesis '[' on line 1 "
        "@2:2-2:2");
  CHECK(error_of("x = (1,\n") == "SyntaxError: '(' was never closed @1:5-1:0");
  CHECK(error_of("a \\ b\n") ==
        "SyntaxError: unexpected character after line continuation character @1:4-1:0");
  CHECK(error_of("a = 1 \\\n") == "SyntaxError: unexpected EOF while parsing @1:8-1:-1");
  CHECK(error_of(std::string(201, '(') + "\n") == "SyntaxError: too many nested parentheses @1:201-1:201");
}

TEST_CASE("tokenizer: source normalisation", "[tokenizer]") {
  std::vector<int32_t> dropped;
  bool bom = false;
  std::string n = coil::compiler::normalize_source("\xEF\xBB\xBF" "a\r\nb\rc", true, &dropped, &bom);
  CHECK(n == "a\nb\nc\n");
  CHECK(bom);
  CHECK(dropped == std::vector<int32_t>{1});
  CHECK(coil::compiler::normalize_source("x", false) == "x");
}

TEST_CASE("tokenizer: dump_tokens", "[tokenizer]") {
  CHECK(coil::debug::dump_tokens("x = 1  # hi\n") ==
        "1:0-1:1 NAME 'x'\n"
        "1:2-1:3 EQUAL '='\n"
        "1:4-1:5 NUMBER '1'\n"
        "1:7-1:11 COMMENT '# hi'\n"
        "1:11-1:11 NEWLINE ''\n"
        "1:-1-1:-1 ENDMARKER ''\n");
}

TEST_CASE("highlighting: spans, kinds and original offsets", "[tokenizer][highlight]") {
  std::string src = "\xEF\xBB\xBFmatch x:\r\n    case [1]: print(\"hi\")  # c\r\nmatch = 2\n";
  std::vector<HighlightToken> h = coil::compiler::tokenize_for_highlighting(src);
  auto text = [&](const HighlightToken& t) { return src.substr(size_t(t.begin), size_t(t.end - t.begin)); };
  REQUIRE(h.size() >= 14);
  CHECK(text(h[0]) == "match");
  CHECK(h[0].kind == HighlightKind::SoftKeyword);
  CHECK(text(h[3]) == "case");
  CHECK(h[3].kind == HighlightKind::SoftKeyword);
  bool saw_print = false, saw_comment = false, saw_string = false;
  for (const HighlightToken& t : h) {
    if (text(t) == "print") saw_print = t.kind == HighlightKind::Builtin;
    if (text(t) == "# c") saw_comment = t.kind == HighlightKind::Comment;
    if (text(t) == "\"hi\"") saw_string = t.kind == HighlightKind::String;
  }
  CHECK(saw_print);
  CHECK(saw_comment);
  CHECK(saw_string);
  CHECK(text(h[h.size() - 3]) == "match");
  CHECK(h[h.size() - 3].kind == HighlightKind::Name);
}

TEST_CASE("highlighting: never fails and keeps going after errors", "[tokenizer][highlight]") {
  std::string src = "x = 'abc\ny = € + 0x + 1abc $ \\ q )))\nz = '''open\n";
  std::vector<HighlightToken> h = coil::compiler::tokenize_for_highlighting(src);
  auto text = [&](const HighlightToken& t) { return src.substr(size_t(t.begin), size_t(t.end - t.begin)); };
  std::vector<std::string> errors;
  bool saw_y = false, saw_z = false;
  int32_t last = 0;
  for (const HighlightToken& t : h) {
    CHECK(t.begin >= last);
    CHECK(t.end > t.begin);
    last = t.end;
    if (t.kind == HighlightKind::Error) errors.push_back(text(t));
    if (text(t) == "y") saw_y = true;
    if (text(t) == "z") saw_z = true;
  }
  CHECK(saw_y);
  CHECK(saw_z);
  CHECK(errors == std::vector<std::string>{"'abc", "€", "0x", "1", "\\", "'''open\n"});
  // Garbage of every byte value: terminates, every span inside the input.
  std::string junk;
  for (int i = 0; i < 4096; i++) junk.push_back(char((i * 131 + 7) & 0xFF));
  for (const HighlightToken& t : coil::compiler::tokenize_for_highlighting(junk)) {
    CHECK(t.begin >= 0);
    CHECK(size_t(t.end) <= junk.size());
  }
}
