// namespace.cpp - types.SimpleNamespace: an object whose attributes are its keyword arguments.
#include "vm/runtime.h"

namespace coil {

Type NamespaceType;

namespace {

struct Namespace : Object {
  Dict* dict;
};

Value ns_new(VM& vm, Type* type, Args) {
  Object* o = object_alloc(type, type->basicsize);
  if (!o) return raise_memory_error(vm);
  static_cast<Namespace*>(o)->dict = dict_new();
  gc_track(o);
  return Value(o);
}

bool ns_init(VM& vm, Value self, Args a) {
  if (a.n) {
    raisef(vm, &TypeErrorType, "no positional arguments expected");
    return false;
  }
  Namespace* ns = self.as<Namespace>();
  for (uint32_t i = 0; i < a.nkw(); ++i) dict_set_str(ns->dict, intern(a.kwname(i)->view()), a.kwvalue(i));
  return true;
}

Value ns_repr(VM& vm, Value self) {
  Namespace* ns = self.as<Namespace>();
  Type* t = type_of(self);
  std::string name = t == &NamespaceType ? "namespace" : type_name(t);
  if (!enter_recursion(vm, "")) return Value();
  std::string out = name + "(";
  int64_t pos = 0;
  Value k, v;
  bool first = true;
  while (dict_next(ns->dict, &pos, &k, &v)) {
    if (!is_str(k)) continue;
    if (!first) out += ", ";
    first = false;
    Value r = repr(vm, v);
    if (!r) {
      leave_recursion(vm);
      return Value();
    }
    out += std::string(as_str(k)->data) + "=" + as_str(r)->data;
    decref(r);
  }
  leave_recursion(vm);
  return Value(str_new(out + ")"));
}

Value ns_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if ((op != kEQ && op != kNE) || !is_subtype(type_of(b), &NamespaceType) || !is_subtype(type_of(a), &NamespaceType))
    return new_not_implemented();
  Value r = rich_compare(vm, Value(a.as<Namespace>()->dict), Value(b.as<Namespace>()->dict), op);
  return r;
}

void ns_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  xdecref(static_cast<Namespace*>(o)->dict);
  generic_dealloc(o);
}
void ns_traverse(Object* o, VisitFn visit, void* arg) {
  if (static_cast<Namespace*>(o)->dict) visit(static_cast<Namespace*>(o)->dict, arg);
}
void ns_clear(Object* o) {
  Namespace* ns = static_cast<Namespace*>(o);
  if (ns->dict) dict_clear(ns->dict);
}
Value ns_get_dict(VM&, Value self) { return newref(Value(self.as<Namespace>()->dict)); }
const GetSetDef kNsGetSets[] = {{"__dict__", ns_get_dict, nullptr, nullptr}, {nullptr, nullptr, nullptr, nullptr}};

}  // namespace

Value namespace_new(VM& vm, std::initializer_list<std::pair<const char*, Value>> items) {
  Value ns = ns_new(vm, &NamespaceType, Args{});
  for (auto& kv : items) {
    dict_set_str(ns.as<Namespace>()->dict, intern(kv.first), kv.second);
    decref(kv.second);
  }
  return ns;
}

void init_namespace_type() {
  Type* t = &NamespaceType;
  static_type_init(t, "types.SimpleNamespace", sizeof(Namespace), &ObjectType, kTypeBaseType | kTypeHasGC);
  t->name = intern("SimpleNamespace");
  t->new_ = ns_new;
  t->init = ns_init;
  t->repr = ns_repr;
  t->richcompare = ns_richcompare;
  t->dealloc = ns_dealloc;
  t->traverse = ns_traverse;
  t->clear = ns_clear;
  t->getsets = kNsGetSets;
  t->dict_offset = offsetof(Namespace, dict);
}

}  // namespace coil
