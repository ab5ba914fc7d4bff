// mod_sys.cpp - the sys module: argv, path, modules, standard streams, version, limits, hooks.
#include <cstring>

#include "coil/coil.h"
#include "modules/registry.h"
#include "objects/structseq.h"
#include "vm/runtime.h"
#include "vm/traceback.h"

namespace coil {

Value make_console_stream(int which);
Value namespace_new(VM& vm, std::initializer_list<std::pair<const char*, Value>> items);
Value current_handled_exception(VM& vm);
Value frame_object_for(VM& vm, PyFrame* f);
PyFrame* current_py_frame(VM& vm);
extern int64_t g_int_max_str_digits;
bool write_console(VM& vm, int which, std::string_view text);
bool default_display(VM& vm, Value v);

Value sys_displayhook_impl(VM& vm, Args a) {
  if (!check_nargs(vm, a, "displayhook", 1, 1)) return Value();
  if (!default_display(vm, a[0])) return Value();
  return new_none();
}

namespace {

Value sys_exit(VM& vm, Args a) {
  if (!check_nargs(vm, a, "exit", 0, 1)) return Value();
  // Like raising the status as an exception value: None gives no arguments, a tuple is the arguments.
  Tuple* args;
  if (!a.n || is_none(a[0])) args = tuple_empty();
  else if (type_of(a[0]) == &TupleType) args = newref(a[0].as<Tuple>());
  else args = tuple_of({a[0]});
  raise_args(vm, &SystemExitType, args);
  decref(args);
  return Value();
}

Value sys_getrecursionlimit(VM& vm, Args a) {
  if (!check_nargs(vm, a, "getrecursionlimit", 0, 0)) return Value();
  return int_from_i64(vm.recursion_limit);
}

Value sys_setrecursionlimit(VM& vm, Args a) {
  if (!check_nargs(vm, a, "setrecursionlimit", 1, 1)) return Value();
  if (is_float(a[0])) return raise(vm, &TypeErrorType, "'float' object cannot be interpreted as an integer");
  int64_t n;
  if (!index_to_i64(vm, a[0], &n, &OverflowErrorType)) return Value();
  if (n < 1) return raise(vm, &ValueErrorType, "recursion limit must be greater or equal than 1");
  int depth = vm.task ? vm.task->depth : 0;
  if (n <= depth)
    return raisef(vm, &RecursionErrorType,
                  "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                  static_cast<long long>(n), depth);
  vm.recursion_limit = n > 1000000 ? 1000000 : int(n);
  return new_none();
}

Value sys_exc_info(VM& vm, Args a) {
  if (!check_nargs(vm, a, "exc_info", 0, 0)) return Value();
  Value e = current_handled_exception(vm);
  if (!e) return Value(tuple_of({none(), none(), none()}));
  Value tb = e.as<BaseException>()->traceback;
  return Value(tuple_of({Value(type_of(e)), e, tb ? tb : none()}));
}

Value sys_exception(VM& vm, Args a) {
  if (!check_nargs(vm, a, "exception", 0, 0)) return Value();
  Value e = current_handled_exception(vm);
  return e ? newref(e) : new_none();
}

Value sys_intern(VM& vm, Args a) {
  if (!check_nargs(vm, a, "intern", 1, 1)) return Value();
  if (is_str(a[0]) && !is_str_exact(a[0])) return raisef(vm, &TypeErrorType, "can't intern %s", tname(a[0]));
  if (!is_str_exact(a[0])) return raisef(vm, &TypeErrorType, "intern() argument must be str, not %s", tname(a[0]));
  return Value(intern_str(a[0].as<Str>()));
}

Value sys_getrefcount(VM& vm, Args a) {
  if (!check_nargs(vm, a, "getrefcount", 1, 1)) return Value();
  if (!a[0].is_obj()) return Value::small(1000000);
  // The argument is already counted once, by the caller's stack, as CPython's is.
  return int_from_i64(int64_t(a[0].obj()->refcount));
}

Value sys_getsizeof(VM& vm, Args a) {
  if (a.n < 1 || a.n > 2) return raise(vm, &TypeErrorType, "getsizeof() takes at most 2 arguments");
  Value m = lookup_special(vm, a[0], g_names.sizeof_);
  if (!m) {
    if (has_error(vm)) return Value();
    if (a.n == 2) return newref(a[1]);
    return raisef(vm, &TypeErrorType, "Type %s doesn't define __sizeof__", tname(a[0]));
  }
  Value r = call0(vm, m);
  decref(m);
  if (!r) return Value();
  int64_t n;
  bool ok = index_to_i64(vm, r, &n, &OverflowErrorType);
  decref(r);
  if (!ok) return Value();
  if (n < 0) return raise(vm, &ValueErrorType, "__sizeof__() should return >= 0");
  if (a[0].is_obj() && type_has(a[0].obj()->type, kTypeHasGC)) n += 16;
  return int_from_i64(n);
}

Value sys_getdefaultencoding(VM&, Args) { return Value(str_from_cstr("utf-8")); }

Value sys_get_int_max_str_digits(VM&, Args) { return int_from_i64(g_int_max_str_digits); }
Value sys_set_int_max_str_digits(VM& vm, Args a) {
  Value out[1];
  if (!parse_args(vm, a, "set_int_max_str_digits", "maxdigits", out)) return Value();
  int64_t n;
  if (!index_to_i64(vm, out[0], &n, &OverflowErrorType)) return Value();
  if (n != 0 && n < 640) return raise(vm, &ValueErrorType, "maxdigits must be 0 or larger than 640");
  g_int_max_str_digits = n;
  return new_none();
}

Value sys_getframe(VM& vm, Args a) {
  if (!check_nargs(vm, a, "_getframe", 0, 1)) return Value();
  int64_t depth = 0;
  if (a.n && !index_to_i64(vm, a[0], &depth, &OverflowErrorType)) return Value();
  PyFrame* f = current_py_frame(vm);
  while (f && depth > 0) {
    Frame* b = f->back;
    while (b && b->kind != FrameKind::Python) b = b->back;
    f = static_cast<PyFrame*>(b);
    --depth;
  }
  if (!f) return raise(vm, &ValueErrorType, "call stack is not deep enough");
  return frame_object_for(vm, f);
}

// The default excepthook: the CPython traceback text on stderr.
Value sys_excepthook(VM& vm, Args a) {
  if (!check_nargs(vm, a, "excepthook", 3, 3)) return Value();
  std::string text = format_exception(vm, a[1]);
  write_console(vm, 1, text);
  return new_none();
}

const MethodDef kSysDisplayHookDef = {"displayhook", sys_displayhook_impl, kMethPlain, nullptr, nullptr};

Value sys_unraisablehook(VM& vm, Args a) {
  if (!check_nargs(vm, a, "unraisablehook", 1, 1)) return Value();
  Value exc = get_attr_opt(vm, a[0], intern("exc_value"));
  Value obj = get_attr_opt(vm, a[0], intern("object"));
  Value msg = get_attr_opt(vm, a[0], intern("err_msg"));
  std::string text = msg && is_str(msg) ? as_str(msg)->data : "Exception ignored in";
  if (obj && !is_none(obj)) {
    Value r = repr(vm, obj);
    text += ": ";
    text += r ? as_str(r)->data : "<object repr() failed>";
    decref(r);
    clear_error(vm);
  }
  text += "\n";
  if (exc && !is_none(exc)) text += format_exception(vm, exc);
  write_console(vm, 1, text);
  decref(exc);
  decref(obj);
  decref(msg);
  return new_none();
}

// sys.set_asyncgen_hooks(firstiter, finalizer): used by objects/asyncgen.cpp (unset: unchanged).
Value sys_set_asyncgen_hooks(VM& vm, Args a) {
  Value out[2];
  if (a.n > 2) return raisef(vm, &TypeErrorType, "function takes at most 2 arguments (%u given)", a.n);
  for (uint32_t i = 0; i < a.nkw(); ++i) {
    Str* k = a.kwname(i);
    if (!str_eq_ascii(k, "firstiter") && !str_eq_ascii(k, "finalizer"))
      return raisef(vm, &TypeErrorType, "'%s' is an invalid keyword argument for this function", k->data);
  }
  if (!parse_args(vm, a, "set_asyncgen_hooks", "|firstiter,finalizer", out)) return Value();
  // like CPython: the finalizer is checked and set before firstiter is checked
  for (int i = 1; i >= 0; --i) {
    if (!out[i]) continue;
    if (!is_none(out[i]) && !is_callable(out[i]))
      return raisef(vm, &TypeErrorType, "callable %s expected, got %s", i ? "finalizer" : "firstiter", tname(out[i]));
    Value* slot = i ? &vm.asyncgen_finalizer : &vm.asyncgen_firstiter;
    Value old = *slot;
    *slot = is_none(out[i]) ? Value() : newref(out[i]);
    decref(old);
  }
  return new_none();
}

Value sys_get_asyncgen_hooks(VM& vm, Args a) {
  if (!check_nargs(vm, a, "get_asyncgen_hooks", 0, 0)) return Value();
  if (!vm.asyncgen_hooks_type) vm.asyncgen_hooks_type = Value(structseq_new_type("asyncgen_hooks", {"firstiter", "finalizer"}));
  auto hook = [](Value v) { return v ? newref(v) : new_none(); };
  return structseq_make(vm, vm.asyncgen_hooks_type.as<Type>(),
                        {hook(vm.asyncgen_firstiter), hook(vm.asyncgen_finalizer)});
}

Value sys_is_finalizing(VM&, Args) { return new_bool(false); }
Value sys_settrace(VM&, Args) { return new_none(); }
Value sys_gettrace(VM&, Args) { return new_none(); }

const MethodDef kSysMethods[] = {
    {"exit", sys_exit, kMethPlain, "Exit the interpreter by raising SystemExit(status).", nullptr},
    {"getrecursionlimit", sys_getrecursionlimit, kMethPlain, nullptr, nullptr},
    {"setrecursionlimit", sys_setrecursionlimit, kMethPlain, nullptr, nullptr},
    {"exc_info", sys_exc_info, kMethPlain, nullptr, nullptr},
    {"exception", sys_exception, kMethPlain, nullptr, nullptr},
    {"intern", sys_intern, kMethPlain, nullptr, nullptr},
    {"getrefcount", sys_getrefcount, kMethPlain, nullptr, nullptr},
    {"getsizeof", sys_getsizeof, kMethPlain, nullptr, nullptr},
    {"getdefaultencoding", sys_getdefaultencoding, kMethPlain, nullptr, nullptr},
    {"getfilesystemencoding", sys_getdefaultencoding, kMethPlain, nullptr, nullptr},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, kMethPlain, nullptr, nullptr},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, kMethPlain, nullptr, nullptr},
    {"_getframe", sys_getframe, kMethPlain, nullptr, nullptr},
    {"excepthook", sys_excepthook, kMethPlain, nullptr, nullptr},
    {"unraisablehook", sys_unraisablehook, kMethPlain, nullptr, nullptr},
    {"is_finalizing", sys_is_finalizing, kMethPlain, nullptr, nullptr},
    {"set_asyncgen_hooks", sys_set_asyncgen_hooks, kMethPlain,
     "set_asyncgen_hooks(* [, firstiter] [, finalizer])\n\nSet a finalizer for async generators objects.", nullptr},
    {"get_asyncgen_hooks", sys_get_asyncgen_hooks, kMethPlain,
     "Return the installed asynchronous generators hooks.\n\nThis returns a namedtuple of the form (firstiter, finalizer).", nullptr},
    {"settrace", sys_settrace, kMethPlain, nullptr, nullptr},
    {"gettrace", sys_gettrace, kMethPlain, nullptr, nullptr},
    {"setprofile", sys_settrace, kMethPlain, nullptr, nullptr},
    {"getprofile", sys_gettrace, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

Value str_list(VM& vm, const std::vector<std::string>& v) {
  List* l = list_new(0);
  for (const std::string& s : v) {
    Str* x = str_new(s);
    list_append(vm, l, Value(x));
    decref(x);
  }
  return Value(l);
}

bool sys_init(VM& vm, Module* m) {
  Dict* d = m->dict;
  auto set = [&](const char* name, Value v) {
    dict_set_str(d, intern(name), v);
    decref(v);
  };
  set("modules", newref(Value(vm.modules)));
  set("argv", newref(vm.argv));
  set("orig_argv", newref(vm.argv));
  set("path", str_list(vm, {}));
  set("meta_path", Value(list_new(0)));
  set("path_hooks", Value(list_new(0)));
  set("warnoptions", Value(list_new(0)));
  set("stdout", make_console_stream(0));
  set("stderr", make_console_stream(1));
  set("stdin", make_console_stream(2));
  dict_set_str(d, intern("__stdout__"), dict_get_str(d, intern("stdout")));
  dict_set_str(d, intern("__stderr__"), dict_get_str(d, intern("stderr")));
  dict_set_str(d, intern("__stdin__"), dict_get_str(d, intern("stdin")));
  dict_set_str(d, intern("__excepthook__"), dict_get_str(d, intern("excepthook")));
  dict_set_str(d, intern("__unraisablehook__"), dict_get_str(d, intern("unraisablehook")));
  set("version", Value(str_from_cstr("3.11.7 (main, Coil 0.1.0) [Coil]")));
  set("hexversion", int_from_i64(0x030B07F0));
  set("api_version", Value::small(1013));
  set("copyright", Value(str_from_cstr("Copyright (c) Coil developers.\nPython is Copyright (c) 2001-2023 Python Software Foundation.")));
  set("platform", Value(str_from_cstr(
#ifdef __EMSCRIPTEN__
                      "emscripten"
#else
                      "linux"
#endif
                      )));
  set("byteorder", Value(str_from_cstr("little")));
  set("maxsize", int_from_i64(INT64_MAX));
  set("maxunicode", Value::small(0x10FFFF));
  set("executable", Value(str_from_cstr("/usr/local/bin/coil")));
  set("prefix", Value(str_from_cstr("/usr/local")));
  set("base_prefix", Value(str_from_cstr("/usr/local")));
  set("exec_prefix", Value(str_from_cstr("/usr/local")));
  set("base_exec_prefix", Value(str_from_cstr("/usr/local")));
  set("dont_write_bytecode", new_bool(true));
  set("float_repr_style", Value(str_from_cstr("short")));
  set("builtin_module_names", Value(tuple_of({Value(intern("builtins")), Value(intern("gc")), Value(intern("sys")),
                                              Value(intern("time")), Value(intern("_weakref"))})));
  Type* vi = structseq_new_type("sys.version_info", {"major", "minor", "micro", "releaselevel", "serial"});
  set("version_info", structseq_make(vm, vi, {Value::small(3), Value::small(11), Value::small(7),
                                              Value(str_from_cstr("final")), Value::small(0)}));
  Type* fi = structseq_new_type("sys.float_info", {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                                   "dig", "mant_dig", "epsilon", "radix", "rounds"});
  set("float_info", structseq_make(vm, fi, {float_new(1.7976931348623157e308), Value::small(1024), Value::small(308),
                                            float_new(2.2250738585072014e-308), Value::small(-1021), Value::small(-307),
                                            Value::small(15), Value::small(53), float_new(2.220446049250313e-16),
                                            Value::small(2), Value::small(1)}));
  Type* ii = structseq_new_type("sys.int_info", {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                                 "str_digits_check_threshold"});
  set("int_info", structseq_make(vm, ii, {Value::small(30), Value::small(4), Value::small(4300), Value::small(640)}));
  Type* hi = structseq_new_type("sys.hash_info", {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                                                  "seed_bits", "cutoff"});
  set("hash_info", structseq_make(vm, hi, {Value::small(64), int_from_i64((int64_t(1) << 61) - 1), Value::small(314159),
                                           Value::small(0), Value::small(1000003), Value(str_from_cstr("siphash13")),
                                           Value::small(64), Value::small(128), Value::small(0)}));
  Type* fl = structseq_new_type("sys.flags", {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                              "no_user_site", "no_site", "ignore_environment", "verbose",
                                              "bytes_warning", "quiet", "hash_randomization", "isolated",
                                              "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
                                              "int_max_str_digits"});
  set("flags", structseq_make(vm, fl, {Value::small(0), Value::small(0), Value::small(0), Value::small(0),
                                       Value::small(1), Value::small(0), Value::small(0), Value::small(0),
                                       Value::small(0), Value::small(0), Value::small(0), Value::small(1),
                                       Value::small(0), new_bool(false), Value::small(1), Value::small(0),
                                       new_bool(false), Value::small(-1)}));
  Value impl_version = structseq_make(vm, vi, {Value::small(3), Value::small(11), Value::small(7),
                                               Value(str_from_cstr("final")), Value::small(0)});
  set("implementation", namespace_new(vm, {{"name", Value(str_from_cstr("coil"))},
                                           {"cache_tag", new_none()},
                                           {"version", impl_version},
                                           {"hexversion", int_from_i64(0x030B07F0)},
                                           {"_multiarch", Value(str_from_cstr("wasm32-emscripten"))}}));
  dict_set_str(d, intern("displayhook"), Value(builtin_function_new(&kSysDisplayHookDef, Value(m), Value(intern("sys")), false)));
  decref(dict_get_str(d, intern("displayhook")));
  dict_set_str(d, intern("__displayhook__"), dict_get_str(d, intern("displayhook")));
  return true;
}

}  // namespace

const ModuleDef kModSys = {"sys", kSysMethods, sys_init,
                           "This module provides access to some objects used or maintained by the\ninterpreter and to "
                           "functions that interact strongly with the interpreter."};

}  // namespace coil
