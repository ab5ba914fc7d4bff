// bytes_impl.h - internals shared by bytes.cpp, bytearray.cpp, memoryview.cpp and bytes_methods.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/bytes.h"
#include "objects/slice.h"
#include "objects/type.h"

namespace coil {

namespace bimpl {

struct BView {
  const char* p;
  int64_t n;
  std::string_view sv() const { return std::string_view(p, size_t(n)); }
};

// self is a bytes/bytearray (or subclass) instance: its bytes.
BView self_view(Value self);
inline bool self_is_ba(Value self) { return is_bytearray(self); }
// A new bytes (ba false) or bytearray (ba true) with the given content.
Value make_result(VM& vm, bool ba, const char* p, int64_t n);
inline Value make_result(VM& vm, bool ba, std::string_view s) { return make_result(vm, ba, s.data(), int64_t(s.size())); }

// The arguments after self (for parse_args, whose spec never names self).
inline Args without_self(Args a) { return Args{a.v + 1, a.n - 1, a.kwnames}; }

// Argument helpers with CPython's messages.
bool arg_buffer(VM& vm, Value v, BView* out, std::string* scratch);  // "a bytes-like object is required, not 'X'"
// _getbytevalue: an index in range(0, 256), else "byte must be in range(0, 256)".
bool byte_value(VM& vm, Value v, int* out, const char* range_msg = "byte must be in range(0, 256)");
bool as_cint(VM& vm, Value v, int* out);       // __index__, OverflowError "... to C int"
// Arity checks (self excluded from the counts); all reject keywords with "bytes.name() takes no
// keyword arguments" (the type part is "bytes", "bytearray" or "memoryview" after a[0]).
bool noargs(VM& vm, Args a, const char* name);                                     // METH_NOARGS
bool check_meth_o(VM& vm, Args a, const char* name);                               // METH_O
bool check_positional(VM& vm, Args a, const char* name, uint32_t min, uint32_t max);  // clinic
bool check_varargs(VM& vm, Args a, const char* name, uint32_t min, uint32_t max);     // PyArg_ParseTuple
bool check_no_kwargs(VM& vm, Args a, const char* name);
const char* family_name(Value self);  // "bytes", "bytearray", "memoryview" (classes too)

// Construction: the bytes of bytes(x)/bytearray(x) for an x that is not a str and not an int
// (buffers, lists/tuples/iterables of ints); `what` names the type in the error messages.
bool bytes_from_iterable_or_buffer(VM& vm, Value x, bool ba, std::string* out);

// repr text: b'...' with CPython's quote choice and escapes.
std::string bytes_repr_text(const char* p, int64_t n);

// hex(sep, bytes_per_sep) for bytes, bytearray and memoryview (sep/bps may be null).
Value hex_method(VM& vm, const char* p, int64_t n, Value sep, Value bytes_per_sep);

// bytes % args (bytes_format.cpp): returns bytes or bytearray (ba) or null + error.
Value percent_format(VM& vm, const char* fmt, int64_t n, Value args, bool ba);

// Shared method implementations (bytes_methods.cpp); a[0] is self (or the class for fromhex).
#define COIL_BYTES_SHARED_METHODS(X)                                                        \
  X("capitalize", capitalize, kMethPlain) X("center", center, kMethPlain)                     \
  X("count", count, kMethPlain) X("decode", decode, kMethPlain)                              \
  X("endswith", endswith, kMethPlain) X("expandtabs", expandtabs, kMethPlain)                \
  X("find", find, kMethPlain) X("fromhex", fromhex, kMethClass)                  \
  X("hex", hex, kMethPlain) X("index", index, kMethPlain) X("isalnum", isalnum, kMethPlain)   \
  X("isalpha", isalpha, kMethPlain) X("isascii", isascii, kMethPlain)                         \
  X("isdigit", isdigit, kMethPlain) X("islower", islower, kMethPlain)                         \
  X("isspace", isspace, kMethPlain) X("istitle", istitle, kMethPlain)                         \
  X("isupper", isupper, kMethPlain) X("join", join, kMethPlain) X("ljust", ljust, kMethPlain)  \
  X("lower", lower, kMethPlain) X("lstrip", lstrip, kMethPlain)                               \
  X("maketrans", maketrans, kMethStatic) X("partition", partition, kMethPlain)   \
  X("removeprefix", removeprefix, kMethPlain) X("removesuffix", removesuffix, kMethPlain)     \
  X("replace", replace, kMethPlain) X("rfind", rfind, kMethPlain)                             \
  X("rindex", rindex, kMethPlain) X("rjust", rjust, kMethPlain)                               \
  X("rpartition", rpartition, kMethPlain) X("rsplit", rsplit, kMethPlain)                    \
  X("rstrip", rstrip, kMethPlain) X("split", split, kMethPlain)                              \
  X("splitlines", splitlines, kMethPlain) X("startswith", startswith, kMethPlain)            \
  X("strip", strip, kMethPlain) X("swapcase", swapcase, kMethPlain) X("title", title, kMethPlain) \
  X("translate", translate, kMethPlain) X("upper", upper, kMethPlain) X("zfill", zfill, kMethPlain)

#define COIL_BYTES_DECLARE(name, fn, flags) Value m_##fn(VM& vm, Args a);
COIL_BYTES_SHARED_METHODS(COIL_BYTES_DECLARE)
#undef COIL_BYTES_DECLARE

// The MethodDef entries of the shared methods, for a type's method table.
#define COIL_BYTES_METHOD_DEF(name, fn, flags) {name, bimpl::m_##fn, uint32_t(flags), nullptr, nullptr},

// Search helpers used by contains slots.
int64_t find_in(BView hay, BView needle);  // -1 if absent

}  // namespace bimpl

// `arg in <bytes>` for any byte view (bytes.cpp): an int in range(256) or a bytes-like needle.
int bytes_contains_view(VM& vm, const char* p, int64_t n, Value arg);

}  // namespace coil
