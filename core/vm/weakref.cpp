// weakref.cpp - the weakref.ref type and the registry from objects to their weak references.
#include "vm/weakref.h"

#include <algorithm>
#include <cstdio>
#include <unordered_map>
#include <utility>
#include <vector>

#include "vm/finalize.h"
#include "vm/runtime.h"

namespace coil {

Type WeakrefType, WeakProxyType, WeakCallableProxyType;

namespace {

std::unordered_map<Object*, std::vector<Weakref*>>& registry() {
  static auto* m = new std::unordered_map<Object*, std::vector<Weakref*>>();
  return *m;
}

void unregister(Weakref* w) {
  if (!w->referent) return;
  auto& reg = registry();
  auto it = reg.find(w->referent);
  if (it != reg.end()) {
    auto& v = it->second;
    v.erase(std::remove(v.begin(), v.end(), w), v.end());
    if (v.empty()) {
      it->first->gc_index &= ~Object::kWeakrefBit;
      reg.erase(it);
    }
  }
  w->referent = nullptr;
}

void weakref_dealloc(Object* o) {
  Weakref* w = static_cast<Weakref*>(o);
  if (gc_is_tracked(o)) gc_untrack(o);
  unregister(w);
  decref(w->callback);
  generic_dealloc(o);
}

void weakref_traverse(Object* o, VisitFn visit, void* arg) {
  Weakref* w = static_cast<Weakref*>(o);
  if (w->callback.is_obj()) visit(w->callback.obj(), arg);
}

void weakref_clear_slot(Object* o) {
  Weakref* w = static_cast<Weakref*>(o);
  Value cb = w->callback;
  w->callback = Value();
  decref(cb);
}

Value weakref_call(VM& vm, Value self, Args a) {
  if (a.n || a.nkw()) return raise(vm, &TypeErrorType, "weakref() takes no arguments");
  Weakref* w = self.as<Weakref>();
  return w->referent ? newref(Value(w->referent)) : new_none();
}

Value weakref_repr(VM& vm, Value self) {
  Weakref* w = self.as<Weakref>();
  char buf[160];
  if (!w->referent) {
    std::snprintf(buf, sizeof buf, "<weakref at %p; dead>", static_cast<void*>(w));
  } else {
    std::snprintf(buf, sizeof buf, "<weakref at %p; to '%s' at %p>", static_cast<void*>(w),
                  type_name(w->referent->type), static_cast<void*>(w->referent));
  }
  (void)vm;
  return Value(str_from_cstr(buf));
}

bool weakref_hash(VM& vm, Value self, int64_t* out) {
  Weakref* w = self.as<Weakref>();
  if (w->hash != -1) {
    *out = w->hash;
    return true;
  }
  if (!w->referent) {
    raise(vm, &TypeErrorType, "weak object has gone away");
    return false;
  }
  if (!hash_value(vm, Value(w->referent), out)) return false;
  w->hash = *out;
  return true;
}

Value weakref_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if ((op != kEQ && op != kNE) || !is_subtype(type_of(b), &WeakrefType)) return new_not_implemented();
  Weakref* x = a.as<Weakref>();
  Weakref* y = b.as<Weakref>();
  if (!x->referent || !y->referent) {
    bool eq = x == y;
    return new_bool(op == kEQ ? eq : !eq);
  }
  return rich_compare(vm, Value(x->referent), Value(y->referent), op);
}

Value weakref_new_slot(VM& vm, Type* type, Args a) {
  if (a.nkw()) return raise(vm, &TypeErrorType, "ref() takes no keyword arguments");
  if (a.n < 1 || a.n > 2) return raisef(vm, &TypeErrorType, "__new__ expected at most 2 arguments, got %u", a.n);
  return weakref_new(vm, type, a[0], a.n > 1 ? a[1] : Value());
}

bool weakref_init(VM&, Value, Args) { return true; }

Value weakref_get_callback(VM&, Value self) {
  Value cb = self.as<Weakref>()->callback;
  return cb ? newref(cb) : new_none();
}
const GetSetDef kWeakrefGetSets[] = {{"__callback__", weakref_get_callback, nullptr, nullptr},
                                     {nullptr, nullptr, nullptr, nullptr}};

// proxies forward attribute access to the referent
Object* proxy_referent(VM& vm, Value self) {
  Weakref* w = self.as<Weakref>();
  if (!w->referent) raise(vm, &ReferenceErrorType, "weakly-referenced object no longer exists");
  return w->referent;
}
Value proxy_getattr(VM& vm, Value self, Str* name) {
  Object* r = proxy_referent(vm, self);
  return r ? get_attr(vm, Value(r), name) : Value();
}
bool proxy_setattr(VM& vm, Value self, Str* name, Value v) {
  Object* r = proxy_referent(vm, self);
  return r ? set_attr(vm, Value(r), name, v) : false;
}
Value proxy_repr(VM& vm, Value self) {
  Weakref* w = self.as<Weakref>();
  char buf[160];
  std::snprintf(buf, sizeof buf, "<weakproxy at %p; to '%s' at %p>", static_cast<void*>(w),
                w->referent ? type_name(w->referent->type) : "NoneType", static_cast<void*>(w->referent));
  (void)vm;
  return Value(str_from_cstr(buf));
}
Value proxy_str(VM& vm, Value self) {
  Object* r = proxy_referent(vm, self);
  return r ? str_of(vm, Value(r)) : Value();
}
Value proxy_call(VM& vm, Value self, Args a) {
  Object* r = proxy_referent(vm, self);
  return r ? call(vm, Value(r), a) : Value();
}
int64_t proxy_len(VM& vm, Value self) {
  Object* r = proxy_referent(vm, self);
  return r ? length(vm, Value(r)) : -1;
}
Value proxy_getitem(VM& vm, Value self, Value k) {
  Object* r = proxy_referent(vm, self);
  return r ? get_item(vm, Value(r), k) : Value();
}

// The proxies' other operations unwrap every proxy operand and apply the operation to the
// referents (CPython's weakref proxy protocol).
bool is_proxy(Value v) {
  Type* t = type_of(v);
  return t == &WeakProxyType || t == &WeakCallableProxyType;
}
// v itself, or the referent of a proxy (borrowed); null with ReferenceError if it died.
Value unwrap(VM& vm, Value v) {
  if (!is_proxy(v)) return v;
  Object* r = proxy_referent(vm, v);
  return r ? Value(r) : Value();
}
int proxy_truth(VM& vm, Value self) {
  Object* r = proxy_referent(vm, self);
  return r ? truthy(vm, Value(r)) : -1;
}
Value proxy_iter(VM& vm, Value self) {
  Object* r = proxy_referent(vm, self);
  return r ? get_iter(vm, Value(r)) : Value();
}
Value proxy_next(VM& vm, Value self) {
  Object* r = proxy_referent(vm, self);
  if (!r) return Value();
  if (!r->type->next)
    return raisef(vm, &TypeErrorType, "Weakref proxy referenced a non-iterator '%s' object", type_name(r->type));
  return iter_next(vm, Value(r));
}
int proxy_contains(VM& vm, Value self, Value item) {
  Object* r = proxy_referent(vm, self);
  return r ? contains(vm, Value(r), item) : -1;
}
bool proxy_setitem(VM& vm, Value self, Value key, Value v) {
  Object* r = proxy_referent(vm, self);
  return r ? set_item(vm, Value(r), key, v) : false;
}
Value proxy_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  Value x = unwrap(vm, a);
  if (!x) return Value();
  Value y = unwrap(vm, b);
  if (!y) return Value();
  return rich_compare(vm, x, y, op);
}
template <int Op>
Value proxy_binary(VM& vm, Value a, Value b) {
  Value x = unwrap(vm, a);
  if (!x) return Value();
  Value y = unwrap(vm, b);
  if (!y) return Value();
  return binary_op(vm, x, y, Op);
}
template <int Op>
Value proxy_unary(VM& vm, Value self) {
  Object* r = proxy_referent(vm, self);
  return r ? unary_op(vm, Value(r), UnaryOp(Op)) : Value();
}
Value proxy_index(VM& vm, Value self) {
  Object* r = proxy_referent(vm, self);
  return r ? number_index(vm, Value(r)) : Value();
}
Value proxy_pow3(VM& vm, Value a, Value b, Value m) {
  Value x = unwrap(vm, a);
  if (!x) return Value();
  Value y = unwrap(vm, b);
  if (!y) return Value();
  Value z = unwrap(vm, m);
  if (!z) return Value();
  return ternary_pow(vm, x, y, z);
}

