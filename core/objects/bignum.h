// bignum.h - arbitrary-precision integers (sign-magnitude, base 2^32) with Python's semantics.
#pragma once
//
// A self-contained library: no dependency on the object model, no C++ exceptions, portable to
// wasm32 (size_t may be 32-bit; bit counts and shift counts are uint64_t everywhere).
//
// Errors are reported with Status codes; the caller turns them into Python exceptions. The
// CPython message for each case is documented next to the function that reports it.
//
// Memory: operations whose result can be enormous (pow, lshift, mul of huge operands) have
// *_result_bits() estimators so that the caller can raise MemoryError BEFORE computing. As a last
// defence, the functions themselves refuse results above kMaxBits with Status::Memory.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace coil::bignum {

struct Num {
  int sign = 0;                // -1, 0, +1
  std::vector<uint32_t> mag;   // base 2^32, least significant first, no leading zero limbs
  bool is_zero() const { return sign == 0; }
  bool is_neg() const { return sign < 0; }
};

// A read-only view of limbs owned elsewhere (a Num, or the inline digits of an int object).
struct Span {
  const uint32_t* p = nullptr;
  size_t n = 0;
  Span() = default;
  Span(const uint32_t* data, size_t count) : p(data), n(count) {}
  Span(const std::vector<uint32_t>& v) : p(v.data()), n(v.size()) {}  // NOLINT: implicit on purpose
  size_t size() const { return n; }
  bool empty() const { return n == 0; }
  uint32_t operator[](size_t i) const { return p[i]; }
  uint32_t back() const { return p[n - 1]; }
  const uint32_t* data() const { return p; }
  const uint32_t* begin() const { return p; }
  const uint32_t* end() const { return p + n; }
};

// The input type of every operation: a sign and a normalised magnitude (no leading zero limb;
// sign 0 with n == 0 for zero). Num converts implicitly, so callers holding digits inline in
// an object can pass View(sign, digits, ndigits) without copying them into a Num.
struct View {
  int sign = 0;
  Span mag;
  View() = default;
  View(const Num& x) : sign(x.sign), mag(x.mag) {}  // NOLINT: implicit on purpose
  View(int s, const uint32_t* digits, size_t n) : sign(n ? s : 0), mag(digits, n) {}
  bool is_zero() const { return sign == 0; }
  bool is_neg() const { return sign < 0; }
};

Num to_num(View v);  // copies

enum class Status {
  Ok,
  ZeroDivision,    // "division by zero" / "integer division or modulo by zero" (caller's choice)
  Overflow,        // result does not fit (a float, an int64, a byte string...); see each function
  NotInvertible,   // "base is not invertible for the given modulus"
  Negative,        // a negative argument where none is allowed (shift count, isqrt, unsigned bytes)
  Memory,          // the result would exceed kMaxBits
};

// Hard ceiling on result sizes (bits). The interpreter's own memory limit is normally lower.
constexpr uint64_t kMaxBits = uint64_t(1) << 36;  // 8 GiB worth of bits: never allocatable on wasm32

// ---- construction and conversion to machine integers ------------------------------------------
Num from_i64(int64_t v);
Num from_u64(uint64_t v);
int64_t to_i64(View a, bool* overflow);    // *overflow = true (and returns 0) if it does not fit
uint64_t to_u64(View a, bool* overflow);   // negative values overflow too
bool fits_i64(View a);
Num from_limbs(int sign, std::vector<uint32_t> mag);  // normalises (strips leading zero limbs)

// ---- comparison and sign ----------------------------------------------------------------------
int compare(View a, View b);           // -1, 0, +1
int compare_abs(View a, View b);
bool equal(View a, View b);
Num neg(View a);
Num abs(View a);

