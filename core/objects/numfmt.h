// numfmt.h - float repr/parse/hex/round/hash and the format mini-language, matching CPython 3.11.
#pragma once
//
// Self-contained (depends only on bignum.h). All text is UTF-8; widths count code points.
// No C++ exceptions: fallible functions return bool/Result and fill an Error.
//
// Conventions: "type_name" parameters are the Python type name used in error messages
// (e.g. "int", "bool", "float", a subclass name), exactly as CPython prints Py_TYPE(obj)->tp_name.

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/bignum.h"

namespace coil::numfmt {

enum class ErrKind { None, ValueError, OverflowError, TypeError, ZeroDivisionError, MemoryError };

struct Error {
  ErrKind kind = ErrKind::None;
  std::string message;
};

struct Result {
  bool ok = true;
  std::string text;  // the formatted text when ok
  Error error;       // when !ok
};

// ---- decimal digits of doubles ----------------------------------------------------------------
// Flags for double_to_string (the same meaning as CPython's Py_DTSF_* flags).
enum : unsigned {
  kSign = 1,        // always add a sign ('+' for non-negative)
  kAddDot0 = 2,     // add ".0" when the result looks like an integer (no exponent)
  kAlt = 4,         // alternate form: keep trailing zeros / the decimal point
  kNoNegZero = 8,   // 'z': drop the '-' when the rounded result is zero
};
// The engine behind repr/str/format/%: type is 'e','E','f','F','g','G' (precision as given) or
// 'r' (shortest round-trip digits; precision ignored). inf/nan give "inf"/"nan" ("INF"/"NAN" for
// upper-case types). Never fails; the caller limits precision (CPython: "precision too big" above
// INT_MAX).
std::string double_to_string(double x, char type, int precision, unsigned flags);

// ---- float text ---------------------------------------------------------------------------------
std::string float_repr(double d);  // repr(x) and str(x)
// Python's float(str) syntax on ASCII text (surrounding whitespace, sign, underscores between
// digits, inf/infinity/nan). The caller maps non-ASCII digits/spaces to ASCII first and reports
// ValueError "could not convert string to float: %R" when this returns false.
bool parse_float(std::string_view text, double* out);
// repr(complex): "1j", "(1+2j)", "(-0-0j)", "(nan+infj)".
std::string complex_repr(double re, double im);

// ---- float methods ------------------------------------------------------------------------------
std::string float_hex(double d);                                       // float.hex()
bool float_fromhex(std::string_view text, double* out, Error* err);  // float.fromhex()
// float.as_integer_ratio(); inf -> OverflowError "cannot convert Infinity to integer ratio",
// nan -> ValueError "cannot convert NaN to integer ratio".
bool as_integer_ratio(double d, bignum::Num* num, bignum::Num* den, Error* err);
// round(x) with no ndigits: round half to even, as a double (the caller converts to int and
// raises for inf/nan: "cannot convert float infinity to integer" / "cannot convert float NaN to integer").
double round_half_even(double x);
// round(x, ndigits): correctly rounded on the exact decimal value, half to even.
// OverflowError "rounded value too large to represent".
bool float_round(double x, int64_t ndigits, double* out, Error* err);
// hash(float) for non-nan x (CPython's modular hash; hash(inf) = 314159). In 3.10+ hash(nan) is
// the object's identity hash, which only the caller knows.
int64_t float_hash(double x);
// Floor division / modulo with Python's signs. ZeroDivisionError messages:
// "float floor division by zero", "float modulo", "float divmod()".
bool float_floordiv(double a, double b, double* out, Error* err);
bool float_mod(double a, double b, double* out, Error* err);
bool float_divmod(double a, double b, double* q, double* r, Error* err);

// ---- the format mini-language -------------------------------------------------------------------
struct FormatSpec {
  uint32_t fill = ' ';     // a code point
  bool fill_given = false;
  char align = 0;          // '<' '>' '=' '^' (after parsing: never 0, the default is filled in)
  bool align_given = false;
  char sign = 0;           // '+', '-', ' ' or 0
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;    // '#'
  int64_t width = -1;
  char grouping = 0;       // ',' or '_' or 0
  int grouping_size = 3;   // 4 for '_' with b/o/x/X
  int64_t precision = -1;
  uint32_t type = 0;       // a code point; 0 when absent (after parsing: the default type)
};
// Parses [[fill]align][sign][z][#][0][width][grouping][.precision][type] with CPython's checks
// and messages. default_type is 'd' for int, 's' for str, 0 for float/complex; default_align is
// '>' for numbers and '<' for str.
bool parse_format_spec(std::string_view spec, uint32_t default_type, char default_align,
                       std::string_view type_name, FormatSpec* out, Error* err);

// format(value, spec). For an empty spec CPython returns str(value); these return the same for
// int (plain digits) and float (repr) — but bool/subclasses must use their own str() there.
Result format_int(const bignum::Num& v, std::string_view spec, std::string_view type_name = "int");
Result format_i64(int64_t v, std::string_view spec, std::string_view type_name = "int");
Result format_float(double v, std::string_view spec, std::string_view type_name = "float");
Result format_complex(double re, double im, std::string_view spec, std::string_view type_name = "complex");
Result format_str(std::string_view utf8, std::string_view spec, std::string_view type_name = "str");

// ---- printf-style '%' conversions (str % args, bytes % args) ------------------------------------
struct PercentSpec {
  bool left = false;       // '-'
  bool zero = false;       // '0'
  bool plus = false;       // '+'
  bool space = false;      // ' '
  bool alternate = false;  // '#'
  int64_t width = -1;
  int64_t precision = -1;
  char conv = 'd';         // d i u x X o e E f F g G c
};
// %d %i %u %x %X %o on an int (the caller converts floats etc. with __int__/__index__ first).
// %c: OverflowError "%c arg not in range(0x110000)"; the result is UTF-8.
Result percent_int(const bignum::Num& v, const PercentSpec& spec);
// %e %E %f %F %g %G on a double (the caller converts with __float__).
Result percent_float(double v, const PercentSpec& spec);
// Pads an already-converted string (%s %r %a) per width and '-': precision is the caller's.
std::string percent_pad_text(std::string_view utf8, const PercentSpec& spec);

// ---- helpers ------------------------------------------------------------------------------------
size_t utf8_length(std::string_view s);             // code points
void append_utf8(std::string* out, uint32_t cp);

// Disables the fast 128-bit digit paths so that only the exact big-integer method runs (for tests).
extern bool force_exact_digits;
extern uint64_t exact_fallbacks;  // how often the exact method ran (statistics for tests)

}  // namespace coil::numfmt
