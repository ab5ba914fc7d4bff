// mod_atexit.cpp - the atexit module: functions registered to run at interpreter exit, newest first.
#include "modules/registry.h"
#include "vm/call.h"
#include "vm/periodic.h"
#include "vm/runtime.h"

namespace coil {

namespace {

// vm.atexit holds one tuple per registration: (func, (positional args..., keyword values...),
// number of positional args, keyword names or None).
List* callbacks(VM& vm) {
  if (!vm.atexit) vm.atexit = list_new(0);
  return vm.atexit;
}

Value atexit_register(VM& vm, Args a) {
  if (a.n < 1) {
    if (a.nkw()) return raise(vm, &TypeErrorType, "register() takes at least 1 positional argument (0 given)");
    return raise(vm, &TypeErrorType, "register() takes at least 1 argument (0 given)");
  }
  if (!is_callable(a[0])) return raise(vm, &TypeErrorType, "the first argument must be callable");
  uint32_t nvalues = a.n - 1 + a.nkw();
  Tuple* values = tuple_new(nvalues);
  for (uint32_t i = 0; i < nvalues; ++i) values->items[i] = newref(a.v[1 + i]);
  Value npos = Value::small(a.n - 1);
  Value names = a.kwnames ? Value(a.kwnames) : none();
  Tuple* entry = tuple_of({a[0], Value(values), npos, names});
  decref(values);
  bool ok = list_append(vm, callbacks(vm), Value(entry));
  decref(entry);
  if (!ok) return Value();
  return newref(a[0]);
}

Value atexit_unregister(VM& vm, Args a) {
  if (!check_nargs(vm, a, "unregister", 1, 1)) return Value();
  List* l = callbacks(vm);
  for (int64_t i = 0; i < l->size;) {
    Value func = l->items[i].as<Tuple>()->items[0];
    incref(func);
    int eq = rich_compare_bool(vm, func, a[0], kEQ);
    decref(func);
    if (eq < 0) return Value();
    if (eq && i < l->size) {
      Value entry = l->items[i];
      for (int64_t j = i + 1; j < l->size; ++j) l->items[j - 1] = l->items[j];
      l->size--;
      decref(entry);
    } else {
      ++i;
    }
  }
  return new_none();
}

Value atexit_run_exitfuncs(VM& vm, Args a) {
  if (!check_nargs(vm, a, "_run_exitfuncs", 0, 0)) return Value();
  run_atexit_callbacks(vm);
  return new_none();
}

Value atexit_clear(VM& vm, Args a) {
  if (!check_nargs(vm, a, "_clear", 0, 0)) return Value();
  List* l = vm.atexit;
  vm.atexit = nullptr;
  xdecref(l);
  return new_none();
}

Value atexit_ncallbacks(VM& vm, Args a) {
  if (!check_nargs(vm, a, "_ncallbacks", 0, 0)) return Value();
  return int_from_i64(vm.atexit ? vm.atexit->size : 0);
}

const MethodDef kAtexitMethods[] = {
    {"register", atexit_register, kMethPlain,
     "Register a function to be executed upon normal program termination\n\n    func - function to be "
     "called at exit\n    args - optional arguments to pass to func\n    kwargs - optional keyword arguments "
     "to pass to func\n\n    func is returned to facilitate usage as a decorator.",
     nullptr},
    {"unregister", atexit_unregister, kMethPlain, "Unregister an exit function which was previously registered.",
     nullptr},
    {"_run_exitfuncs", atexit_run_exitfuncs, kMethPlain, "Run all registered exit functions.", nullptr},
    {"_clear", atexit_clear, kMethPlain, "Clear the list of previously registered exit functions.", nullptr},
    {"_ncallbacks", atexit_ncallbacks, kMethPlain, "Return the number of registered exit functions.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

}  // namespace

void run_atexit_callbacks(VM& vm) {
  // Newest first. The list is taken; functions registered meanwhile are dropped, as in CPython.
  List* l = vm.atexit;
  vm.atexit = nullptr;
  if (!l) return;
  for (int64_t i = l->size; i-- > 0;) {
    Tuple* e = l->items[i].as<Tuple>();
    Value func = e->items[0];
    Tuple* values = e->items[1].as<Tuple>();
    Value names = e->items[3];
    Args args{values->items, uint32_t(e->items[2].small_value()), is_none(names) ? nullptr : names.as<Tuple>()};
    Value r = call(vm, func, args);
    if (!r) {
      Object* exc = take_error(vm);
      write_unraisable(vm, exc, func, "Exception ignored in atexit callback");
      decref(exc);
    }
    decref(r);
  }
  decref(l);
  List* late = vm.atexit;
  vm.atexit = nullptr;
  xdecref(late);
}

const ModuleDef kModAtexit = {"atexit", kAtexitMethods, nullptr,
                              "allow programmer to define multiple exit functions to be executed\n"
                              "upon normal program termination.\n\nTwo public functions, register and "
                              "unregister, are defined.\n"};

}  // namespace coil