// ---- arithmetic -------------------------------------------------------------------------------
Num add(View a, View b);
Num sub(View a, View b);
Num mul(View a, View b);
Num add_small(View a, int64_t b);
Num mul_small(View a, uint32_t b);
// Floor division: q rounds toward -inf, r has the divisor's sign (q or r may be null).
Status divmod(View a, View b, Num* q, Num* r);
// Truncating division (C semantics), for callers that need it.
Status divmod_trunc(View a, View b, Num* q, Num* r);
// a / b correctly rounded to a double (round-half-even), like CPython's int/int.
// ZeroDivision: "division by zero"; Overflow: "integer division result too large for a float".
Status truediv(View a, View b, double* out);
// base ** exp for exp >= 0. Memory if the result would exceed kMaxBits.
Status pow(View base, uint64_t exp, Num* out);
// pow(base, exp, mod). exp may be negative (modular inverse). The result has mod's sign.
// ZeroDivision for mod == 0 (CPython: ValueError "pow() 3rd argument cannot be 0");
// NotInvertible: ValueError "base is not invertible for the given modulus".
Status powmod(View base, View exp, View mod, Num* out);

// ---- bits -------------------------------------------------------------------------------------
Status lshift(View a, uint64_t n, Num* out);   // Memory if too large
Num rshift(View a, uint64_t n);                // floors for negatives (-1 >> n == -1)
Num bit_and(View a, View b);             // infinite two's complement semantics
Num bit_or(View a, View b);
Num bit_xor(View a, View b);
Num bit_invert(View a);                        // ~a == -a - 1
uint64_t bit_length(View a);                   // of |a|; 0 for 0
uint64_t bit_count(View a);                    // popcount of |a|

// ---- number theory ----------------------------------------------------------------------------
Num gcd(View a, View b);                 // non-negative
Status isqrt(View a, Num* out);                // Negative for a < 0 ("isqrt() argument must be nonnegative")

// ---- text -------------------------------------------------------------------------------------
// Digits in base 2..36 (lowercase), with a leading '-' for negatives, no prefix.
std::string to_string(View a, int base = 10);
// Parses digits only (0-9, a-z, A-Z below base; no sign, prefix, underscore or space).
// Returns false if the text is empty or has a character that is not a digit of the base.
bool from_string(std::string_view digits, int base, Num* out);
// Number of decimal digits of |a| is in [lo, hi] (cheap estimate, hi - lo <= 1), for the
// int_max_str_digits check before converting.
void decimal_digits_bounds(View a, uint64_t* lo, uint64_t* hi);

// ---- floats -----------------------------------------------------------------------------------
// Correctly rounded (half-even). *overflow set if |a| rounds to >= 2^1024
// (CPython: OverflowError "int too large to convert to float").
double to_double(View a, bool* overflow);
// Truncates toward zero. The caller rejects inf/nan before calling.
Num from_double(double d);

// ---- hashing and bytes ------------------------------------------------------------------------
// CPython's hash(int): |a| mod (2^61 - 1) with a's sign; -1 becomes -2.
int64_t hash(View a);
// int.to_bytes. Overflow: OverflowError "int too big to convert";
// Negative (unsigned and a < 0): OverflowError "can't convert negative int to unsigned".
Status to_bytes(View a, size_t length, bool little_endian, bool is_signed, std::string* out);
Num from_bytes(const unsigned char* data, size_t length, bool little_endian, bool is_signed);

// ---- size estimates (for MemoryError before computing) ----------------------------------------
// Upper bounds on the bit length of results; saturate at UINT64_MAX.
uint64_t pow_result_bits(View base, uint64_t exp);
uint64_t mul_result_bits(View a, View b);
uint64_t lshift_result_bits(View a, uint64_t n);
// Bytes of limb storage for a number of the given bit length.
uint64_t bytes_for_bits(uint64_t bits);

// ---- tuning (exposed for tests and benchmarks) ------------------------------------------------
extern size_t karatsuba_threshold;   // limbs; below it, schoolbook multiplication
extern size_t dc_string_threshold;   // limbs; above it, divide-and-conquer int -> decimal
extern size_t dc_parse_threshold;    // digits; above it, divide-and-conquer decimal -> int

}  // namespace coil::bignum
