// super.cpp - super(): attribute lookup that starts after a class in an object's MRO.
#include <cstdio>

#include "vm/runtime.h"

namespace coil {

Type SuperType;
PyFrame* current_py_frame(VM& vm);

namespace {

struct Super : Object {
  Value type;      // the class after which lookup starts
  Value obj;       // the instance or class, or null
  Value obj_type;  // type(obj) or obj itself when it is a class
};

Type* supercheck(VM& vm, Type* type, Value obj) {
  if (is_type(obj) && is_subtype(obj.as<Type>(), type)) return obj.as<Type>();
  if (is_subtype(type_of(obj), type)) return type_of(obj);
  Value cls = get_attr_opt(vm, obj, g_names.class_);
  if (cls) {
    if (is_type(cls) && cls != Value(type_of(obj)) && is_subtype(cls.as<Type>(), type)) {
      Type* t = cls.as<Type>();
      decref(cls);
      return t;
    }
    decref(cls);
  }
  clear_error(vm);
  raise(vm, &TypeErrorType, "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

bool super_init_impl(VM& vm, Super* s, Args a) {
  Value type, obj;
  if (a.nkw()) {
    raise(vm, &TypeErrorType, "super() takes no keyword arguments");
    return false;
  }
  if (a.n > 2) {
    raisef(vm, &TypeErrorType, "super() takes at most 2 arguments (%u given)", a.n);
    return false;
  }
  if (a.n == 0) {
    PyFrame* f = current_py_frame(vm);
    if (!f) {
      raise(vm, &RuntimeErrorType, "super(): no current frame");
      return false;
    }
    Code* code = f->code;
    if (code->argcount == 0) {
      raise(vm, &RuntimeErrorType, "super(): no arguments");
      return false;
    }
    obj = f->slots[0];
    if (obj && (code->localspluskinds[0] & kCell) && type_of(obj) == &CellType) obj = obj.as<Cell>()->contents;
    if (!obj) {
      raise(vm, &RuntimeErrorType, "super(): arg[0] deleted");
      return false;
    }
    int32_t first_free = code->nlocalsplus - code->nfreevars;
    for (int32_t i = first_free; i < code->nlocalsplus; ++i) {
      if (str_eq_ascii(code->localsplusnames->items[i].as<Str>(), "__class__")) {
        Value cell = f->slots[i];
        if (!cell || type_of(cell) != &CellType) {
          raise(vm, &RuntimeErrorType, "super(): bad __class__ cell");
          return false;
        }
        type = cell.as<Cell>()->contents;
        if (!type) {
          raise(vm, &RuntimeErrorType, "super(): empty __class__ cell");
          return false;
        }
        if (!is_type(type)) {
          raisef(vm, &RuntimeErrorType, "super(): __class__ is not a type (%s)", tname(type));
          return false;
        }
        break;
      }
    }
    if (!type) {
      raise(vm, &RuntimeErrorType, "super(): __class__ cell not found");
      return false;
    }
  } else {
    type = a[0];
    if (a.n == 2) obj = a[1];
    if (!is_type(type)) {
      raisef(vm, &TypeErrorType, "super() argument 1 must be a type, not %s", tname(type));
      return false;
    }
  }
  if (obj && is_none(obj)) obj = Value();
  Value obj_type;
  if (obj) {
    Type* t = supercheck(vm, type.as<Type>(), obj);
    if (!t) return false;
    obj_type = Value(t);
  }
  s->type = newref(type);
  s->obj = newref(obj);
  s->obj_type = newref(obj_type);
  return true;
}

Value super_new(VM& vm, Type* type, Args) {
  Object* o = object_alloc(type, type->basicsize);
  if (!o) return raise_memory_error(vm);
  gc_track(o);
  return Value(o);
}

bool super_init(VM& vm, Value self, Args a) {
  Super* s = self.as<Super>();
  decref(s->type);
  decref(s->obj);
  decref(s->obj_type);
  s->type = s->obj = s->obj_type = Value();
  return super_init_impl(vm, s, a);
}

Value super_getattro(VM& vm, Value self, Str* name) {
  Super* s = self.as<Super>();
  if (!s->obj_type || str_eq_ascii(name, "__class__")) return generic_getattr(vm, self, name);
  Tuple* mro = s->obj_type.as<Type>()->mro;
  int64_t i = 0;
  for (; i < mro->size; ++i)
    if (mro->items[i] == s->type) break;
  ++i;
  for (; i < mro->size; ++i) {
    Type* t = mro->items[i].as<Type>();
    Value v = t->dict ? dict_get_str(t->dict, name) : Value();
    if (!v) continue;
    auto get = type_of(v)->descr_get;
    if (get) {
      incref(v);
      Value obj = s->obj == s->obj_type ? Value() : s->obj;
      Value r = get(vm, v, obj, s->obj_type);
      decref(v);
      return r;
    }
    return newref(v);
  }
  return generic_getattr(vm, self, name);
}

Value super_get(VM& vm, Value self, Value obj, Value type) {
  (void)type;
  Super* s = self.as<Super>();
  if (!obj || s->obj) return newref(self);
  Value args[2] = {s->type, obj};
  return call(vm, Value(type_of(self)), Args{args, 2, nullptr});
}

Value super_repr(VM&, Value self) {
  Super* s = self.as<Super>();
  std::string t = s->type ? type_name(s->type.as<Type>()) : "NULL";
  if (s->obj_type)
    return Value(str_new("<super: <class '" + t + "'>, <" + type_name(s->obj_type.as<Type>()) + " object>>"));
  return Value(str_new("<super: <class '" + t + "'>, NULL>"));
}

void super_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  Super* s = static_cast<Super*>(o);
  decref(s->type);
  decref(s->obj);
  decref(s->obj_type);
  generic_dealloc(o);
}

void super_traverse(Object* o, VisitFn visit, void* arg) {
  Super* s = static_cast<Super*>(o);
  for (Value v : {s->type, s->obj, s->obj_type})
    if (v.is_obj()) visit(v.obj(), arg);
}

const MemberDef kSuperMembers[] = {
    {"__thisclass__", kMemberObjectReadOnly, offsetof(Super, type), "the class invoking super()"},
    {"__self__", kMemberObjectReadOnly, offsetof(Super, obj), "the instance invoking super(); may be None"},
    {"__self_class__", kMemberObjectReadOnly, offsetof(Super, obj_type), "the type of the instance invoking super(); may be None"},
    {nullptr, kMemberObject, 0, nullptr}};

}  // namespace

void init_super_type() {
  Type* t = &SuperType;
  static_type_init(t, "super", sizeof(Super), &ObjectType, kTypeBaseType | kTypeHasGC);
  t->new_ = super_new;
  t->init = super_init;
  t->getattr = super_getattro;
  t->descr_get = super_get;
  t->repr = super_repr;
  t->dealloc = super_dealloc;
  t->traverse = super_traverse;
  t->members = kSuperMembers;
}

}  // namespace coil
