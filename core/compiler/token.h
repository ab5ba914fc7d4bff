// token.h - token kinds and the Token record produced by the tokenizer.
#pragma once

#include <cstdint>
#include <string_view>

namespace coil::compiler {

// X(name, text): operators carry their spelling, other kinds an empty string.
#define COIL_TOKEN_KINDS(X)                                                                  \
  X(ENDMARKER, "") X(NAME, "") X(NUMBER, "") X(STRING, "") X(NEWLINE, "") X(INDENT, "")   \
  X(DEDENT, "") X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(COLON, ":")           \
  X(COMMA, ",") X(SEMI, ";") X(PLUS, "+") X(MINUS, "-") X(STAR, "*") X(SLASH, "/")          \
  X(VBAR, "|") X(AMPER, "&") X(LESS, "<") X(GREATER, ">") X(EQUAL, "=") X(DOT, ".")         \
  X(PERCENT, "%") X(LBRACE, "{") X(RBRACE, "}") X(EQEQUAL, "==") X(NOTEQUAL, "!=")          \
  X(LESSEQUAL, "<=") X(GREATEREQUAL, ">=") X(TILDE, "~") X(CIRCUMFLEX, "^")                 \
  X(LEFTSHIFT, "<<") X(RIGHTSHIFT, ">>") X(DOUBLESTAR, "**") X(PLUSEQUAL, "+=")             \
  X(MINEQUAL, "-=") X(STAREQUAL, "*=") X(SLASHEQUAL, "/=") X(PERCENTEQUAL, "%=")            \
  X(AMPEREQUAL, "&=") X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=") X(LEFTSHIFTEQUAL, "<<=")  \
  X(RIGHTSHIFTEQUAL, ">>=") X(DOUBLESTAREQUAL, "**=") X(DOUBLESLASH, "//")                  \
  X(DOUBLESLASHEQUAL, "//=") X(AT, "@") X(ATEQUAL, "@=") X(RARROW, "->") X(ELLIPSIS, "...") \
  X(COLONEQUAL, ":=") X(OP, "") X(ERRORTOKEN, "") X(COMMENT, "") X(NL, "")                 \
  /* keywords (the tokenizer returns them instead of NAME) */                                \
  X(KW_FALSE, "False") X(KW_NONE, "None") X(KW_TRUE, "True") X(KW_AND, "and")               \
  X(KW_AS, "as") X(KW_ASSERT, "assert") X(KW_ASYNC, "async") X(KW_AWAIT, "await")           \
  X(KW_BREAK, "break") X(KW_CLASS, "class") X(KW_CONTINUE, "continue") X(KW_DEF, "def")     \
  X(KW_DEL, "del") X(KW_ELIF, "elif") X(KW_ELSE, "else") X(KW_EXCEPT, "except")             \
  X(KW_FINALLY, "finally") X(KW_FOR, "for") X(KW_FROM, "from") X(KW_GLOBAL, "global")       \
  X(KW_IF, "if") X(KW_IMPORT, "import") X(KW_IN, "in") X(KW_IS, "is") X(KW_LAMBDA, "lambda") \
  X(KW_NONLOCAL, "nonlocal") X(KW_NOT, "not") X(KW_OR, "or") X(KW_PASS, "pass")             \
  X(KW_RAISE, "raise") X(KW_RETURN, "return") X(KW_TRY, "try") X(KW_WHILE, "while")         \
  X(KW_WITH, "with") X(KW_YIELD, "yield")

enum class Tok : uint8_t {
#define COIL_TOKEN_ENUM(name, text) name,
  COIL_TOKEN_KINDS(COIL_TOKEN_ENUM)
#undef COIL_TOKEN_ENUM
};

constexpr int kTokKindCount = int(Tok::KW_YIELD) + 1;

// "NAME", "LPAR", "KW_IF", ...
const char* token_kind_name(Tok kind);
// The spelling of an operator or keyword kind ("(", "if"); empty for other kinds.
std::string_view token_kind_text(Tok kind);
inline bool is_keyword(Tok kind) { return kind >= Tok::KW_FALSE; }

// One token. Offsets follow CPython's tokenizer: `start`/`end` are byte offsets into the
// (normalised) source buffer, or -1 where CPython has no text pointer (INDENT, DEDENT,
// ENDMARKER, some ERRORTOKENs); col_offset/end_col_offset are byte offsets into their lines
// (-1 where CPython has none). `level` is the bracket depth after the token.
struct Token {
  Tok kind = Tok::ENDMARKER;
  int16_t level = 0;
  int32_t start = -1, end = -1;
  int32_t lineno = 0, col_offset = -1, end_lineno = 0, end_col_offset = -1;
  // Tokenizer state just after producing this token (for error locations and texts).
  int32_t tok_cur = 0;         // byte offset of the tokenizer's cursor
  int32_t tok_line_start = 0;  // byte offset of the start of the tokenizer's current line
  uint8_t tok_done = 0;        // the tokenizer's TokDone after this token (see tokenizer.h)
  bool tok_eof_in_string = false;  // it failed on a string left open at the end of input
};

}  // namespace coil::compiler
