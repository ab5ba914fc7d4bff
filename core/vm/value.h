// value.h - the Python value word: a tagged small int or a pointer to a reference-counted Object.
#pragma once

#include <cstddef>
#include <cstdint>

namespace coil {

struct Object;
struct Type;
struct VM;

// A Value is one 64-bit word:
//   bits == 0            : no value ("null"): an exception is set in the VM (the error return)
//   bits & 1             : a small int, value = (int64)bits >> 1   (63-bit range)
//   bits == kIterDoneBits: an iterator is exhausted (never stored in Python-visible places)
//   bits == kPendingBits : a native pushed a frame; the VM delivers the result later
//   otherwise            : an Object* (objects are at least 8-byte aligned)
class Value {
 public:
  static constexpr uint64_t kIterDoneBits = 2;
  static constexpr uint64_t kPendingBits = 4;
  static constexpr int64_t kSmallMax = (int64_t(1) << 62) - 1;
  static constexpr int64_t kSmallMin = -(int64_t(1) << 62);

  constexpr Value() : bits_(0) {}
  Value(Object* o) : bits_(reinterpret_cast<uintptr_t>(o)) {}  // NOLINT: implicit on purpose
  Value(std::nullptr_t) : bits_(0) {}                           // NOLINT

  static Value from_bits(uint64_t b) { Value v; v.bits_ = b; return v; }
  static Value small(int64_t i) { return from_bits((uint64_t(i) << 1) | 1); }
  static bool fits_small(int64_t i) { return i >= kSmallMin && i <= kSmallMax; }
  static Value iter_done() { return from_bits(kIterDoneBits); }
  static Value pending() { return from_bits(kPendingBits); }

  uint64_t bits() const { return bits_; }
  bool is_null() const { return bits_ == 0; }
  explicit operator bool() const { return bits_ != 0; }
  bool is_small() const { return bits_ & 1; }
  int64_t small_value() const { return int64_t(bits_) >> 1; }
  bool is_iter_done() const { return bits_ == kIterDoneBits; }
  bool is_pending() const { return bits_ == kPendingBits; }
  bool is_special() const { return bits_ == kIterDoneBits || bits_ == kPendingBits; }
  bool is_obj() const { return bits_ != 0 && !(bits_ & 7); }
  Object* obj() const { return reinterpret_cast<Object*>(static_cast<uintptr_t>(bits_)); }
  template <class T> T* as() const { return reinterpret_cast<T*>(static_cast<uintptr_t>(bits_)); }

  bool operator==(Value o) const { return bits_ == o.bits_; }
  bool operator!=(Value o) const { return bits_ != o.bits_; }

 private:
  uint64_t bits_;
};

// Every heap object starts with this header.
struct Object {
  uint32_t refcount;
  uint32_t gc_index;  // bits 0-29: position in the cycle collector's list, or kUntracked;
                      // bit 30: weak references to this object exist;
                      // bit 31: __del__ already ran (finalizers run once, PEP 442)
  Type* type;
  static constexpr uint32_t kUntracked = 0x3fffffffu;
  static constexpr uint32_t kWeakrefBit = 0x40000000u;
  static constexpr uint32_t kFinalizedBit = 0x80000000u;
  uint32_t gc_slot() const { return gc_index & kUntracked; }
};

void dealloc_object(Object* o);  // refcount reached zero (vm/heap.cpp)

inline void incref(Object* o) { ++o->refcount; }
inline void decref(Object* o) {
  if (--o->refcount == 0) dealloc_object(o);
}
inline void incref(Value v) {
  if (v.is_obj()) ++v.obj()->refcount;
}
inline void decref(Value v) {
  if (v.is_obj()) decref(v.obj());
}
inline void xdecref(Object* o) {
  if (o) decref(o);
}
// Returns v with a new reference (for "return borrowed as owned").
inline Value newref(Value v) {
  incref(v);
  return v;
}
template <class T> inline T* newref(T* o) {
  incref(static_cast<Object*>(o));
  return o;
}

// An owning reference for C++ code outside the hot paths: decrefs on destruction.
class Ref {
 public:
  Ref() = default;
  explicit Ref(Value v) : v_(v) {}  // takes ownership
  Ref(const Ref& o) : v_(o.v_) { incref(v_); }
  Ref(Ref&& o) noexcept : v_(o.v_) { o.v_ = Value(); }
  Ref& operator=(Ref o) noexcept {
    Value t = v_;
    v_ = o.v_;
    o.v_ = t;
    return *this;
  }
  ~Ref() { decref(v_); }
  static Ref borrow(Value v) { return Ref(newref(v)); }
  Value get() const { return v_; }
  Value release() {
    Value t = v_;
    v_ = Value();
    return t;
  }
  void reset(Value v = Value()) {
    Value t = v_;
    v_ = v;
    decref(t);
  }
  explicit operator bool() const { return bool(v_); }
  Object* obj() const { return v_.obj(); }
  template <class T> T* as() const { return v_.as<T>(); }

 private:
  Value v_;
};

}  // namespace coil
