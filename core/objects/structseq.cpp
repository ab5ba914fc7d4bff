// structseq.cpp - named tuples defined in C++ (sys.version_info, sys.flags, time.struct_time...).
#include "objects/structseq.h"

#include "objects/boxed.h"
#include "vm/runtime.h"

namespace coil {

namespace {

struct FieldGetter : Object {
  int64_t index;
};
Type FieldGetterType;

Value field_get(VM& vm, Value self, Value obj, Value) {
  if (!obj) return newref(self);
  Tuple* t = as_tuple(obj);
  int64_t i = self.as<FieldGetter>()->index;
  if (i >= t->size) return raise(vm, &AttributeErrorType, "field not set");
  return newref(t->items[i]);
}

Value structseq_repr(VM& vm, Value self) {
  Type* t = type_of(self);
  Tuple* items = as_tuple(self);
  Value fields = dict_get_str(t->dict, intern("_fields"));
  std::string out = std::string(t->cname) + "(";
  Tuple* names = fields ? as_tuple(fields) : nullptr;
  for (int64_t i = 0; i < items->size; ++i) {
    if (i) out += ", ";
    if (names && i < names->size) out += std::string(as_str(names->items[i])->data) + "=";
    Value r = repr(vm, items->items[i]);
    if (!r) return Value();
    out += as_str(r)->data;
    decref(r);
  }
  out += ")";
  return Value(str_new(out));
}

}  // namespace

void init_structseq_support() {
  static_type_init(&FieldGetterType, "structseq_field", sizeof(FieldGetter), &ObjectType, 0);
  FieldGetterType.descr_get = field_get;
}

Type* structseq_new_type(const char* qualified_name, const std::vector<const char*>& fields) {
  Type* t = new Type();
  static_type_init(t, qualified_name, sizeof(Boxed), &TupleType, kTypeBoxed | kTypeTupleSubclass);
  t->flags &= ~kTypeBaseType;
  t->repr = structseq_repr;
  type_ready(t);
  Tuple* names = tuple_new(int64_t(fields.size()));
  for (std::size_t i = 0; i < fields.size(); ++i) {
    names->items[i] = Value(str_from_cstr(fields[i]));
    FieldGetter* g = reinterpret_cast<FieldGetter*>(object_alloc(&FieldGetterType, sizeof(FieldGetter)));
    g->index = int64_t(i);
    dict_set_str(t->dict, intern(fields[i]), Value(g));
    decref(g);
  }
  dict_set_str(t->dict, intern("_fields"), Value(names));
  dict_set_str(t->dict, intern("n_fields"), Value::small(int64_t(fields.size())));
  dict_set_str(t->dict, intern("n_sequence_fields"), Value::small(int64_t(fields.size())));
  decref(names);
  return t;
}

Value structseq_make(VM& vm, Type* t, std::initializer_list<Value> values) {
  Tuple* items = tuple_new(int64_t(values.size()));
  int64_t i = 0;
  for (Value v : values) items->items[i++] = v;  // steals
  return boxed_new(vm, t, Value(items));
}

}  // namespace coil
