// mod_weakref.cpp - the _weakref module: ref, proxy and the counts (the weakref module, with
// WeakValueDictionary and friends, is written in Python: core/pylib/weakref.py).
#include "modules/registry.h"
#include "vm/runtime.h"
#include "vm/weakref.h"

namespace coil {

namespace {

Value wr_getweakrefcount(VM& vm, Args a) {
  if (!check_nargs(vm, a, "getweakrefcount", 1, 1)) return Value();
  return int_from_i64(a[0].is_obj() ? weakref_count(a[0].obj()) : 0);
}

Value wr_getweakrefs(VM& vm, Args a) {
  if (!check_nargs(vm, a, "getweakrefs", 1, 1)) return Value();
  if (!a[0].is_obj()) return Value(list_new(0));
  return weakref_list(vm, a[0].obj());
}

Value wr_proxy(VM& vm, Args a) {
  if (!check_nargs(vm, a, "proxy", 1, 2)) return Value();
  Type* t = is_callable(a[0]) ? &WeakCallableProxyType : &WeakProxyType;
  return weakref_new(vm, t, a[0], a.n > 1 ? a[1] : Value());
}

const MethodDef kWeakrefMethods[] = {
    {"getweakrefcount", wr_getweakrefcount, kMethPlain, nullptr, nullptr},
    {"getweakrefs", wr_getweakrefs, kMethPlain, nullptr, nullptr},
    {"proxy", wr_proxy, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

bool weakref_init(VM&, Module* m) {
  dict_set_str(m->dict, intern("ref"), Value(&WeakrefType));
  dict_set_str(m->dict, intern("ReferenceType"), Value(&WeakrefType));
  dict_set_str(m->dict, intern("ProxyType"), Value(&WeakProxyType));
  dict_set_str(m->dict, intern("CallableProxyType"), Value(&WeakCallableProxyType));
  return true;
}

}  // namespace

const ModuleDef kModWeakref = {"_weakref", kWeakrefMethods, weakref_init,
                               "Weak-reference support module."};

}  // namespace coil
