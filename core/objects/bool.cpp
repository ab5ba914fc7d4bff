// bool.cpp - the bool type (a final subclass of int) and the True/False singletons.
#include "objects/argcheck.h"
#include "objects/boxed.h"
#include "vm/runtime.h"

namespace coil {

Type BoolType;

namespace {

// bool(x=False, /)
Value bool_new_slot(VM& vm, Type*, Args a) {
  if (!check_no_kw(vm, a, "bool")) return Value();
  if (!check_positional(vm, "bool", a.n, 0, 1)) return Value();
  if (a.n == 0) return new_bool(false);
  int t = truthy(vm, a[0]);
  if (t < 0) return Value();
  return new_bool(t != 0);
}

Value bool_repr(VM&, Value self) {
  bool b = self.obj() == g_true;
  Str* s = b ? g_names.true_str : g_names.false_str;
  if (s) return Value(newref(s));
  return Value(str_from_cstr(b ? "True" : "False"));
}

// &, | and ^ of two bools give a bool; anything else behaves as int.
#define BOOL_BINARY(name, op, int_fn)                               \
  Value name(VM& vm, Value a, Value b) {                            \
    if (!is_bool(a) || !is_bool(b)) {                               \
      if (!is_int(a) || !is_int(b)) return new_not_implemented();   \
      return int_fn(vm, a, b);                                      \
    }                                                               \
    return new_bool(((a.obj() == g_true) ? 1 : 0) op ((b.obj() == g_true) ? 1 : 0));    \
  }
BOOL_BINARY(bool_and, &, int_and)
BOOL_BINARY(bool_or, |, int_or)
BOOL_BINARY(bool_xor, ^, int_xor)
#undef BOOL_BINARY

NumberSlots g_bool_number;

Object* make_singleton(int64_t v) {
  Object* o = object_alloc(&BoolType, sizeof(Boxed));
  static_cast<Boxed*>(o)->value = Value::small(v);
  o->refcount = 1u << 30;  // immortal
  return o;
}

}  // namespace

void init_bool_type() {
  Type* t = &BoolType;
  // No kTypeBaseType: "type 'bool' is not an acceptable base type".
  static_type_init(t, "bool", sizeof(Boxed), &IntType, kTypeIntSubclass);
  t->cdoc =
      "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are "
      "the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be "
      "subclassed.";
  t->new_ = bool_new_slot;
  t->repr = bool_repr;
  NumberSlots* n = &g_bool_number;
  n->binary[kAnd] = bool_and;
  n->binary[kOr] = bool_or;
  n->binary[kXor] = bool_xor;
  t->number = n;
  if (!g_true) g_true = make_singleton(1);
  if (!g_false) g_false = make_singleton(0);
}

}  // namespace coil
