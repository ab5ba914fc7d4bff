// type.h - the type object: name, bases, MRO, dict and the C++ slots the VM dispatches through.
#pragma once

#include <cstdint>
#include <string>

#include "vm/co.h"
#include "vm/value.h"

namespace coil {

struct Str;
struct Tuple;
struct Dict;

// Arguments of a call, vectorcall style: n positional values, then one value per keyword name.
struct Args {
  Value* v = nullptr;
  uint32_t n = 0;             // positional count
  Tuple* kwnames = nullptr;   // names of the keyword values that follow the positionals, or null
  uint32_t nkw() const;
  Value kwvalue(uint32_t i) const { return v[n + i]; }
  Str* kwname(uint32_t i) const;
  Value operator[](uint32_t i) const { return v[i]; }
};

using NativeFn = Value (*)(VM&, Args);
using CoNativeFn = Co<Value> (*)(VM&, Args);

enum CompareOp : int { kLT = 0, kLE = 1, kEQ = 2, kNE = 3, kGT = 4, kGE = 5 };

// Binary number operators, in CPython's BINARY_OP argument order (the in-place forms add kInplace).
enum BinOp : int {
  kAdd = 0, kAnd = 1, kFloorDiv = 2, kLShift = 3, kMatMul = 4, kMul = 5, kMod = 6, kOr = 7,
  kPow = 8, kRShift = 9, kSub = 10, kTrueDiv = 11, kXor = 12, kBinOpCount = 13, kInplace = 13
};
enum UnaryOp : int { kNeg = 0, kPos = 1, kInvert = 2, kAbs = 3, kUnaryOpCount = 4 };

using VisitFn = void (*)(Object*, void*);

enum TypeFlags : uint32_t {
  kTypeHeap = 1u << 0,          // created by a class statement or type(); mutable
  kTypeBaseType = 1u << 1,      // may be subclassed
  kTypeHasGC = 1u << 2,         // instances are tracked by the cycle collector
  kTypeAbstract = 1u << 3,
  kTypeIsAbstractSet = 1u << 4,
  kTypeHasFinalizer = 1u << 5,  // has a Python __del__
  kTypeReady = 1u << 6,
  kTypeSequence = 1u << 7,      // for match statements
  kTypeMapping = 1u << 8,
  kTypeBoxed = 1u << 9,         // subclass of int/str/tuple/bytes: instances box a value of the base
  kTypeIntSubclass = 1u << 10,
  kTypeFloatSubclass = 1u << 11,
  kTypeStrSubclass = 1u << 12,
  kTypeTupleSubclass = 1u << 13,
  kTypeBytesSubclass = 1u << 14,
  kTypeListSubclass = 1u << 15,
  kTypeDictSubclass = 1u << 16,
  kTypeExcSubclass = 1u << 17,  // BaseException or a subclass
  kTypeTypeSubclass = 1u << 18, // type or a metaclass
  kTypeImmutable = 1u << 19,    // attributes cannot be set (builtin types)
  kTypeHasWeakrefs = 1u << 20,  // instances can be weakly referenced
  kTypeDisallowInstantiation = 1u << 21,
};

struct NumberSlots {
  Value (*binary[kBinOpCount])(VM&, Value, Value) = {};
  Value (*inplace[kBinOpCount])(VM&, Value, Value) = {};
  Value (*unary[kUnaryOpCount])(VM&, Value) = {};
  Value (*pow3)(VM&, Value, Value, Value) = nullptr;
  Value (*divmod)(VM&, Value, Value) = nullptr;
  Value (*index)(VM&, Value) = nullptr;   // __index__
  Value (*to_int)(VM&, Value) = nullptr;  // __int__
  Value (*to_float)(VM&, Value) = nullptr;  // __float__
};

struct Type : Object {
  const char* cname = "";  // the name for static types (heap types: see name)
  Str* name = nullptr;     // __name__
  Str* qualname = nullptr; // __qualname__
  Type* base = nullptr;    // __base__ (the solid base)
  Tuple* bases = nullptr;  // __bases__
  Tuple* mro = nullptr;    // __mro__
  Dict* dict = nullptr;    // __dict__
  Value doc;               // default __doc__ for static types is a C string (tp_doc)
  const char* cdoc = nullptr;
  uint32_t flags = 0;
  uint32_t version = 0;    // for attribute caches; 0 = invalid, reassigned on change
  uint32_t basicsize = 0;  // size of an instance's C++ struct (without variable part)
  uint32_t itemsize = 0;
  int32_t dict_offset = 0;   // where an instance's Dict* lives (0: instances have no __dict__)
  int32_t slots_offset = 0;  // where __slots__ values start
  int32_t nslots = 0;
  void* subclasses = nullptr;  // std::vector<Type*>* of weakly-held direct subclasses

