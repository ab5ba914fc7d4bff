// int.h - the int type: small ints live in the Value word, larger ones are BigInt objects.
#pragma once

#include <string>

#include "objects/type.h"

namespace coil {

namespace bignum {
struct Num;
}

extern Type IntType;
extern Type BoolType;

// Sign and magnitude; digits are base 2^32, least significant first, no leading zero digits.
// A BigInt never holds a value that fits a small int (the VM normalises results), except
// when it is the payload of a bool or of an int subclass instance.
struct BigInt : Object {
  int32_t sign;     // -1, 0, +1
  uint32_t ndigits;
  uint32_t digits[1];
};

// Instances of subclasses of int (and True/False) carry their value here.
struct IntSubclassObject : Object {
  Value value;  // a small int or an exact BigInt
  // followed by the heap type's __dict__ pointer and slots
};

inline bool is_int_exact(Value v) { return v.is_small() || (v.is_obj() && v.obj()->type == &IntType); }
bool is_int(Value v);           // int, bool or a subclass
Value int_value(Value v);       // for any int (incl. bool/subclass): the plain small or BigInt value (borrowed)
inline bool is_bool(Value v) { return v.is_obj() && v.obj()->type == &BoolType; }

Value int_from_i64(int64_t i);
Value int_from_u64(uint64_t u);
Value int_from_double(VM& vm, double d);  // raises OverflowError/ValueError for inf/nan
// Parses Python int syntax (optional sign, underscores, base prefixes when base is 0 or matches).
// Returns null Value without raising if the text is invalid (the caller formats the error).
Value int_from_string(std::string_view text, int base, bool* ok);
// Converts the int to int64; *overflow set when it does not fit.
int64_t int_as_i64(Value v, bool* overflow);
double int_as_double(Value v, bool* overflow);
std::string int_to_string(Value v, int base = 10);  // plain digits with '-' (no prefix)
bool int_fits_i64(Value v);
int int_sign(Value v);
int int_compare(Value a, Value b);  // both ints

// Arithmetic on exact int values; null Value + MemoryError/ZeroDivisionError/... on error.
Value int_add(VM& vm, Value a, Value b);
Value int_sub(VM& vm, Value a, Value b);
Value int_mul(VM& vm, Value a, Value b);
Value int_floordiv(VM& vm, Value a, Value b);
Value int_mod(VM& vm, Value a, Value b);
Value int_divmod(VM& vm, Value a, Value b);
Value int_truediv(VM& vm, Value a, Value b);
Value int_pow(VM& vm, Value a, Value b, Value mod);  // mod may be null
Value int_neg(VM& vm, Value a);
Value int_abs(VM& vm, Value a);
Value int_invert(VM& vm, Value a);
Value int_lshift(VM& vm, Value a, Value b);
Value int_rshift(VM& vm, Value a, Value b);
Value int_and(VM& vm, Value a, Value b);
Value int_or(VM& vm, Value a, Value b);
Value int_xor(VM& vm, Value a, Value b);
int64_t int_hash(Value v);
uint64_t int_bit_length(Value v);
uint64_t int_bit_count(Value v);  // popcount of |v|

// Conversions between int values and the bignum library (int_core.cpp).
Value int_from_num(const bignum::Num& n);  // null only when out of memory (no exception set)
bignum::Num int_to_num(Value v);           // any int (incl. bool/subclass)
void bigint_free(Object* o);              // dealloc of an exact BigInt

// The int <-> decimal str digit limit (sys.set_int_max_str_digits; 0 = no limit).
extern int64_t g_int_max_str_digits;
constexpr int64_t kIntMaxStrDigitsThreshold = 640;  // the smallest non-zero limit
// Raises ValueError "Exceeds the limit (4300 digits) for integer string conversion; ..." if the
// decimal form of v would exceed the limit (returns false).
bool int_check_str_digits(VM& vm, Value v);
// str(v) for any int value (the exact int's decimal digits), with the limit check: new Str or null.
Value int_to_decimal_str(VM& vm, Value v);
// int(x) for one argument (CPython's PyNumber_Long): __int__, __index__, __trunc__, str/bytes parsing.
Value int_of(VM& vm, Value x);
// int(text, base) for a str, bytes or bytearray `text` (base 0 or 2..36; the caller checks it).
Value int_from_text_object(VM& vm, Value text, int base);

extern Object* g_true;
extern Object* g_false;
inline Value bool_value(bool b) { return Value(b ? g_true : g_false); }
inline Value new_bool(bool b) { Object* o = b ? g_true : g_false; incref(o); return Value(o); }

}  // namespace coil
