// mod_gc.cpp - the gc module: collect(), thresholds and counts, enable/disable, debug flags,
// statistics, get_objects/get_referrers/get_referents, freeze, callbacks and garbage.
#include "modules/registry.h"
#include "vm/gc.h"
#include "vm/runtime.h"

namespace coil {

namespace {

// ------------------------------------------------------------------ argument helpers

// A C int argument like CPython's "i" format and clinic `int` converter.
bool c_int_arg(VM& vm, Value v, bool clinic, int* out) {
  Value i = number_index(vm, v);
  if (!i) return false;
  bool overflow = false;
  int64_t x = int_as_i64(i, &overflow);
  int sign = int_sign(i);
  decref(i);
  if (overflow || x > INT32_MAX || x < INT32_MIN) {
    if (clinic) raise(vm, &OverflowErrorType, "Python int too large to convert to C int");
    else if (sign > 0) raise(vm, &OverflowErrorType, "signed integer is greater than maximum");
    else raise(vm, &OverflowErrorType, "signed integer is less than minimum");
    return false;
  }
  *out = int(x);
  return true;
}

bool no_args(VM& vm, Args a, const char* name) {
  if (a.nkw()) {
    raisef(vm, &TypeErrorType, "gc.%s() takes no keyword arguments", name);
    return false;
  }
  if (a.n) {
    raisef(vm, &TypeErrorType, "gc.%s() takes no arguments (%u given)", name, a.n);
    return false;
  }
  return true;
}

bool one_arg(VM& vm, Args a, const char* name) {
  if (a.nkw()) {
    raisef(vm, &TypeErrorType, "gc.%s() takes no keyword arguments", name);
    return false;
  }
  if (a.n != 1) {
    raisef(vm, &TypeErrorType, "gc.%s() takes exactly one argument (%u given)", name, a.n);
    return false;
  }
  return true;
}

// One optional argument `name` that may be given by keyword: the value, or null if absent.
bool optional_arg(VM& vm, Args a, const char* fname, const char* argname, Value* out) {
  *out = Value();
  uint32_t total = a.n + a.nkw();
  if (total > 1) {
    raisef(vm, &TypeErrorType, "%s() takes at most 1 argument (%u given)", fname, total);
    return false;
  }
  if (a.n) *out = a[0];
  if (a.nkw()) {
    if (as_str(Value(a.kwname(0)))->view() != argname) {
      raisef(vm, &TypeErrorType, "'%s' is an invalid keyword argument for %s()", a.kwname(0)->data, fname);
      return false;
    }
    *out = a.kwvalue(0);
  }
  return true;
}

List* list_of(VM& vm, const std::vector<Object*>& items) {
  List* l = list_new(0);
  for (Object* o : items) list_append(vm, l, Value(o));
  return l;
}

// ------------------------------------------------------------------ collection

Co<Value> gc_collect_fn(VM& vm, Args a) {
  Value gen;
  if (!optional_arg(vm, a, "collect", "generation", &gen)) co_return Value();
  int generation = kGcGenerations - 1;
  if (gen && !c_int_arg(vm, gen, true, &generation)) co_return Value();
  if (generation < 0 || generation >= kGcGenerations) co_return raise(vm, &ValueErrorType, "invalid generation");
  Value r = co_await gc_collect_co(vm, generation);
  co_return r;
}

Value gc_enable(VM& vm, Args a) {
  if (!no_args(vm, a, "enable")) return Value();
  gc_state(vm).enabled = true;
  return new_none();
}

Value gc_disable(VM& vm, Args a) {
  if (!no_args(vm, a, "disable")) return Value();
  gc_state(vm).enabled = false;
  return new_none();
}

Value gc_isenabled(VM& vm, Args a) {
  if (!no_args(vm, a, "isenabled")) return Value();
  return new_bool(gc_state(vm).enabled);
}

Value gc_get_threshold(VM& vm, Args a) {
  if (!no_args(vm, a, "get_threshold")) return Value();
  GcState& st = gc_state(vm);
  return Value(tuple_of({Value::small(st.threshold[0]), Value::small(st.threshold[1]), Value::small(st.threshold[2])}));
}

Value gc_set_threshold(VM& vm, Args a) {
  if (a.nkw()) return raise(vm, &TypeErrorType, "set_threshold() takes no keyword arguments");
  if (a.n < 1) return raisef(vm, &TypeErrorType, "set_threshold() takes at least 1 argument (%u given)", a.n);
  if (a.n > 3) return raisef(vm, &TypeErrorType, "set_threshold() takes at most 3 arguments (%u given)", a.n);
  GcState& st = gc_state(vm);
  int values[3] = {st.threshold[0], st.threshold[1], st.threshold[2]};
  for (uint32_t i = 0; i < a.n; ++i)
    if (!c_int_arg(vm, a[i], false, &values[i])) return Value();
  for (int i = 0; i < 3; ++i) st.threshold[i] = values[i];
  return new_none();
}

Value gc_get_count(VM& vm, Args a) {
  if (!no_args(vm, a, "get_count")) return Value();
  Value c0 = int_from_i64(gc_count(0)), c1 = int_from_i64(gc_count(1)), c2 = int_from_i64(gc_count(2));
  Tuple* t = tuple_of({c0, c1, c2});
  decref(c0);
  decref(c1);
  decref(c2);
  return Value(t);
}

Value gc_get_debug(VM& vm, Args a) {
  if (!no_args(vm, a, "get_debug")) return Value();
  return int_from_i64(gc_state(vm).debug);
}

Value gc_set_debug(VM& vm, Args a) {
  if (!one_arg(vm, a, "set_debug")) return Value();
  int flags;
  if (!c_int_arg(vm, a[0], true, &flags)) return Value();
  gc_state(vm).debug = flags;
  return new_none();
}

Value gc_get_stats(VM& vm, Args a) {
  if (!no_args(vm, a, "get_stats")) return Value();
  GcState& st = gc_state(vm);
  List* l = list_new(0);
  for (int g = 0; g < kGcGenerations; ++g) {
    Dict* d = dict_new();
    const char* names[3] = {"collections", "collected", "uncollectable"};
    int64_t values[3] = {st.stats[g].collections, st.stats[g].collected, st.stats[g].uncollectable};
    for (int i = 0; i < 3; ++i) {
      Value v = int_from_i64(values[i]);
      dict_set_str(d, intern(names[i]), v);
      decref(v);
    }
    list_append(vm, l, Value(d));
    decref(d);
  }
  return Value(l);
}

// ------------------------------------------------------------------ objects

Value gc_get_objects(VM& vm, Args a) {
  Value gen;
  if (!optional_arg(vm, a, "get_objects", "generation", &gen)) return Value();
  int64_t generation = -1;
  if (gen && !is_none(gen)) {
    if (!is_int(gen)) return raisef(vm, &TypeErrorType, "argument should be integer or None, not '%s'", tname(gen));
    bool overflow = false;
    generation = int_as_i64(int_value(gen), &overflow);
    if (overflow) return raise(vm, &OverflowErrorType, "cannot fit 'int' into an index-sized integer");
    if (generation >= kGcGenerations)
      return raise(vm, &ValueErrorType,
                   "generation parameter must be less than the number of available generations (3)");
    if (generation < -1) return raise(vm, &ValueErrorType, "generation parameter cannot be negative");
  }
  std::vector<Object*> objs;
  gc_objects(int(generation), &objs);
  return Value(list_of(vm, objs));
}

Value gc_is_tracked_fn(VM& vm, Args a) {
  if (!one_arg(vm, a, "is_tracked")) return Value();
  return new_bool(a[0].is_obj() && gc_is_tracked(a[0].obj()));
}

Value gc_is_finalized(VM& vm, Args a) {
  if (!one_arg(vm, a, "is_finalized")) return Value();
  return new_bool(a[0].is_obj() && type_has(a[0].obj()->type, kTypeHasGC) &&
                  (a[0].obj()->gc_index & Object::kFinalizedBit));
}

Value gc_get_referrers(VM& vm, Args a) {
  if (a.nkw()) return raise(vm, &TypeErrorType, "get_referrers() takes no keyword arguments");
  std::vector<Object*> out;
  gc_referrers(a.v, a.n, &out);
  return Value(list_of(vm, out));
}

Value gc_get_referents(VM& vm, Args a) {
  if (a.nkw()) return raise(vm, &TypeErrorType, "get_referents() takes no keyword arguments");
  std::vector<Value> out;
  for (uint32_t i = 0; i < a.n; ++i) gc_referents(a[i], &out);
  List* l = list_new(0);
  for (Value v : out) list_append(vm, l, v);
  return Value(l);
}

Value gc_freeze_fn(VM& vm, Args a) {
  if (!no_args(vm, a, "freeze")) return Value();
  gc_freeze();
  return new_none();
}

Value gc_unfreeze_fn(VM& vm, Args a) {
  if (!no_args(vm, a, "unfreeze")) return Value();
  gc_unfreeze();
  return new_none();
}

Value gc_get_freeze_count(VM& vm, Args a) {
  if (!no_args(vm, a, "get_freeze_count")) return Value();
  return int_from_i64(gc_freeze_count());
}

const MethodDef kGcMethods[] = {
    {"enable", gc_enable, kMethPlain, "Enable automatic garbage collection.", nullptr},
    {"disable", gc_disable, kMethPlain, "Disable automatic garbage collection.", nullptr},
    {"isenabled", gc_isenabled, kMethPlain, "Returns true if automatic garbage collection is enabled.", nullptr},
    {"collect", nullptr, kMethCo,
     "Run the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\nmay be an "
     "integer specifying which generation to collect.  A ValueError\nis raised if the generation number is "
     "invalid.\n\nThe number of unreachable objects is returned.",
     gc_collect_fn},
    {"get_count", gc_get_count, kMethPlain, "Return a three-tuple of the current collection counts.", nullptr},
    {"get_debug", gc_get_debug, kMethPlain, "Get the garbage collection debugging flags.", nullptr},
    {"set_debug", gc_set_debug, kMethPlain, "Set the garbage collection debugging flags.", nullptr},
    {"get_stats", gc_get_stats, kMethPlain, "Return a list of dictionaries containing per-generation statistics.",
     nullptr},
    {"get_threshold", gc_get_threshold, kMethPlain, "Return the current collection thresholds.", nullptr},
    {"set_threshold", gc_set_threshold, kMethPlain, "Set the collection thresholds (the collection frequency).",
     nullptr},
    {"get_objects", gc_get_objects, kMethPlain, "Return a list of objects tracked by the collector (excluding the list returned).",
     nullptr},
    {"get_referrers", gc_get_referrers, kMethPlain, "Return the list of objects that directly refer to any of objs.",
     nullptr},
    {"get_referents", gc_get_referents, kMethPlain, "Return the list of objects that are directly referred to by objs.",
     nullptr},
    {"is_tracked", gc_is_tracked_fn, kMethPlain, "Returns true if the object is tracked by the garbage collector.",
     nullptr},
    {"is_finalized", gc_is_finalized, kMethPlain, "Returns true if the object has been already finalized by the GC.",
     nullptr},
    {"freeze", gc_freeze_fn, kMethPlain, "Freeze all current tracked objects and ignore them for future collections.",
     nullptr},
    {"unfreeze", gc_unfreeze_fn, kMethPlain, "Unfreeze all objects in the permanent generation.", nullptr},
    {"get_freeze_count", gc_get_freeze_count, kMethPlain, "Return the number of objects in the permanent generation.",
     nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

bool gc_init(VM& vm, Module* m) {
  GcState& st = gc_state(vm);
  if (!st.garbage) st.garbage = list_new(0);
  if (!st.callbacks) st.callbacks = list_new(0);
  dict_set_str(m->dict, intern("garbage"), Value(st.garbage));
  dict_set_str(m->dict, intern("callbacks"), Value(st.callbacks));
  const struct {
    const char* name;
    int value;
  } flags[] = {{"DEBUG_STATS", kGcDebugStats},
               {"DEBUG_COLLECTABLE", kGcDebugCollectable},
               {"DEBUG_UNCOLLECTABLE", kGcDebugUncollectable},
               {"DEBUG_SAVEALL", kGcDebugSaveAll},
               {"DEBUG_LEAK", kGcDebugLeak}};
  for (const auto& f : flags) dict_set_str(m->dict, intern(f.name), Value::small(f.value));
  return true;
}

}  // namespace

const ModuleDef kModGc = {
    "gc", kGcMethods, gc_init,
    "This module provides access to the garbage collector for reference cycles.\n\n"
    "enable() -- Enable automatic garbage collection.\n"
    "disable() -- Disable automatic garbage collection.\n"
    "isenabled() -- Returns true if automatic collection is enabled.\n"
    "collect() -- Do a full collection right now.\n"
    "get_count() -- Return the current collection counts.\n"
    "get_stats() -- Return list of dictionaries containing per-generation stats.\n"
    "set_debug() -- Set debugging flags.\n"
    "get_debug() -- Get debugging flags.\n"
    "set_threshold() -- Set the collection thresholds.\n"
    "get_threshold() -- Return the current the collection thresholds.\n"
    "get_objects() -- Return a list of all objects tracked by the collector.\n"
    "is_tracked() -- Returns true if a given object is tracked.\n"
    "is_finalized() -- Returns true if a given object has been already finalized.\n"
    "get_referrers() -- Return the list of objects that refer to an object.\n"
    "get_referents() -- Return the list of objects that an object refers to.\n"
    "freeze() -- Freeze all tracked objects and ignore them for future collections.\n"
    "unfreeze() -- Unfreeze all objects in the permanent generation.\n"
    "get_freeze_count() -- Return the number of objects in the permanent generation.\n"};

}  // namespace coil
