// type_object.cpp - the `type` type itself: calling classes, class attributes, __name__/__mro__/....
#include <algorithm>
#include <cstring>
#include <vector>

#include "vm/runtime.h"
#include "vm/weakref.h"
#include "vm/slots.h"

namespace coil {

Value type_new(VM& vm, Type* metatype, Args args);  // objects/class_new.cpp
Value make_mappingproxy(VM& vm, Value mapping);     // objects/mappingproxy.cpp
Value union_type_or(VM& vm, Value a, Value b);       // objects/union.cpp

Value type_call(VM& vm, Value callable, Args args) {
  Type* type = callable.as<Type>();
  if (type == &TypeType && args.n == 1 && !args.nkw()) return newref(Value(type_of(args[0])));
  if (type == &TypeType && args.n != 3 && args.n != 1)
    return raise(vm, &TypeErrorType, "type() takes 1 or 3 arguments");
  if (!type->new_) return raisef(vm, &TypeErrorType, "cannot create '%s' instances", type_name(type));
  Value obj = type->new_(vm, type, args);
  if (!obj) return Value();
  Type* ot = type_of(obj);
  if (!is_subtype(ot, type)) return obj;
  if (ot->init && !ot->init(vm, obj, args)) {
    decref(obj);
    return Value();
  }
  return obj;
}

namespace {

Value type_repr(VM& vm, Value self) {
  (void)vm;
  Type* t = self.as<Type>();
  return Value(str_new("<class '" + type_qualified_name(t) + "'>"));
}

}  // namespace

Value type_dir(VM& vm, Args a);  // objects/dir.cpp

Value type_getattro(VM& vm, Value self, Str* name) {
  Type* type = self.as<Type>();
  Type* meta = type_of(self);
  Value meta_attr = type_lookup(meta, name);
  Value (*meta_get)(VM&, Value, Value, Value) = nullptr;
  if (meta_attr) {
    incref(meta_attr);
    meta_get = type_of(meta_attr)->descr_get;
    if (meta_get && type_of(meta_attr)->descr_set) {
      Value r = meta_get(vm, meta_attr, self, Value(meta));
      decref(meta_attr);
      return r;
    }
  }
  Value attr = type_lookup(type, name);
  if (attr) {
    decref(meta_attr);
    incref(attr);
    auto local_get = type_of(attr)->descr_get;
    if (local_get) {
      Value r = local_get(vm, attr, Value(), self);
      decref(attr);
      return r;
    }
    return attr;
  }
  if (meta_get) {
    Value r = meta_get(vm, meta_attr, self, Value(meta));
    decref(meta_attr);
    return r;
  }
  if (meta_attr) return meta_attr;
  Value r = raisef(vm, &AttributeErrorType, "type object '%s' has no attribute '%s'", type_name(type), name->data);
  return r;
}

bool type_setattro(VM& vm, Value self, Str* name, Value v) {
  Type* type = self.as<Type>();
  if (!type_has(type, kTypeHeap)) {
    if (v)
      raisef(vm, &TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name->data, type_name(type));
    else
      raisef(vm, &TypeErrorType, "cannot delete '%s' attribute of immutable type '%s'", name->data, type_name(type));
    return false;
  }
  Type* meta = type_of(self);
  Value meta_attr = type_lookup(meta, name);
  if (meta_attr && type_of(meta_attr)->descr_set) {
    incref(meta_attr);
    bool ok = type_of(meta_attr)->descr_set(vm, meta_attr, self, v);
    decref(meta_attr);
    return ok;
  }
  Str* key = intern(name->view());
  if (v) {
    if (!dict_set_str(type->dict, key, v)) {
      raise_memory_error(vm);
      return false;
    }
  } else if (!dict_del_str(type->dict, key)) {
    raisef(vm, &AttributeErrorType, "type object '%s' has no attribute '%s'", type_name(type), name->data);
    return false;
  }
  type_modified(type);
  type_update_slot_for(type, key);
  return true;
}

namespace {

Value type_get_name(VM&, Value self) { return newref(Value(self.as<Type>()->name)); }
bool type_set_name(VM& vm, Value self, Value v) {
  Type* t = self.as<Type>();
  if (!type_has(t, kTypeHeap)) {
    raisef(vm, &TypeErrorType, "cannot set '__name__' attribute of immutable type '%s'", type_name(t));
    return false;
  }
  if (!v || !is_str(v)) {
    raisef(vm, &TypeErrorType, "can only assign string to %s.__name__, not '%s'", type_name(t), v ? tname(v) : "NoneType");
    return false;
  }
  Str* old = t->name;
  t->name = intern_str(as_str(v));
  decref(old);
  return true;
}
Value type_get_qualname(VM&, Value self) { return newref(Value(self.as<Type>()->qualname)); }
bool type_set_qualname(VM& vm, Value self, Value v) {
  Type* t = self.as<Type>();
  if (!type_has(t, kTypeHeap)) {
    raisef(vm, &TypeErrorType, "cannot set '__qualname__' attribute of immutable type '%s'", type_name(t));
    return false;
  }
  if (!v || !is_str(v)) {
    raisef(vm, &TypeErrorType, "can only assign string to %s.__qualname__, not '%s'", type_name(t),
           v ? tname(v) : "NoneType");
    return false;
  }
  Str* old = t->qualname;
  t->qualname = intern_str(as_str(v));
  decref(old);
  return true;
}
Value type_get_bases(VM&, Value self) { return newref(Value(self.as<Type>()->bases)); }
Value type_get_mro(VM&, Value self) {
  Tuple* m = self.as<Type>()->mro;
  return m ? newref(Value(m)) : new_none();
}
Value type_get_base(VM&, Value self) {
  Type* b = self.as<Type>()->base;
  return b ? newref(Value(b)) : new_none();
}
Value type_get_dict(VM& vm, Value self) { return make_mappingproxy(vm, Value(self.as<Type>()->dict)); }
Value type_get_doc(VM& vm, Value self) {
  Type* t = self.as<Type>();
  Value d = dict_get_str(t->dict, g_names.doc);
  if (!d) return new_none();
  if (type_of(d)->descr_get) return type_of(d)->descr_get(vm, d, Value(), self);
  return newref(d);
}
bool type_set_doc(VM& vm, Value self, Value v) {
  Type* t = self.as<Type>();
  if (!type_has(t, kTypeHeap)) {
    raisef(vm, &TypeErrorType, "cannot set '__doc__' attribute of immutable type '%s'", type_name(t));
    return false;
  }
  dict_set_str(t->dict, g_names.doc, v ? v : none());
  type_modified(t);
  return true;
}
Value type_get_module(VM& vm, Value self) {
  Type* t = self.as<Type>();
  if (!type_has(t, kTypeHeap)) {
    const char* dot = std::strrchr(t->cname, '.');
    if (dot) return Value(str_new(std::string_view(t->cname, dot - t->cname)));
    return newref(Value(g_names.builtins_mod));
  }
  Value m = dict_get_str(t->dict, g_names.module);
  if (!m) return raisef(vm, &AttributeErrorType, "__module__");
  return newref(m);
}
bool type_set_module(VM& vm, Value self, Value v) {
  Type* t = self.as<Type>();
  if (!type_has(t, kTypeHeap)) {
    raisef(vm, &TypeErrorType, "cannot set '__module__' attribute of immutable type '%s'", type_name(t));
    return false;
  }
  dict_set_str(t->dict, g_names.module, v ? v : none());
  type_modified(t);
  return true;
}
Value type_get_abstractmethods(VM& vm, Value self) {
  Type* t = self.as<Type>();
  Value v = t != &TypeType ? dict_get_str(t->dict, g_names.abstractmethods) : Value();
  if (!v) return raise(vm, &AttributeErrorType, "__abstractmethods__");
  return newref(v);
}
bool type_set_abstractmethods(VM& vm, Value self, Value v) {
  Type* t = self.as<Type>();
  if (v) {
    int abstract = truthy(vm, v);
    if (abstract < 0) return false;
    dict_set_str(t->dict, g_names.abstractmethods, v);
    if (abstract) t->flags |= kTypeAbstract;
    else t->flags &= ~kTypeAbstract;
  } else {
    if (!dict_del_str(t->dict, g_names.abstractmethods)) {
      raise(vm, &AttributeErrorType, "__abstractmethods__");
      return false;
    }
    t->flags &= ~kTypeAbstract;
  }
  type_modified(t);
  return true;
}
Value type_get_annotations(VM& vm, Value self) {
  Type* t = self.as<Type>();
  Value a = dict_get_str(t->dict, g_names.annotations);
  if (a) {
    if (type_of(a)->descr_get) return type_of(a)->descr_get(vm, a, Value(), self);
    return newref(a);
  }
  if (!type_has(t, kTypeHeap)) return raisef(vm, &AttributeErrorType, "type object '%s' has no attribute '__annotations__'", type_name(t));
  Dict* d = dict_new();
  dict_set_str(t->dict, g_names.annotations, Value(d));
  type_modified(t);
  return Value(d);
}
bool type_set_annotations(VM& vm, Value self, Value v) {
  Type* t = self.as<Type>();
  if (!type_has(t, kTypeHeap)) {
    raisef(vm, &TypeErrorType, "cannot set '__annotations__' attribute of immutable type '%s'", type_name(t));
    return false;
  }
  if (v) dict_set_str(t->dict, g_names.annotations, v);
  else dict_del_str(t->dict, g_names.annotations);
  type_modified(t);
  return true;
}
Value type_get_basicsize(VM&, Value self) { return int_from_i64(self.as<Type>()->basicsize); }
Value type_get_flags(VM&, Value self) { return int_from_i64(self.as<Type>()->flags); }

// type.mro(): the C3 linearisation, computed afresh without changing __mro__.
Value type_mro_method(VM& vm, Args a) {
  Type* t = a[0].as<Type>();
  Tuple* saved = t->mro;  // t's reference moves here while mro_compute fills t->mro
  t->mro = nullptr;
  bool ok = mro_compute(vm, t);
  Tuple* m = t->mro;
  t->mro = saved;
  if (!ok) {
    if (m) decref(m);
    return Value();
  }
  List* l = list_new(0);
  for (int64_t i = 0; i < m->size; ++i) list_append(vm, l, m->items[i]);
  decref(m);
  return Value(l);
}

Value type_subclasses(VM& vm, Args a) {
  Type* t = a[0].as<Type>();
  List* l = list_new(0);
  if (t->subclasses)
    for (Type* s : *static_cast<std::vector<Type*>*>(t->subclasses)) list_append(vm, l, Value(s));
  return Value(l);
}

Value type_instancecheck(VM& vm, Args a) {
  if (!check_nargs(vm, a, "__instancecheck__", 2, 2)) return Value();
  Type* t = a[0].as<Type>();
  if (is_subtype(type_of(a[1]), t)) return new_bool(true);
  // also honour a __class__ attribute that differs from the type
  Value cls = get_attr_opt(vm, a[1], g_names.class_);
  if (!cls) {
    if (has_error(vm)) return Value();
    return new_bool(false);
  }
  bool r = cls != Value(type_of(a[1])) && is_type(cls) && is_subtype(cls.as<Type>(), t);
  decref(cls);
  return new_bool(r);
}

Value type_subclasscheck(VM& vm, Args a) {
  if (!check_nargs(vm, a, "__subclasscheck__", 2, 2)) return Value();
  if (!is_type(a[1])) return raise(vm, &TypeErrorType, "issubclass() arg 1 must be a class");
  return new_bool(is_subtype(a[1].as<Type>(), a[0].as<Type>()));
}

Value type_prepare(VM&, Args) { return Value(dict_new()); }

Value type_sizeof(VM&, Args a) { return int_from_i64(a[0].as<Type>()->basicsize + 400); }

Value type_or(VM& vm, Value a, Value b) { return union_type_or(vm, a, b); }

const MethodDef kTypeMethods[] = {
    {"mro", type_mro_method, kMethPlain, "Return a type's method resolution order.", nullptr},
    {"__subclasses__", type_subclasses, kMethPlain, "Return a list of immediate subclasses.", nullptr},
    {"__instancecheck__", type_instancecheck, kMethPlain, "Check if an object is an instance.", nullptr},
    {"__subclasscheck__", type_subclasscheck, kMethPlain, "Check if a class is a subclass.", nullptr},
    {"__prepare__", type_prepare, kMethClass,
     "__prepare__() -> dict\nused to create the namespace for the class statement", nullptr},
    {"__sizeof__", type_sizeof, kMethPlain, "Return memory consumption of the type object.", nullptr},
    {"__dir__", type_dir, kMethPlain, "Specialized __dir__ implementation for types.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const GetSetDef kTypeGetSets[] = {
    {"__name__", type_get_name, type_set_name, nullptr},
    {"__qualname__", type_get_qualname, type_set_qualname, nullptr},
    {"__bases__", type_get_bases, nullptr, nullptr},
    {"__mro__", type_get_mro, nullptr, nullptr},
    {"__base__", type_get_base, nullptr, nullptr},
    {"__dict__", type_get_dict, nullptr, nullptr},
    {"__doc__", type_get_doc, type_set_doc, nullptr},
    {"__module__", type_get_module, type_set_module, nullptr},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, nullptr},
    {"__annotations__", type_get_annotations, type_set_annotations, nullptr},
    {"__basicsize__", type_get_basicsize, nullptr, nullptr},
    {"__flags__", type_get_flags, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

NumberSlots g_type_number;

void type_dealloc(Object* o);
void type_traverse(Object* o, VisitFn visit, void* arg);
void type_clear(Object* o);

}  // namespace

bool type_hash(VM&, Value self, int64_t* out);

// type.__init__ does nothing, but checks its arguments as type() does: a metaclass's
// super().__init__(name, bases, ns, **kw) lands here.
static bool type_init(VM& vm, Value, Args args) {
  if (args.n == 1 && args.nkw() > 0) {
    raise(vm, &TypeErrorType, "type.__init__() takes no keyword arguments");
    return false;
  }
  if (args.n != 1 && args.n != 3) {
    raise(vm, &TypeErrorType, "type.__init__() takes 1 or 3 arguments");
    return false;
  }
  return true;
}

void init_type_type() {
  Type* t = &TypeType;
  static_type_init(t, "type", sizeof(Type), &ObjectType, kTypeBaseType | kTypeTypeSubclass | kTypeHasGC);
  t->cdoc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";
  t->call = type_call;
  t->new_ = type_new;
  t->init = type_init;
  t->repr = type_repr;
  t->getattr = type_getattro;
  t->setattr = type_setattro;
  t->methods = kTypeMethods;
  t->getsets = kTypeGetSets;
  t->dealloc = type_dealloc;
  t->traverse = type_traverse;
  t->clear = type_clear;
  t->dict_offset = 0;
  g_type_number.binary[kOr] = type_or;
  t->number = &g_type_number;
}

namespace {

void type_dealloc(Object* o) {
  Type* t = static_cast<Type*>(o);
  if (gc_is_tracked(o)) gc_untrack(o);
  if (o->gc_index & Object::kWeakrefBit) weakref_clear_all(o);
  // Decided before the references to the bases go: they may die with them.
  bool own_number = t->number && (!t->base || t->number != t->base->number);
  if (t->bases) {
    for (int64_t i = 0; i < t->bases->size; ++i) type_remove_subclass(t->bases->items[i].as<Type>(), t);
  }
  if (t->subclasses) delete static_cast<std::vector<Type*>*>(t->subclasses);
  xdecref(t->name);
  xdecref(t->qualname);
  xdecref(t->bases);
  xdecref(t->mro);
  xdecref(t->dict);
  if (own_number) delete t->number;
  object_free(o, o->type->basicsize);
}

void type_traverse(Object* o, VisitFn visit, void* arg) {
  Type* t = static_cast<Type*>(o);
  if (t->dict) visit(t->dict, arg);
  if (t->bases) visit(t->bases, arg);
  if (t->mro) visit(t->mro, arg);
  visit(o->type, arg);
}

void type_clear(Object* o) {
  Type* t = static_cast<Type*>(o);
  if (t->dict) dict_clear(t->dict);
  if (t->mro) {
    Tuple* m = t->mro;
    t->mro = nullptr;
    decref(m);
  }
  type_modified(t);
}

}  // namespace

}  // namespace coil
