// function.h - code objects, functions, cells, bound methods and builtin functions/descriptors.
#pragma once

#include "objects/type.h"

namespace coil {

struct Str;
struct Tuple;
struct Dict;

extern Type CodeType;
extern Type FunctionType;
extern Type CellType;
extern Type MethodType;            // bound method of a Python function (or any callable)
extern Type BuiltinFunctionType;   // builtin_function_or_method
extern Type MethodDescriptorType;  // method_descriptor (unbound builtin method)
extern Type ClassMethodDescriptorType;
extern Type WrapperDescriptorType; // slot wrapper (e.g. int.__add__, object.__init__)
extern Type MethodWrapperType;     // bound slot wrapper
extern Type GetSetDescriptorType;
extern Type MemberDescriptorType;
extern Type StaticMethodType;
extern Type ClassMethodType;
extern Type PropertyType;

// Code flags (CPython's values).
enum CodeFlags : uint32_t {
  kCoOptimized = 0x1, kCoNewLocals = 0x2, kCoVarargs = 0x4, kCoVarkeywords = 0x8,
  kCoNested = 0x10, kCoGenerator = 0x20, kCoNoFree = 0x40, kCoCoroutine = 0x80,
  kCoIterableCoroutine = 0x100, kCoAsyncGenerator = 0x200,
  // Calls to such code need more than copying the positional arguments into a fresh frame.
  kCoComplexCall = kCoVarargs | kCoVarkeywords | kCoGenerator | kCoCoroutine | kCoAsyncGenerator,
};

// Kinds of the "localsplus" slots (a slot can be a local and a cell: an argument captured by a closure).
enum LocalKind : uint8_t { kLocal = 0x20, kCell = 0x40, kFree = 0x80, kArgument = 0x08 };

// Source position of one instruction word; columns are UTF-8 byte offsets, -1 when unknown.
struct Position {
  int32_t line = -1, end_line = -1;
  int32_t col = -1, end_col = -1;
};

struct ExceptionTableEntry {
  uint32_t start, end;  // covered instruction words [start, end)
  uint32_t target;      // handler
  uint16_t depth;       // stack depth to unwind to
  uint16_t lasti;       // push the offset of the raising instruction too
};

// An inline cache slot used by attribute and global lookups.
struct CacheEntry {
  uint64_t key1 = 0, key2 = 0;
  Object* value = nullptr;  // borrowed: validity is guaranteed by the keys
  uint32_t index = 0;
  uint32_t aux = 0;
};

struct Code : Object {
  uint32_t* words;
  uint32_t nwords;
  uint32_t flags;
  int32_t argcount, posonlyargcount, kwonlyargcount;
  int32_t nlocalsplus;   // locals + cells + frees
  int32_t nlocals;       // plain locals (co_nlocals)
  int32_t ncellvars, nfreevars;
  int32_t stacksize;
  int32_t firstlineno;
  Tuple* consts;
  Tuple* names;
  Tuple* localsplusnames;
  uint8_t* localspluskinds;
  Str* name;
  Str* qualname;
  Str* filename;
  Position* positions;  // one per word
  ExceptionTableEntry* exctable;
  uint32_t nexc;
  CacheEntry* caches;
  uint32_t ncaches;
  Value docstring;  // first constant if it is a docstring, else None
};

struct Function : Object {
  Code* code;
  Dict* globals;
  Dict* builtins;
  Str* name;
  Str* qualname;
  Value module;       // __module__
  Tuple* defaults;    // or null
  Dict* kwdefaults;   // or null
  Tuple* closure;     // tuple of cells, or null
  Value doc;
  Dict* dict;         // __dict__, created lazily
  Value annotations;  // dict or null
  uint32_t version;
};

struct Cell : Object {
  Value contents;  // null when empty
};

struct Method : Object {
  Value func;
  Value self;
};

// A builtin function (module-level) or a builtin method bound to its object.
struct BuiltinFunction : Object {
  const MethodDef* def;
  Value self;      // the bound object, the module, or null
  Value module;    // __module__ name or null
  bool pass_self;  // self is passed as the first argument (a bound method), not a module function
};

// An unbound builtin method in a type's dict (e.g. list.append), or a class method descriptor.
struct MethodDescriptor : Object {
  const MethodDef* def;
  Type* owner;
};

// A slot wrapper: exposes a C++ slot as a dunder method (int.__add__, object.__repr__, ...).
struct WrapperDescriptor : Object {
  Type* owner;
  Str* name;
  int kind;        // which slot (see vm/slots.h)
  void* slot;      // the C++ function pointer wrapped
};
struct MethodWrapper : Object {
  WrapperDescriptor* descr;
  Value self;
};

struct GetSetDescriptor : Object {
  const GetSetDef* def;
  Type* owner;
};
struct MemberDescriptor : Object {
  const MemberDef* def;
  Type* owner;
  Str* name;   // for __slots__ members
  uint32_t offset;
  uint8_t kind;
};

struct StaticMethod : Object {
  Value callable;
  Dict* dict;
};
struct ClassMethod : Object {
  Value callable;
  Dict* dict;
};
struct Property : Object {
  Value fget, fset, fdel, doc;
  Str* name;  // from __set_name__
  bool getter_doc;
};

Cell* cell_new(Value contents);  // increfs contents (may be null)
Method* method_new(Value func, Value self);
BuiltinFunction* builtin_function_new(const MethodDef* def, Value self, Value module, bool pass_self = true);

}  // namespace coil
