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
int64_t to_i64(const Num& a, bool* overflow);    // *overflow = true (and returns 0) if it does not fit
uint64_t to_u64(const Num& a, bool* overflow);   // negative values overflow too
bool fits_i64(const Num& a);
Num from_limbs(int sign, std::vector<uint32_t> mag);  // normalises (strips leading zero limbs)

// ---- comparison and sign ----------------------------------------------------------------------
int compare(const Num& a, const Num& b);           // -1, 0, +1
int compare_abs(const Num& a, const Num& b);
bool equal(const Num& a, const Num& b);
Num neg(const Num& a);
Num abs(const Num& a);

// ---- arithmetic -------------------------------------------------------------------------------
Num add(const Num& a, const Num& b);
Num sub(const Num& a, const Num& b);
Num mul(const Num& a, const Num& b);
Num add_small(const Num& a, int64_t b);
Num mul_small(const Num& a, uint32_t b);
// Floor division: q rounds toward -inf, r has the divisor's sign (q or r may be null).
Status divmod(const Num& a, const Num& b, Num* q, Num* r);
// Truncating division (C semantics), for callers that need it.
Status divmod_trunc(const Num& a, const Num& b, Num* q, Num* r);
// a / b correctly rounded to a double (round-half-even), like CPython's int/int.
// ZeroDivision: "division by zero"; Overflow: "integer division result too large for a float".
Status truediv(const Num& a, const Num& b, double* out);
// base ** exp for exp >= 0. Memory if the result would exceed kMaxBits.
Status pow(const Num& base, uint64_t exp, Num* out);
// pow(base, exp, mod). exp may be negative (modular inverse). The result has mod's sign.
// ZeroDivision for mod == 0 (CPython: ValueError "pow() 3rd argument cannot be 0");
// NotInvertible: ValueError "base is not invertible for the given modulus".
Status powmod(const Num& base, const Num& exp, const Num& mod, Num* out);

// ---- bits -------------------------------------------------------------------------------------
Status lshift(const Num& a, uint64_t n, Num* out);   // Memory if too large
Num rshift(const Num& a, uint64_t n);                // floors for negatives (-1 >> n == -1)
Num bit_and(const Num& a, const Num& b);             // infinite two's complement semantics
Num bit_or(const Num& a, const Num& b);
Num bit_xor(const Num& a, const Num& b);
Num bit_invert(const Num& a);                        // ~a == -a - 1
uint64_t bit_length(const Num& a);                   // of |a|; 0 for 0
uint64_t bit_count(const Num& a);                    // popcount of |a|

// ---- number theory ----------------------------------------------------------------------------
Num gcd(const Num& a, const Num& b);                 // non-negative
Status isqrt(const Num& a, Num* out);                // Negative for a < 0 ("isqrt() argument must be nonnegative")

// ---- text -------------------------------------------------------------------------------------
// Digits in base 2..36 (lowercase), with a leading '-' for negatives, no prefix.
std::string to_string(const Num& a, int base = 10);
// Parses digits only (0-9, a-z, A-Z below base; no sign, prefix, underscore or space).
// Returns false if the text is empty or has a character that is not a digit of the base.
bool from_string(std::string_view digits, int base, Num* out);
// Number of decimal digits of |a| is in [lo, hi] (cheap estimate, hi - lo <= 1), for the
// int_max_str_digits check before converting.
void decimal_digits_bounds(const Num& a, uint64_t* lo, uint64_t* hi);

// ---- floats -----------------------------------------------------------------------------------
// Correctly rounded (half-even). *overflow set if |a| rounds to >= 2^1024
// (CPython: OverflowError "int too large to convert to float").
double to_double(const Num& a, bool* overflow);
// Truncates toward zero. The caller rejects inf/nan before calling.
Num from_double(double d);

// ---- hashing and bytes ------------------------------------------------------------------------
// CPython's hash(int): |a| mod (2^61 - 1) with a's sign; -1 becomes -2.
int64_t hash(const Num& a);
// int.to_bytes. Overflow: OverflowError "int too big to convert";
// Negative (unsigned and a < 0): OverflowError "can't convert negative int to unsigned".
Status to_bytes(const Num& a, size_t length, bool little_endian, bool is_signed, std::string* out);
Num from_bytes(const unsigned char* data, size_t length, bool little_endian, bool is_signed);

// ---- size estimates (for MemoryError before computing) ----------------------------------------
// Upper bounds on the bit length of results; saturate at UINT64_MAX.
uint64_t pow_result_bits(const Num& base, uint64_t exp);
uint64_t mul_result_bits(const Num& a, const Num& b);
uint64_t lshift_result_bits(const Num& a, uint64_t n);
// Bytes of limb storage for a number of the given bit length.
uint64_t bytes_for_bits(uint64_t bits);

// ---- tuning (exposed for tests and benchmarks) ------------------------------------------------
extern size_t karatsuba_threshold;   // limbs; below it, schoolbook multiplication
extern size_t dc_string_threshold;   // limbs; above it, divide-and-conquer base conversion

}  // namespace coil::bignum
