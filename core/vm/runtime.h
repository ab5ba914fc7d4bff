// runtime.h - convenience include for core .cpp files: every object header and the VM protocols.
#pragma once

#include "objects/dict.h"
#include "objects/exception.h"
#include "objects/float.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/errors.h"
#include "vm/heap.h"
#include "vm/names.h"
#include "vm/ops.h"
#include "vm/vm.h"

namespace coil {

// Type set-up (objects/type_core.cpp)
void type_ready(Type* t);           // finish a static builtin type
void type_modified(Type* t);        // its dict changed: invalidate caches of t and subclasses
Type* best_base(VM& vm, Tuple* bases);
bool mro_compute(VM& vm, Type* t);  // C3 linearisation into t->mro
void type_add_subclass(Type* base, Type* sub);
void type_remove_subclass(Type* base, Type* sub);
// Static type registration: every builtin type calls this from its init function.
void static_type_init(Type* t, const char* name, uint32_t basicsize, Type* base, uint32_t flags);

// Deallocation helpers for builtin types
void generic_dealloc(Object* o);  // frees o->type->basicsize bytes
void dict_free_storage(Dict* d);
void str_free(Str* s);

// Iteration helpers used by natives: calls fn(item) for each item of any iterable (nested runs
// for Python iterators). fn returns false to stop with an error.
template <class F> bool for_each_item(VM& vm, Value iterable, F&& fn);

// Builds a list/tuple from any iterable (new ref or null).
List* list_from_iterable(VM& vm, Value iterable);
Tuple* tuple_from_iterable(VM& vm, Value iterable);

// Argument parsing for natives. `spec` is a CPython-like signature: names separated by commas,
// "/" ends positional-only, "*" starts keyword-only, "|" marks the first optional one.
// Example: parse_args(vm, args, "sort", "|*,key,reverse", out) fills out[] (borrowed; null if absent).
bool parse_args(VM& vm, Args args, const char* fname, const char* spec, Value* out);
bool no_kwargs(VM& vm, Args args, const char* fname);
bool check_nargs(VM& vm, Args args, const char* fname, uint32_t min, uint32_t max);

template <class F> bool for_each_item(VM& vm, Value iterable, F&& fn) {
  Value it = get_iter(vm, iterable);
  if (!it) return false;
  for (;;) {
    Value item = iter_next(vm, it);
    if (item.is_iter_done()) break;
    if (!item) {
      decref(it);
      return false;
    }
    bool ok = fn(item);
    decref(item);
    if (!ok) {
      decref(it);
      return false;
    }
  }
  decref(it);
  return true;
}

}  // namespace coil