  // Life cycle
  void (*dealloc)(Object*) = nullptr;
  void (*traverse)(Object*, VisitFn, void*) = nullptr;
  void (*clear)(Object*) = nullptr;
  // Construction: new_ allocates (cls may be a subclass), init initialises.
  Value (*new_)(VM&, Type*, Args) = nullptr;
  bool (*init)(VM&, Value self, Args) = nullptr;
  // Representation and hashing
  Value (*repr)(VM&, Value) = nullptr;
  Value (*str)(VM&, Value) = nullptr;
  bool (*hash)(VM&, Value, int64_t* out) = nullptr;  // null: unhashable
  Value (*richcompare)(VM&, Value, Value, CompareOp) = nullptr;  // may return NotImplemented
  // Attributes (name is always an exact str)
  Value (*getattr)(VM&, Value, Str* name) = nullptr;
  bool (*setattr)(VM&, Value, Str* name, Value v) = nullptr;  // v null: delete
  Value (*descr_get)(VM&, Value self, Value obj, Value type) = nullptr;  // obj null: on a class
  bool (*descr_set)(VM&, Value self, Value obj, Value v) = nullptr;      // v null: delete
  // Calling and iterating
  Value (*call)(VM&, Value callable, Args) = nullptr;
  Value (*iter)(VM&, Value) = nullptr;
  Value (*next)(VM&, Value) = nullptr;  // returns Value::iter_done() when exhausted
  // Containers
  int (*truth)(VM&, Value) = nullptr;         // 1, 0, or -1 on error
  int64_t (*len)(VM&, Value) = nullptr;       // -1 on error
  Value (*getitem)(VM&, Value, Value) = nullptr;
  bool (*setitem)(VM&, Value, Value key, Value v) = nullptr;  // v null: delete
  int (*contains)(VM&, Value, Value) = nullptr;  // 1, 0, -1
  // Sequences: `+` and `*` when the number slots decline (CPython's sq_concat / sq_repeat)
  Value (*concat)(VM&, Value, Value) = nullptr;
  Value (*repeat)(VM&, Value, int64_t) = nullptr;
  NumberSlots* number = nullptr;
  // Methods, getters and members described by tables (filled at start-up into dict)
  const struct MethodDef* methods = nullptr;
  const struct GetSetDef* getsets = nullptr;
  const struct MemberDef* members = nullptr;
};

// A table entry for a builtin method.
enum MethodFlags : uint32_t {
  kMethPlain = 0,      // fn(vm, args) with args[0] = self
  kMethCo = 1,         // cofn: may call back into Python suspendably
  kMethClass = 2,      // classmethod: args[0] is the class
  kMethStatic = 4,     // staticmethod: no self
  kMethNoKw = 8,       // keyword arguments rejected
};
struct MethodDef {
  const char* name;
  NativeFn fn;
  uint32_t flags;
  const char* doc;
  CoNativeFn cofn;
};

struct GetSetDef {
  const char* name;
  Value (*get)(VM&, Value self);
  bool (*set)(VM&, Value self, Value v);  // v null: delete; null setter: read-only
  const char* doc;
};

enum MemberKind : uint8_t { kMemberObject, kMemberObjectReadOnly, kMemberInt64, kMemberBool, kMemberSlot };
struct MemberDef {
  const char* name;
  MemberKind kind;
  uint32_t offset;
  const char* doc;
};

inline bool type_has(const Type* t, uint32_t f) { return (t->flags & f) != 0; }

// The name type reprs and messages show: "int", "collections.deque", "__main__.C" (objects/object.cpp).
std::string type_qualified_name(Type* t);

}  // namespace coil
