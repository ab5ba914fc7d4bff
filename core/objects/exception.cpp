// exception.cpp - BaseException and the builtin exception hierarchy of Python 3.11 (construction,
// repr/str, chaining attributes, notes, and the per-family attributes of OSError, SyntaxError,
// ImportError, the Unicode errors and exception groups).
//
// Sections:
//   1. helpers and allocation
//   2. BaseException (slots, getsets, methods)
//   3. per-family types (StopIteration, SystemExit, ImportError, AttributeError, NameError,
//      OSError, SyntaxError, KeyError, Unicode errors)
//   4. exception groups (new, str, derive/split/subgroup)
//   5. type set-up and exception_new
#include <cinttypes>
#include <cstddef>
#include <cstdio>
#include <string>

#include "vm/runtime.h"
#include "vm/slots.h"
#include "vm/traceback.h"

namespace coil {

#define COIL_DEFINE_EXC(name, base) Type name##Type;
COIL_EXCEPTION_TYPES(COIL_DEFINE_EXC)
#undef COIL_DEFINE_EXC

Object* instance_alloc(VM& vm, Type* type);  // objects/object.cpp

// ============================================================== 1. helpers and allocation

bool is_exception_class(Value v) { return is_type(v) && type_has(v.as<Type>(), kTypeExcSubclass); }

bool is_exception_group(Value v) {
  return v.is_obj() && is_exception_instance(v) && is_subtype(v.obj()->type, &BaseExceptionGroupType);
}

void exception_set_traceback(BaseException* e, Value tb) {
  Value old = e->traceback;
  e->traceback = (tb && !is_none(tb)) ? newref(tb) : Value();
  decref(old);
}

void exception_set_context(BaseException* e, Value ctx) {
  Value old = e->context;
  e->context = (ctx && !is_none(ctx)) ? newref(ctx) : Value();
  decref(old);
}

void exception_set_cause(BaseException* e, Value cause) {
  Value old = e->cause;
  e->cause = (cause && !is_none(cause)) ? newref(cause) : Value();
  e->suppress_context = 1;
  decref(old);
}

namespace {

constexpr uint32_t extra_offset(int i) {
  return uint32_t(offsetof(BaseException, extra) + sizeof(Value) * uint32_t(i));
}

inline void set_extra(BaseException* e, int i, Value v) {  // v borrowed (null allowed)
  Value old = e->extra[i];
  e->extra[i] = v ? newref(v) : Value();
  decref(old);
}

inline Value extra_or_none(BaseException* e, int i) { return e->extra[i] ? newref(e->extra[i]) : new_none(); }

// BaseException_new: allocates an instance of `type` (maybe a subclass) with args = the positional args.
BaseException* exc_alloc(VM& vm, Type* type, Tuple* args) {
  Object* o = instance_alloc(vm, type);
  if (!o) return nullptr;
  BaseException* e = static_cast<BaseException*>(o);
  e->args = args ? newref(args) : tuple_empty();
  return e;
}

Tuple* positional_tuple(Args a) { return tuple_from_array(a.v, a.n); }

bool no_keywords(VM& vm, Value self, Args a) {
  if (a.nkw()) {
    raisef(vm, &TypeErrorType, "%s() takes no keyword arguments", tname(self));
    return false;
  }
  return true;
}

void set_args(BaseException* e, Args a) {
  Tuple* t = positional_tuple(a);
  Tuple* old = e->args;
  e->args = t;
  xdecref(old);
}

// str() of a value as std::string (null + error on failure).
bool str_text(VM& vm, Value v, std::string* out) {
  Value s = str_of(vm, v);
  if (!s) return false;
  *out = std::string(as_str(s)->view());
  decref(s);
  return true;
}

bool repr_text(VM& vm, Value v, std::string* out) {
  Value s = repr(vm, v);
  if (!s) return false;
  *out = std::string(as_str(s)->view());
  decref(s);
  return true;
}

int64_t tuple_size(Tuple* t) { return t ? t->size : 0; }

}  // namespace

// ============================================================== 2. BaseException

namespace {

Value base_new(VM& vm, Type* type, Args a) {
  Tuple* args = positional_tuple(a);
  BaseException* e = exc_alloc(vm, type, args);
  decref(args);
  return e ? Value(e) : Value();
}

bool base_init(VM& vm, Value self, Args a) {
  if (!no_keywords(vm, self, a)) return false;
  set_args(as_exc(self), a);
  return true;
}

void exc_clear(Object* o) {
  BaseException* e = static_cast<BaseException*>(o);
  Dict* d = e->dict;
  e->dict = nullptr;
  xdecref(d);
  Tuple* args = e->args;
  e->args = nullptr;
  xdecref(args);
  Value vals[3] = {e->traceback, e->context, e->cause};
  e->traceback = e->context = e->cause = Value();
  for (Value v : vals) decref(v);
  for (Value& x : e->extra) {
    Value v = x;
    x = Value();
    decref(v);
  }
}

void exc_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  exc_clear(o);
  generic_dealloc(o);
}

void exc_traverse(Object* o, VisitFn visit, void* arg) {
  BaseException* e = static_cast<BaseException*>(o);
  // Heap subclasses: subtype_traverse already visited the dict (same dict_offset).
  if (e->dict && !type_has(o->type, kTypeHeap)) visit(e->dict, arg);
  if (e->args) visit(e->args, arg);
  for (Value v : {e->traceback, e->context, e->cause})
    if (v.is_obj()) visit(v.obj(), arg);
  for (Value v : e->extra)
    if (v.is_obj()) visit(v.obj(), arg);
}

Value base_repr(VM& vm, Value self) {
  BaseException* e = as_exc(self);
  std::string name = type_name(type_of(self));
  std::string inner;
  if (tuple_size(e->args) == 1) {
    if (!repr_text(vm, e->args->items[0], &inner)) return Value();
    return Value(str_new(name + "(" + inner + ")"));
  }
  Tuple* args = e->args ? e->args : tuple_empty();
  bool ok = repr_text(vm, Value(args), &inner);
  if (!e->args) decref(args);
  if (!ok) return Value();
  return Value(str_new(name + inner));
}

Value base_str(VM& vm, Value self) {
  BaseException* e = as_exc(self);
  switch (tuple_size(e->args)) {
    case 0:
      return Value(str_empty());
    case 1:
      return str_of(vm, e->args->items[0]);
    default:
      return str_of(vm, Value(e->args));
  }
}

// --- getsets

Value get_args(VM&, Value self) {
  BaseException* e = as_exc(self);
  return e->args ? newref(Value(e->args)) : Value(tuple_empty());
}

bool set_args_attr(VM& vm, Value self, Value v) {
  if (!v) {
    raise(vm, &TypeErrorType, "args may not be deleted");
    return false;
  }
  Tuple* t = tuple_from_iterable(vm, v);
  if (!t) return false;
  BaseException* e = as_exc(self);
  Tuple* old = e->args;
  e->args = t;
  xdecref(old);
  return true;
}

Value get_traceback(VM&, Value self) { return extra_or_none_v(as_exc(self)->traceback); }

}  // namespace
}  // namespace coil