template <int... I>
void fill_number_slots(NumberSlots* n, std::integer_sequence<int, I...>) {
  ((n->binary[I] = proxy_binary<I>), ...);
  ((n->inplace[I] = proxy_binary<kInplace + I>), ...);
}

NumberSlots g_proxy_number;

bool proxy_hash(VM& vm, Value self, int64_t*) {
  raisef(vm, &TypeErrorType, "unhashable type: '%s'", type_of(self)->cname);
  return false;
}

void set_proxy_slots(Type* t) {
  t->hash = proxy_hash;
  t->truth = proxy_truth;
  t->iter = proxy_iter;
  t->next = proxy_next;
  t->contains = proxy_contains;
  t->setitem = proxy_setitem;
  t->richcompare = proxy_richcompare;
  t->number = &g_proxy_number;
}

}  // namespace

bool weakref_supported(Type* t) { return type_has(t, kTypeHasWeakrefs) || t == &TypeType || is_subtype(t, &TypeType); }

Value weakref_new(VM& vm, Type* type, Value obj, Value callback) {
  if (!obj.is_obj() || !weakref_supported(obj.obj()->type))
    return raisef(vm, &TypeErrorType, "cannot create weak reference to '%s' object", tname(obj));
  if (callback && is_none(callback)) callback = Value();
  auto& reg = registry();
  Object* o = obj.obj();
  // Without a callback, the plain ref (or proxy) of an object is shared, as in CPython.
  if (!callback && (type == &WeakrefType || type == &WeakProxyType || type == &WeakCallableProxyType)) {
    auto it = reg.find(o);
    if (it != reg.end()) {
      for (Weakref* w : it->second)
        if (!w->callback && w->type == type) return newref(Value(w));
    }
  }
  Weakref* w = reinterpret_cast<Weakref*>(object_alloc(type, type->basicsize ? type->basicsize : sizeof(Weakref)));
  w->referent = o;
  w->callback = newref(callback);
  w->hash = -1;
  gc_track(w);
  reg[o].push_back(w);
  o->gc_index |= Object::kWeakrefBit;
  return Value(w);
}

