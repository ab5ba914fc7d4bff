// union.cpp - types.UnionType: the result of `int | str` (isinstance/issubclass accept it).
#include "objects/generic_alias.h"
#include "vm/runtime.h"

namespace coil {

Type UnionType;

namespace {

struct Union : Object {
  Tuple* args;
};

bool is_union_operand(Value v) {
  return is_none(v) || is_type(v) || is_generic_alias(v) || (v.is_obj() && v.obj()->type == &UnionType);
}

void add_arg(VM& vm, List* l, Value v) {
  if (v.is_obj() && v.obj()->type == &UnionType) {
    Tuple* a = v.as<Union>()->args;
    for (int64_t i = 0; i < a->size; ++i) add_arg(vm, l, a->items[i]);
    return;
  }
  Value item = is_none(v) ? Value(&NoneType) : v;
  for (int64_t i = 0; i < l->size; ++i)
    if (l->items[i] == item) return;
  list_append(vm, l, item);
}

Value union_repr(VM& vm, Value self) {
  Tuple* a = self.as<Union>()->args;
  std::string out;
  for (int64_t i = 0; i < a->size; ++i) {
    if (i) out += " | ";
    Value t = a->items[i];
    if (t.obj() == &NoneType) {
      out += "None";
      continue;
    }
    if (is_type(t)) {
      Type* ty = t.as<Type>();
      out += type_qualified_name(ty);
    } else {
      Value r = repr(vm, t);
      if (!r) return Value();
      out += as_str(r)->data;
      decref(r);
    }
  }
  return Value(str_new(out));
}

void union_dealloc(Object* o) {
  xdecref(static_cast<Union*>(o)->args);
  generic_dealloc(o);
}

Value union_get_args(VM&, Value self) { return newref(Value(self.as<Union>()->args)); }
const GetSetDef kUnionGetSets[] = {{"__args__", union_get_args, nullptr, nullptr}, {nullptr, nullptr, nullptr, nullptr}};

Value union_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if ((op != kEQ && op != kNE) || type_of(b) != &UnionType) return new_not_implemented();
  // equal when the argument sets are equal
  Tuple* x = a.as<Union>()->args;
  Tuple* y = b.as<Union>()->args;
  bool eq = x->size == y->size;
  for (int64_t i = 0; eq && i < x->size; ++i) {
    bool found = false;
    for (int64_t j = 0; j < y->size; ++j)
      if (x->items[i] == y->items[j]) found = true;
    eq = found;
  }
  (void)vm;
  return new_bool(op == kEQ ? eq : !eq);
}

}  // namespace

bool is_union(Value v) { return v.is_obj() && v.obj()->type == &UnionType; }

Value union_type_or(VM& vm, Value a, Value b) {
  if (!is_union_operand(a) || !is_union_operand(b)) return new_not_implemented();
  List* l = list_new(0);
  add_arg(vm, l, a);
  add_arg(vm, l, b);
  if (l->size == 1) {
    Value r = newref(l->items[0]);
    decref(l);
    return r;
  }
  Union* u = reinterpret_cast<Union*>(object_alloc(&UnionType, sizeof(Union)));
  u->args = tuple_from_array(l->items, l->size);
  decref(l);
  return Value(u);
}

bool union_instancecheck(VM& vm, Value u, Value obj, int* out) {
  Tuple* a = u.as<Union>()->args;
  for (int64_t i = 0; i < a->size; ++i) {
    int r = is_instance(vm, obj, a->items[i]);
    if (r < 0) return false;
    if (r) {
      *out = 1;
      return true;
    }
  }
  *out = 0;
  return true;
}

bool union_subclasscheck(VM& vm, Value u, Value cls, int* out) {
  Tuple* a = u.as<Union>()->args;
  for (int64_t i = 0; i < a->size; ++i) {
    int r = is_subclass(vm, cls, a->items[i]);
    if (r < 0) return false;
    if (r) {
      *out = 1;
      return true;
    }
  }
  *out = 0;
  return true;
}

void init_union_type() {
  static NumberSlots number;
  number.binary[kOr] = union_type_or;
  Type* t = &UnionType;
  static_type_init(t, "types.UnionType", sizeof(Union), &ObjectType, 0);
  t->name = intern("UnionType");
  t->repr = union_repr;
  t->dealloc = union_dealloc;
  t->getsets = kUnionGetSets;
  t->richcompare = union_richcompare;
  t->number = &number;
}

}  // namespace coil
