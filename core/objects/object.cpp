// object.cpp - the `object` type: the root of every class (construction, repr, identity, __class__).
#include <cinttypes>
#include <cstdio>
#include <cstring>

#include "objects/generator.h"
#include "vm/finalize.h"
#include "vm/runtime.h"
#include "vm/slots.h"
#include "vm/weakref.h"

namespace coil {

// -------------------------------------------------------------------------- allocation

Object* instance_alloc(VM& vm, Type* type) {
  Object* o = object_alloc(type, type->basicsize);
  if (!o) {
    raise_memory_error(vm);
    return nullptr;
  }
  if (type_has(type, kTypeHasGC)) gc_track(o);
  return o;
}

// Deallocation of instances of classes defined in Python.
void subtype_dealloc(Object* o) {
  Type* t = o->type;
  if (type_has(t, kTypeHasFinalizer) && !(o->gc_index & Object::kFinalizedBit) && g_vm) {
    // Resurrect until __del__ has run at the next instruction boundary.
    o->gc_index |= Object::kFinalizedBit;
    o->refcount = 1;
    queue_finalizer(o);
    return;
  }
  if (o->gc_index & Object::kWeakrefBit) {
    weakref_clear_all(o);
    if (o->refcount > 0) return;  // resurrected by a callback (not possible: callbacks are deferred)
  }
  if (gc_is_tracked(o)) gc_untrack(o);
  // __slots__ values and __dict__ of every heap type in the chain
  for (Type* h = t; h && type_has(h, kTypeHeap); h = h->base) {
    if (h->nslots) {
      Value* slots = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + h->slots_offset);
      for (int32_t i = 0; i < h->nslots; ++i) {
        Value v = slots[i];
        slots[i] = Value();
        decref(v);
      }
    }
  }
  Dict** dp = instance_dict_ptr(o);
  Type* solid = t;
  while (solid && type_has(solid, kTypeHeap)) solid = solid->base;
  if (dp && *dp && (!solid || solid->dict_offset != t->dict_offset)) {
    Dict* d = *dp;
    *dp = nullptr;
    decref(d);
  }
  incref(t);  // keep the type alive while the base dealloc frees the object
  if (solid && solid->dealloc && solid->dealloc != subtype_dealloc) {
    solid->dealloc(o);
  } else {
    object_free(o, t->basicsize);
  }
  decref(t);
}

void subtype_traverse(Object* o, VisitFn visit, void* arg) {
  Type* t = o->type;
  visit(t, arg);
  for (Type* h = t; h && type_has(h, kTypeHeap); h = h->base) {
    Value* slots = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + h->slots_offset);
    for (int32_t i = 0; i < h->nslots; ++i)
      if (slots[i].is_obj()) visit(slots[i].obj(), arg);
  }
  Dict** dp = instance_dict_ptr(o);
  if (dp && *dp) visit(*dp, arg);
  Type* solid = t;
  while (solid && type_has(solid, kTypeHeap)) solid = solid->base;
  if (solid && solid->traverse && solid->traverse != subtype_traverse) solid->traverse(o, visit, arg);
}

void subtype_clear(Object* o) {
  Type* t = o->type;
  for (Type* h = t; h && type_has(h, kTypeHeap); h = h->base) {
    Value* slots = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + h->slots_offset);
    for (int32_t i = 0; i < h->nslots; ++i) {
      Value v = slots[i];
      slots[i] = Value();
      decref(v);
    }
  }
  Dict** dp = instance_dict_ptr(o);
  if (dp && *dp) {
    Dict* d = *dp;
    *dp = nullptr;
    decref(d);
  }
  Type* solid = t;
  while (solid && type_has(solid, kTypeHeap)) solid = solid->base;
  if (solid && solid->clear && solid->clear != subtype_clear) solid->clear(o);
}

// -------------------------------------------------------------------------- object slots

Value object_dir(VM& vm, Args a);  // objects/dir.cpp

