// mappingproxy.cpp - mappingproxy: a read-only view of a mapping (type.__dict__, dict views' .mapping).
#include "objects/mappingproxy.h"

#include <string>

#include "objects/argcheck.h"
#include "objects/unhashable.h"
#include "vm/runtime.h"

namespace coil {

Type MappingProxyType;

Value make_mappingproxy(VM& vm, Value mapping) {
  MappingProxy* p = reinterpret_cast<MappingProxy*>(object_alloc(&MappingProxyType, sizeof(MappingProxy)));
  if (!p) return raise_memory_error(vm);
  p->mapping = newref(mapping);
  gc_track(p);
  return Value(p);
}

namespace {

inline Value mapping_of(Value self) { return self.as<MappingProxy>()->mapping; }

Value mp_tp_new(VM& vm, Type*, Args a) {
  if (a.nkw() || a.n != 1) {
    if (a.n == 1 && a.nkw() == 1 && str_eq_ascii(a.kwname(0), "mapping")) {
      // fall through with the keyword value
    } else if (a.n == 0 && a.nkw() == 1 && str_eq_ascii(a.kwname(0), "mapping")) {
      // mappingproxy(mapping=...)
    } else if (a.n + a.nkw() == 0) {
      return raise(vm, &TypeErrorType, "mappingproxy() missing required argument 'mapping' (pos 1)");
    } else {
      return raisef(vm, &TypeErrorType, "mappingproxy() takes at most 1 argument (%u given)", a.n + a.nkw());
    }
  }
  Value mapping = a.n ? a[0] : a.kwvalue(0);
  Type* t = type_of(mapping);
  if (!t->getitem || is_list(mapping) || is_tuple(mapping))
    return raisef(vm, &TypeErrorType, "mappingproxy() argument must be a mapping, not %s", type_name(t));
  return make_mappingproxy(vm, mapping);
}

void mp_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  decref(static_cast<MappingProxy*>(o)->mapping);
  generic_dealloc(o);
}

void mp_traverse(Object* o, VisitFn visit, void* arg) {
  Value m = static_cast<MappingProxy*>(o)->mapping;
  if (m.is_obj()) visit(m.obj(), arg);
}

Value mp_repr(VM& vm, Value self) {
  Value r = repr(vm, mapping_of(self));
  if (!r) return Value();
  std::string out = "mappingproxy(" + std::string(as_str(r)->view()) + ")";
  decref(r);
  return Value(str_new(out));
}

Value mp_str(VM& vm, Value self) { return str_of(vm, mapping_of(self)); }

Value mp_richcompare(VM& vm, Value a, Value b, CompareOp op) { return rich_compare(vm, mapping_of(a), b, op); }

int64_t mp_len(VM& vm, Value self) { return length(vm, mapping_of(self)); }

Value mp_getitem(VM& vm, Value self, Value key) { return get_item(vm, mapping_of(self), key); }

int mp_contains(VM& vm, Value self, Value key) {
  Value m = mapping_of(self);
  if (is_dict_exact(m)) return dict_contains(vm, m.as<Dict>(), key);
  return contains(vm, m, key);
}

Value mp_iter(VM& vm, Value self) { return get_iter(vm, mapping_of(self)); }

Value mp_or(VM& vm, Value a, Value b) {
  if (a.is_obj() && a.obj()->type == &MappingProxyType) a = mapping_of(a);
  if (b.is_obj() && b.obj()->type == &MappingProxyType) b = mapping_of(b);
  return binary_op(vm, a, b, kOr);
}

Value mp_ior(VM& vm, Value a, Value) {
  return raisef(vm, &TypeErrorType, "'|=' is not supported by %s; use '|' instead", tname(a));
}

Value forward(VM& vm, Args a, const char* name) {
  return call_method(vm, mapping_of(a[0]), intern(name), Args{a.v + 1, a.n - 1, a.kwnames});
}

Value m_get(VM& vm, Args a) {
  if (!check_no_kw(vm, a, "mappingproxy.get")) return Value();
  return forward(vm, a, "get");
}
Value m_keys(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "mappingproxy.keys")) return Value();
  return forward(vm, a, "keys");
}
Value m_values(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "mappingproxy.values")) return Value();
  return forward(vm, a, "values");
}
Value m_items(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "mappingproxy.items")) return Value();
  return forward(vm, a, "items");
}
Value m_copy(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "mappingproxy.copy")) return Value();
  return forward(vm, a, "copy");
}
Value m_reversed(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "mappingproxy.__reversed__")) return Value();
  return forward(vm, a, "__reversed__");
}

const MethodDef kMappingProxyMethods[] = {
    {"get", m_get, kMethPlain,
     "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.", nullptr},
    {"keys", m_keys, kMethPlain, "D.keys() -> a set-like object providing a view on D's keys", nullptr},
    {"values", m_values, kMethPlain, "D.values() -> an object providing a view on D's values", nullptr},
    {"items", m_items, kMethPlain, "D.items() -> a set-like object providing a view on D's items", nullptr},
    {"copy", m_copy, kMethPlain, "D.copy() -> a shallow copy of D", nullptr},
    {"__reversed__", m_reversed, kMethPlain, "D.__reversed__() -> reverse iterator", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

NumberSlots g_mp_number;

}  // namespace

void init_mappingproxy_type() {
  g_mp_number.binary[kOr] = mp_or;
  g_mp_number.inplace[kOr] = mp_ior;
  Type* t = &MappingProxyType;
  static_type_init(t, "mappingproxy", sizeof(MappingProxy), &ObjectType, kTypeHasGC | kTypeMapping);
  t->new_ = mp_tp_new;
  t->dealloc = mp_dealloc;
  t->traverse = mp_traverse;
  t->repr = mp_repr;
  t->str = mp_str;
  t->richcompare = mp_richcompare;
  t->len = mp_len;
  t->getitem = mp_getitem;
  t->contains = mp_contains;
  t->iter = mp_iter;
  t->number = &g_mp_number;
  t->methods = kMappingProxyMethods;
  mark_unhashable(t);
}

}  // namespace coil
