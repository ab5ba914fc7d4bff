// singletons.cpp - None, NotImplemented and Ellipsis: immortal objects of their own types.
#include "objects/singletons.h"

#include "vm/runtime.h"

namespace coil {

Type NoneType, NotImplementedType, EllipsisType;

namespace {

Object g_none_object, g_not_implemented_object, g_ellipsis_object;

Value none_repr(VM&, Value) { return newref(Value(g_names.none_str)); }
int none_truth(VM&, Value) { return 0; }
Value none_new(VM& vm, Type*, Args a) {
  if (a.n || a.nkw()) return raise(vm, &TypeErrorType, "NoneType takes no arguments");
  return new_none();
}
bool singleton_hash(VM&, Value self, int64_t* out) {
  uint64_t p = uint64_t(reinterpret_cast<uintptr_t>(self.obj()));
  *out = int64_t((p >> 4) | (p << 60));
  if (*out == -1) *out = -2;
  return true;
}

Value notimpl_repr(VM&, Value) { return Value(str_from_cstr("NotImplemented")); }
Value notimpl_new(VM& vm, Type*, Args a) {
  if (a.n || a.nkw()) return raise(vm, &TypeErrorType, "NotImplementedType takes no arguments");
  return new_not_implemented();
}
int notimpl_truth(VM& vm, Value) {
  // 3.9+: DeprecationWarning "NotImplemented should not be used in a boolean context"; True.
  (void)vm;
  return 1;
}
Value notimpl_reduce(VM&, Args) { return Value(str_from_cstr("NotImplemented")); }
const MethodDef kNotImplMethods[] = {{"__reduce__", notimpl_reduce, kMethPlain, nullptr, nullptr},
                                     {nullptr, nullptr, 0, nullptr, nullptr}};

Value ellipsis_repr(VM&, Value) { return Value(str_from_cstr("Ellipsis")); }
Value ellipsis_new(VM& vm, Type*, Args a) {
  if (a.n || a.nkw()) return raise(vm, &TypeErrorType, "ellipsis takes no arguments");
  incref(g_ellipsis);
  return Value(g_ellipsis);
}
Value ellipsis_reduce(VM&, Args) { return Value(str_from_cstr("Ellipsis")); }
const MethodDef kEllipsisMethods[] = {{"__reduce__", ellipsis_reduce, kMethPlain, nullptr, nullptr},
                                      {nullptr, nullptr, 0, nullptr, nullptr}};

void make_immortal(Object* o, Type* t) {
  o->refcount = 1u << 30;
  o->gc_index = Object::kUntracked;
  o->type = t;
}

}  // namespace

Object* g_none = &g_none_object;
Object* g_not_implemented = &g_not_implemented_object;
Object* g_ellipsis = &g_ellipsis_object;

void init_singleton_types() {
  static_type_init(&NoneType, "NoneType", sizeof(Object), &ObjectType, 0);
  NoneType.repr = none_repr;
  NoneType.truth = none_truth;
  NoneType.new_ = none_new;
  NoneType.hash = singleton_hash;
  static NumberSlots none_number;
  NoneType.number = &none_number;  // so __bool__ exists
  make_immortal(g_none, &NoneType);

  static_type_init(&NotImplementedType, "NotImplementedType", sizeof(Object), &ObjectType, 0);
  NotImplementedType.repr = notimpl_repr;
  NotImplementedType.new_ = notimpl_new;
  NotImplementedType.truth = notimpl_truth;
  NotImplementedType.methods = kNotImplMethods;
  make_immortal(g_not_implemented, &NotImplementedType);

  static_type_init(&EllipsisType, "ellipsis", sizeof(Object), &ObjectType, 0);
  EllipsisType.repr = ellipsis_repr;
  EllipsisType.new_ = ellipsis_new;
  EllipsisType.methods = kEllipsisMethods;
  make_immortal(g_ellipsis, &EllipsisType);
}

}  // namespace coil
