// bytes.h - bytes, bytearray and memoryview: byte strings and the buffer helper every native uses.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/type.h"

namespace coil {

extern Type BytesType;
extern Type ByteArrayType;
extern Type MemoryViewType;
extern Type BytesIterType;       // "bytes_iterator"
extern Type ByteArrayIterType;   // "bytearray_iterator"
extern Type MemoryViewIterType;  // "memory_iterator"

// Immutable bytes; data holds size bytes followed by a NUL.
struct Bytes : Object {
  int64_t size;
  int64_t hash;  // -1 until computed
  char data[1];
  std::string_view view() const { return std::string_view(data, size_t(size)); }
};

// Construction (new references; null without an exception set only when the size is absurd or
// over the memory limit: callers raise MemoryError; bytes_from does it for them).
Bytes* bytes_new(const char* data, int64_t n);
Bytes* bytes_alloc(int64_t n);  // uninitialised data of n bytes (NUL-terminated)
Bytes* bytes_empty();
Value bytes_from(VM& vm, const char* data, int64_t n);  // new ref or null + MemoryError
inline Value bytes_from(VM& vm, std::string_view s) { return bytes_from(vm, s.data(), int64_t(s.size())); }

inline bool is_bytes_exact(Value v) { return v.is_obj() && v.obj()->type == &BytesType; }
bool is_bytes(Value v);      // bytes or a subclass
Bytes* as_bytes(Value v);    // the Bytes of a bytes or bytes-subclass instance (borrowed)
int64_t bytes_hash(Bytes* b);

// A mutable byte array. `exports` counts live memoryviews: while > 0 it cannot be resized.
struct ByteArray : Object {
  int64_t size;
  int64_t capacity;
  char* data;  // heap_alloc'ed (capacity + 1 bytes, NUL after size), or null when capacity == 0
  int64_t exports;
};

bool is_bytearray(Value v);  // bytearray or a subclass
ByteArray* bytearray_new(VM& vm, const char* data, int64_t n);  // exact bytearray; null + MemoryError
// Changes the size (keeps the prefix; new bytes are uninitialised). BufferError if exported.
bool bytearray_resize(VM& vm, ByteArray* b, int64_t n);

bool is_memoryview(Value v);
// bytes or bytearray (or a subclass): what ord() and most "bytes-like" checks accept (not memoryview).
inline bool is_bytes_like(Value v) { return is_bytes(v) || is_bytearray(v); }

// The buffer protocol, reduced to what Coil needs: bytes, bytearray and memoryview (format 'B').
// True if obj exposes bytes (never raises).
bool has_buffer(Value obj);
// Borrowed pointer to the bytes of obj, valid while obj is alive and not resized. Raises
// TypeError "a bytes-like object is required, not 'str'" for other objects, ValueError for a
// released memoryview and BufferError for a non-contiguous memoryview slice.
bool get_buffer(VM& vm, Value obj, const char** data, int64_t* size);
// The same, but a non-contiguous memoryview is copied into *scratch (then data points there).
bool get_buffer(VM& vm, Value obj, const char** data, int64_t* size, std::string* scratch);

}  // namespace coil