namespace {

bool excess_args(Args a) { return a.n > 0 || a.nkw() > 0; }

Value object_new(VM& vm, Type* type, Args args);
bool object_init(VM& vm, Value self, Args args);

Value object_new(VM& vm, Type* type, Args args) {
  if (excess_args(args)) {
    if (type->new_ != object_new)
      return raise(vm, &TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)");
    if (type->init == object_init) return raisef(vm, &TypeErrorType, "%s() takes no arguments", type_name(type));
  }
  if (type_has(type, kTypeAbstract)) {
    Value abstracts = dict_get_str(type->dict, g_names.abstractmethods);
    if (abstracts) {
      List* names = list_from_iterable(vm, abstracts);
      if (!names) return Value();
      if (!list_sort_values(vm, names->items, nullptr, names->size, false)) {
        decref(names);
        return Value();
      }
      std::string joined;
      for (int64_t i = 0; i < names->size; ++i) {
        if (i) joined += ", ";
        Value s = str_of(vm, names->items[i]);
        if (s) {
          joined += as_str(s)->data;
          decref(s);
        }
      }
      int64_t n = names->size;
      decref(names);
      if (n > 0)
        return raisef(vm, &TypeErrorType, "Can't instantiate abstract class %s with abstract method%s %s",
                      type_name(type), n > 1 ? "s" : "", joined.c_str());
    }
  }
  if (type_has(type, kTypeDisallowInstantiation))
    return raisef(vm, &TypeErrorType, "cannot create '%s' instances", type_name(type));
  return Value(instance_alloc(vm, type));
}

bool object_init(VM& vm, Value self, Args args) {
  Type* type = type_of(self);
  if (excess_args(args)) {
    if (type->init != object_init) {
      raise(vm, &TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)");
      return false;
    }
    if (type->new_ == object_new) {
      raisef(vm, &TypeErrorType, "%s.__init__() takes exactly one argument (the instance to initialize)",
             type_name(type));
      return false;
    }
  }
  return true;
}

}  // namespace

std::string type_qualified_name(Type* t) {
  Value mod = t->dict ? dict_get_str(t->dict, g_names.module) : Value();
  std::string q = t->qualname ? t->qualname->data : type_name(t);
  if (mod && is_str(mod) && !str_eq_ascii(as_str(mod), "builtins")) return std::string(as_str(mod)->data) + "." + q;
  if (!type_has(t, kTypeHeap)) {
    const char* dot = std::strrchr(t->cname, '.');
    if (dot) return t->cname;
  }
  return q;
}

Value object_repr(VM& vm, Value self) {
  (void)vm;
  std::string name = type_qualified_name(type_of(self));
  char buf[64];
  std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(self.obj()));
  return Value(str_new("<" + name + buf));
}

Value object_str(VM& vm, Value self) {
  Type* t = type_of(self);
  if (t->repr) return t->repr(vm, self);
  return object_repr(vm, self);
}

bool object_hash(VM&, Value self, int64_t* out) {
  uint64_t p = uint64_t(reinterpret_cast<uintptr_t>(self.obj()));
  int64_t h = int64_t((p >> 4) | (p << 60));
  if (h == -1) h = -2;
  *out = h;
  return true;
}

Value object_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  switch (op) {
    case kEQ:
      return self == other ? new_bool(true) : new_not_implemented();
    case kNE: {
      Type* t = type_of(self);
      if (!t->richcompare) return new_not_implemented();
      Value r = t->richcompare(vm, self, other, kEQ);
      if (r && !is_not_implemented(r)) {
        int b = truthy(vm, r);
        decref(r);
        if (b < 0) return Value();
        return new_bool(!b);
      }
      return r;
    }
    default:
      return new_not_implemented();
  }
}