namespace {
// Detaches every weak reference from o, newest first (the order CPython calls callbacks in).
std::vector<Weakref*> detach_all(Object* o) {
  auto& reg = registry();
  auto it = reg.find(o);
  o->gc_index &= ~Object::kWeakrefBit;
  if (it == reg.end()) return {};
  std::vector<Weakref*> refs = std::move(it->second);
  reg.erase(it);
  std::reverse(refs.begin(), refs.end());
  for (Weakref* w : refs) w->referent = nullptr;
  return refs;
}
}  // namespace

void weakref_clear_all(Object* o) {
  std::vector<Weakref*> refs = detach_all(o);
  for (Weakref* w : refs) {
    if (w->callback && g_vm) {
      Value cb = w->callback;
      w->callback = Value();
      queue_weakref_callback(cb, newref(Value(w)));
    }
  }
}

void weakref_detach_all(Object* o, std::vector<Weakref*>* out) {
  std::vector<Weakref*> refs = detach_all(o);
  out->insert(out->end(), refs.begin(), refs.end());
}

bool is_weakref_object(Object* o) {
  Type* t = o->type;
  return t == &WeakrefType || t == &WeakProxyType || t == &WeakCallableProxyType || is_subtype(t, &WeakrefType);
}

void weakref_forget_referent(Weakref* w) { unregister(w); }

