// mod_gc.cpp - the gc module: collect(), enable()/disable()/isenabled(), thresholds.
#include "modules/registry.h"
#include "vm/runtime.h"

namespace coil {

int64_t gc_collect(VM& vm);
std::size_t gc_tracked_count();

namespace {

Value gc_collect_fn(VM& vm, Args a) {
  Value out[1];
  if (!parse_args(vm, a, "collect", "|generation", out)) return Value();
  int64_t n = gc_collect(vm);
  // finalizers found by the collection run at the next instruction boundary; collect again
  // afterwards happens automatically.
  return int_from_i64(n);
}

Value gc_enable(VM& vm, Args) {
  vm.gc_enabled = 1;
  return new_none();
}
Value gc_disable(VM& vm, Args) {
  vm.gc_enabled = 0;
  return new_none();
}
Value gc_isenabled(VM& vm, Args) { return new_bool(vm.gc_enabled); }
Value gc_get_threshold(VM&, Args) { return Value(tuple_of({Value::small(700), Value::small(10), Value::small(10)})); }
Value gc_set_threshold(VM&, Args) { return new_none(); }
Value gc_get_count(VM& vm, Args) {
  return Value(tuple_of({int_from_i64(vm.gc_allocs), Value::small(0), Value::small(0)}));
}
Value gc_is_tracked_fn(VM& vm, Args a) {
  if (!check_nargs(vm, a, "is_tracked", 1, 1)) return Value();
  return new_bool(a[0].is_obj() && gc_is_tracked(a[0].obj()));
}

const MethodDef kGcMethods[] = {
    {"collect", gc_collect_fn, kMethPlain, "Run the garbage collector.", nullptr},
    {"enable", gc_enable, kMethPlain, nullptr, nullptr},
    {"disable", gc_disable, kMethPlain, nullptr, nullptr},
    {"isenabled", gc_isenabled, kMethPlain, nullptr, nullptr},
    {"get_threshold", gc_get_threshold, kMethPlain, nullptr, nullptr},
    {"set_threshold", gc_set_threshold, kMethPlain, nullptr, nullptr},
    {"get_count", gc_get_count, kMethPlain, nullptr, nullptr},
    {"is_tracked", gc_is_tracked_fn, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

bool gc_init(VM&, Module* m) {
  List* garbage = list_new(0);
  dict_set_str(m->dict, intern("garbage"), Value(garbage));
  decref(garbage);
  List* callbacks = list_new(0);
  dict_set_str(m->dict, intern("callbacks"), Value(callbacks));
  decref(callbacks);
  return true;
}

}  // namespace

const ModuleDef kModGc = {"gc", kGcMethods, gc_init, "This module provides access to the garbage collector."};

}  // namespace coil