namespace {

Value object_get_class(VM&, Value self) { return newref(Value(type_of(self))); }

bool compatible_for_assignment(Type* a, Type* b) {
  Type* sa = a;
  while (sa && type_has(sa, kTypeHeap)) sa = sa->base;
  Type* sb = b;
  while (sb && type_has(sb, kTypeHeap)) sb = sb->base;
  return sa == sb && a->basicsize == b->basicsize && a->dict_offset == b->dict_offset && a->nslots == b->nslots;
}

bool object_set_class(VM& vm, Value self, Value v) {
  if (!v) {
    raise(vm, &TypeErrorType, "can't delete __class__ attribute");
    return false;
  }
  if (!is_type(v)) {
    raisef(vm, &TypeErrorType, "__class__ must be set to a class, not '%s' object", tname(v));
    return false;
  }
  Type* nt = v.as<Type>();
  Type* ot = type_of(self);
  if (!type_has(nt, kTypeHeap) || !type_has(ot, kTypeHeap)) {
    raise(vm, &TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return false;
  }
  if (!compatible_for_assignment(ot, nt)) {
    raisef(vm, &TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", type_name(nt),
           type_name(ot));
    return false;
  }
  incref(nt);
  self.obj()->type = nt;
  decref(ot);
  return true;
}

Value object_format(VM& vm, Args a) {
  if (!check_nargs(vm, a, "__format__", 2, 2)) return Value();
  if (!is_str(a[1])) return raisef(vm, &TypeErrorType, "__format__() argument must be str, not %s", tname(a[1]));
  if (as_str(a[1])->size > 0)
    return raisef(vm, &TypeErrorType, "unsupported format string passed to %s.__format__", tname(a[0]));
  return str_of(vm, a[0]);
}

Value object_init_subclass(VM& vm, Args a) {
  if (a.nkw() || a.n > 1)
    return raisef(vm, &TypeErrorType, "%s.__init_subclass__() takes no keyword arguments",
                  a.n ? type_name(a[0].as<Type>()) : "object");
  return new_none();
}

Value object_subclasshook(VM&, Args) { return new_not_implemented(); }

Value object_reduce_ex(VM& vm, Args a) {
  return raisef(vm, &TypeErrorType, "cannot pickle '%s' object", a.n ? tname(a[0]) : "object");
}

Value object_sizeof(VM&, Args a) { return int_from_i64(type_of(a[0])->basicsize); }

Value object_getstate(VM& vm, Args a) {
  Dict** dp = a[0].is_obj() ? instance_dict_ptr(a[0].obj()) : nullptr;
  if (dp && *dp && (*dp)->used) return Value(dict_copy(vm, *dp));
  (void)vm;
  return new_none();
}

const MethodDef kObjectMethods[] = {
    {"__format__", object_format, kMethPlain, "Default object formatter.", nullptr},
    {"__init_subclass__", object_init_subclass, kMethClass,
     "This method is called when a class is subclassed.\n\nThe default implementation does nothing. It may be\n"
     "overridden to extend subclasses.\n", nullptr},
    {"__subclasshook__", object_subclasshook, kMethClass, "Abstract classes can override this to customize issubclass().", nullptr},
    {"__reduce_ex__", object_reduce_ex, kMethPlain, "Helper for pickle.", nullptr},
    {"__reduce__", object_reduce_ex, kMethPlain, "Helper for pickle.", nullptr},
    {"__getstate__", object_getstate, kMethPlain, "Helper for pickle.", nullptr},
    {"__sizeof__", object_sizeof, kMethPlain, "Size of object in memory, in bytes.", nullptr},
    {"__dir__", object_dir, kMethPlain, "Default dir() implementation.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const GetSetDef kObjectGetSets[] = {
    {"__class__", object_get_class, object_set_class, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

}  // namespace

Value object_new_default(VM& vm, Type* type, Args args) { return object_new(vm, type, args); }
bool object_init_default(VM& vm, Value self, Args args) { return object_init(vm, self, args); }

// __new__ exposed as a builtin bound to its type: T.__new__(S, ...) allocates an S.
// args[0] is T (the builtin's self), args[1] is S.
Value tp_new_wrapper(VM& vm, Args args) {
  Type* type = args[0].as<Type>();
  if (args.n < 2) return raisef(vm, &TypeErrorType, "%s.__new__(): not enough arguments", type_name(type));
  Value sub = args[1];
  if (!is_type(sub))
    return raisef(vm, &TypeErrorType, "%s.__new__(X): X is not a type object (%s)", type_name(type), tname(sub));
  Type* subtype = sub.as<Type>();
  if (!is_subtype(subtype, type))
    return raisef(vm, &TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", type_name(type),
                  type_name(subtype), type_name(subtype), type_name(type));
  Type* staticbase = subtype;
  while (staticbase && staticbase->new_ == slot_new) staticbase = staticbase->base;
  if (staticbase && staticbase->new_ != type->new_)
    return raisef(vm, &TypeErrorType, "%s.__new__(%s) is not safe, use %s.__new__()", type_name(type),
                  type_name(subtype), type_name(staticbase));
  return type->new_(vm, subtype, Args{args.v + 2, args.n - 2, args.kwnames});
}

void init_object_type() {
  Type* t = &ObjectType;
  static_type_init(t, "object", sizeof(Instance) - sizeof(Value) - sizeof(Dict*), nullptr, kTypeBaseType);
  t->base = nullptr;
  t->cdoc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new "
            "featureless\ninstance that has no instance attributes and cannot be given any.\n";
  t->dealloc = generic_dealloc;
  t->new_ = object_new;
  t->init = object_init;
  t->repr = object_repr;
  t->str = object_str;
  t->hash = object_hash;
  t->richcompare = object_richcompare;
  t->getattr = generic_getattr;
  t->setattr = generic_setattr;
  t->methods = kObjectMethods;
  t->getsets = kObjectGetSets;
}

}  // namespace coil