int64_t weakref_count(Object* o) {
  auto& reg = registry();
  auto it = reg.find(o);
  return it == reg.end() ? 0 : int64_t(it->second.size());
}

namespace {
// o's weak references in CPython's list order: the shared ref (no callback), the shared proxy,
// then the others newest first.
std::vector<Weakref*> ordered_refs(Object* o) {
  std::vector<Weakref*> out;
  auto& reg = registry();
  auto it = reg.find(o);
  if (it == reg.end()) return out;
  const std::vector<Weakref*>& v = it->second;
  auto shared_ref = [](Weakref* w) { return !w->callback && w->type == &WeakrefType; };
  auto shared_proxy = [](Weakref* w) {
    return !w->callback && (w->type == &WeakProxyType || w->type == &WeakCallableProxyType);
  };
  for (Weakref* w : v)
    if (shared_ref(w)) out.push_back(w);
  for (Weakref* w : v)
    if (shared_proxy(w)) out.push_back(w);
  for (auto r = v.rbegin(); r != v.rend(); ++r)
    if (!shared_ref(*r) && !shared_proxy(*r)) out.push_back(*r);
  return out;
}
}  // namespace

Value weakref_head(Object* o) {
  std::vector<Weakref*> refs = ordered_refs(o);
  return refs.empty() ? new_none() : newref(Value(refs[0]));
}

Value weakref_list(VM& vm, Object* o) {
  List* l = list_new(0);
  for (Weakref* w : ordered_refs(o)) list_append(vm, l, Value(w));
  return Value(l);
}

void init_weakref_types() {
  Type* t = &WeakrefType;
  static_type_init(t, "weakref.ReferenceType", sizeof(Weakref), &ObjectType, kTypeBaseType | kTypeHasGC);
  t->name = intern("ReferenceType");
  t->dealloc = weakref_dealloc;
  t->traverse = weakref_traverse;
  t->clear = weakref_clear_slot;
  t->call = weakref_call;
  t->repr = weakref_repr;
  t->hash = weakref_hash;
  t->richcompare = weakref_richcompare;
  t->new_ = weakref_new_slot;
  t->init = weakref_init;
  t->getsets = kWeakrefGetSets;

  fill_number_slots(&g_proxy_number, std::make_integer_sequence<int, kBinOpCount>());
  g_proxy_number.unary[kNeg] = proxy_unary<kNeg>;
  g_proxy_number.unary[kPos] = proxy_unary<kPos>;
  g_proxy_number.unary[kInvert] = proxy_unary<kInvert>;
  g_proxy_number.unary[kAbs] = proxy_unary<kAbs>;
  g_proxy_number.index = proxy_index;
  g_proxy_number.pow3 = proxy_pow3;

  t = &WeakProxyType;
  static_type_init(t, "weakref.ProxyType", sizeof(Weakref), &ObjectType, kTypeHasGC);
  t->dealloc = weakref_dealloc;
  t->traverse = weakref_traverse;
  t->clear = weakref_clear_slot;
  t->getattr = proxy_getattr;
  t->setattr = proxy_setattr;
  t->repr = proxy_repr;
  t->str = proxy_str;
  t->len = proxy_len;
  t->getitem = proxy_getitem;
  set_proxy_slots(t);

  t = &WeakCallableProxyType;
  static_type_init(t, "weakref.CallableProxyType", sizeof(Weakref), &ObjectType, kTypeHasGC);
  t->dealloc = weakref_dealloc;
  t->traverse = weakref_traverse;
  t->clear = weakref_clear_slot;
  t->getattr = proxy_getattr;
  t->setattr = proxy_setattr;
  t->repr = proxy_repr;
  t->str = proxy_str;
  t->call = proxy_call;
  t->len = proxy_len;
  t->getitem = proxy_getitem;
  set_proxy_slots(t);
}

}  // namespace coil
