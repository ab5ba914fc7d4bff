// call.cpp - frames for Python calls (argument binding with CPython's messages), the stackless
// call paths, nested runs for plain natives, and the awaiters used by coroutine natives.
//
// Section index
//   1. Frames: allocation and release
//   2. Argument binding
//   3. Preparing calls (what to run for any callable)
//   4. Nested runs and run_sync
//   5. Awaiters for coroutine natives
#include "vm/call.h"

#include <cstring>
#include <string>
#include <vector>

#include "objects/generator.h"
#include "vm/interp.h"
#include "vm/runtime.h"
#include "vm/slots.h"
#include "vm/stackless.h"
#include "vm/traceback.h"

namespace coil {

Value call_method_def(VM& vm, const MethodDef* def, Value self, Args a);  // objects/descriptors.cpp
std::string function_str(VM& vm, Value func);                             // vm/misc_ops.cpp
Value type_call(VM& vm, Value callable, Args args);                       // objects/type_object.cpp
Co<Value> type_call_co(VM& vm, Type* type, Args args);                    // vm/call_co.cpp
Co<Value> list_call_co(VM& vm, Args args);                                // objects/list.cpp
Object* instance_alloc(VM& vm, Type* type);

// ============================================================== 1. frames

PyFrame* frame_new(VM& vm, Code* code, Dict* globals, Dict* builtins, Value locals, Function* func) {
  (void)vm;
  std::size_t n = std::size_t(code->nlocalsplus) + std::size_t(code->stacksize);
  std::size_t size = offsetof(PyFrame, slots) + n * sizeof(Value);
  PyFrame* f = static_cast<PyFrame*>(heap_alloc(size));
  if (!f) f = static_cast<PyFrame*>(co_frame_alloc(size));
  // The header and the locals start zeroed; the value stack above them is written before read.
  std::memset(static_cast<void*>(f), 0, offsetof(PyFrame, slots) + std::size_t(code->nlocalsplus) * sizeof(Value));
  f->kind = FrameKind::Python;
  f->delivery = Delivery::Push;
  f->code = newref(code);
  f->func = func ? newref(func) : nullptr;
  f->globals = newref(globals);
  f->builtins = newref(builtins);
  f->locals = newref(locals);
  f->ip = code->words;
  f->sp = f->slots + code->nlocalsplus;
  f->alloc_size = uint32_t(size);
  return f;
}

void frame_clear_values(PyFrame* f) {
  Value* end = f->sp;
  for (Value* p = f->slots; p < end; ++p) {
    Value v = *p;
    *p = Value();
    decref(v);
  }
  f->sp = f->slots + f->code->nlocalsplus;
}

void frame_release(VM& vm, PyFrame* f) {
  (void)vm;
  if (f->frame_object) frame_object_detach(f);  // keeps a snapshot of the locals, drops the link
  frame_clear_values(f);
  decref(f->init_self);
  decref(f->code);
  xdecref(f->func);
  decref(f->globals);
  decref(f->builtins);
  decref(f->locals);
  heap_free(f, f->alloc_size);
}

bool push_frame(VM& vm, Frame* f, Delivery delivery) {
  f->back = vm.task->top;
  f->delivery = delivery;
  vm.task->top = f;
  if (f->kind == FrameKind::Python) vm.task->depth++;
  return true;
}

// ============================================================== 2. argument binding

namespace {

std::string quote_names(const std::vector<Str*>& names) {
  std::string s;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) {
      if (names.size() == 2) s += " and ";
      else if (i == names.size() - 1) s += ", and ";
      else s += ", ";
    }
    s += "'";
    s += names[i]->data;
    s += "'";
  }
  return s;
}

void missing_error(VM& vm, Function* func, const std::vector<Str*>& names, const char* kind) {
  raisef(vm, &TypeErrorType, "%s() missing %zu required %s argument%s: %s", func->qualname->data, names.size(), kind,
         names.size() == 1 ? "" : "s", quote_names(names).c_str());
}

void too_many_positional(VM& vm, Function* func, PyFrame* f, int64_t given) {
  Code* code = func->code;
  int64_t defcount = func->defaults ? func->defaults->size : 0;
  int64_t argcount = code->argcount;
  int64_t kwonly_given = 0;
  for (int32_t i = code->argcount; i < code->argcount + code->kwonlyargcount; ++i)
    if (f->slots[i]) kwonly_given++;
  bool plural = argcount != 1;
  std::string sig;
  if (defcount) {
    sig = std::to_string(argcount - defcount) + " to " + std::to_string(argcount);
    sig = "from " + sig;
    plural = true;
  } else {
    sig = std::to_string(argcount);
  }
  std::string kwonly_sig;
  if (kwonly_given) {
    kwonly_sig = format_str(" positional argument%s (and %lld keyword-only argument%s)", given != 1 ? "s" : "",
                            static_cast<long long>(kwonly_given), kwonly_given != 1 ? "s" : "");
  }
  raisef(vm, &TypeErrorType, "%s() takes %s positional argument%s but %lld%s %s given", func->qualname->data,
         sig.c_str(), plural ? "s" : "", static_cast<long long>(given), kwonly_sig.c_str(),
         given == 1 && !kwonly_given ? "was" : "were");
}

inline bool name_eq(Value a, Str* b) { return a.obj() == b || str_eq(a.as<Str>(), b); }

// Binds (self, *args) into the frame's locals per the code's signature.
bool bind_arguments(VM& vm, Function* func, PyFrame* f, Value self, Args a) {
  Code* code = func->code;
  Value* locals = f->slots;
  int32_t argcount = code->argcount;
  int32_t total_args = argcount + code->kwonlyargcount;
  int32_t varargs_index = (code->flags & kCoVarargs) ? total_args : -1;
  int32_t varkw_index = (code->flags & kCoVarkeywords) ? total_args + (varargs_index >= 0 ? 1 : 0) : -1;
  int64_t given = a.n + (self ? 1 : 0);

  // Positional arguments
  int64_t pos = 0;
  if (self) {
    if (argcount > 0) locals[pos++] = newref(self);
  }
  uint32_t i = 0;
  for (; i < a.n && pos < argcount; ++i) locals[pos++] = newref(a.v[i]);
  Dict* kwdict = nullptr;
  if (varkw_index >= 0) {
    kwdict = dict_new();
    locals[varkw_index] = Value(kwdict);
  }
  if (varargs_index >= 0) {
    // extra positionals (self counts if it did not fit)
    int64_t extra_self = (self && argcount == 0) ? 1 : 0;
    int64_t nextra = int64_t(a.n - i) + extra_self;
    Tuple* t = tuple_new(nextra < 0 ? 0 : nextra);
    int64_t k = 0;
    if (extra_self) t->items[k++] = newref(self);
    for (; i < a.n; ++i) t->items[k++] = newref(a.v[i]);
    locals[varargs_index] = Value(t);
  } else if (given > argcount) {
    // report after keywords are bound (the message counts keyword-only arguments given)
  }

  // Keyword arguments
  uint32_t nkw = a.nkw();
  for (uint32_t k = 0; k < nkw; ++k) {
    Value namev = a.kwnames->items[k];
    Value value = a.v[a.n + k];
    Str* name = namev.as<Str>();
    int32_t found = -1;
    for (int32_t j = code->posonlyargcount; j < total_args; ++j) {
      if (name_eq(code->localsplusnames->items[j], name)) {
        found = j;
        break;
      }
    }
    if (found >= 0) {
      if (locals[found]) {
        raisef(vm, &TypeErrorType, "%s() got multiple values for argument '%s'", func->qualname->data, name->data);
        return false;
      }
      locals[found] = newref(value);
      continue;
    }
    if (kwdict) {
      if (!dict_set(vm, kwdict, namev, value)) return false;
      continue;
    }
    // positional-only passed by keyword?
    std::vector<Str*> posonly;
    for (int32_t j = 0; j < code->posonlyargcount; ++j) {
      for (uint32_t m = 0; m < nkw; ++m) {
        if (name_eq(code->localsplusnames->items[j], a.kwnames->items[m].as<Str>())) {
          posonly.push_back(code->localsplusnames->items[j].as<Str>());
          break;
        }
      }
    }
    if (!posonly.empty()) {
      std::string names;
      for (std::size_t m = 0; m < posonly.size(); ++m) {
        if (m) names += ", ";
        names += posonly[m]->data;
      }
      raisef(vm, &TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
             func->qualname->data, names.c_str());
      return false;
    }
    raisef(vm, &TypeErrorType, "%s() got an unexpected keyword argument '%s'", func->qualname->data, name->data);
    return false;
  }

  if (varargs_index < 0 && given > argcount) {
    too_many_positional(vm, func, f, given);
    return false;
  }

  // Defaults for missing positionals
  if (pos < argcount || true) {
    int64_t ndefaults = func->defaults ? func->defaults->size : 0;
    int64_t first_default = argcount - ndefaults;
    std::vector<Str*> missing;
    for (int32_t j = 0; j < argcount; ++j) {
      if (locals[j]) continue;
      if (j >= first_default) {
        locals[j] = newref(func->defaults->items[j - first_default]);
      } else {
        missing.push_back(code->localsplusnames->items[j].as<Str>());
      }
    }
    if (!missing.empty()) {
      missing_error(vm, func, missing, "positional");
      return false;
    }
  }
  // Keyword-only defaults
  if (code->kwonlyargcount) {
    std::vector<Str*> missing;
    for (int32_t j = argcount; j < total_args; ++j) {
      if (locals[j]) continue;
      Str* name = code->localsplusnames->items[j].as<Str>();
      Value d = func->kwdefaults ? dict_get_str(func->kwdefaults, name) : Value();
      if (d) locals[j] = newref(d);
      else missing.push_back(name);
    }
    if (!missing.empty()) {
      missing_error(vm, func, missing, "keyword-only");
      return false;
    }
  }
  return true;
}

}  // namespace

PyFrame* frame_for_call(VM& vm, Function* func, Value self, Args a, Value* gen_out) {
  Code* code = func->code;
  if (vm.task->depth + 1 > vm.recursion_limit) {
    raise(vm, &RecursionErrorType, "maximum recursion depth exceeded");
    return nullptr;
  }
  PyFrame* f = frame_new(vm, code, func->globals, func->builtins, Value(), func);
  // Fast path: exact positional call, no defaults needed.
  if (!a.kwnames && !(code->flags & (kCoVarargs | kCoVarkeywords)) && code->kwonlyargcount == 0 &&
      a.n + (self ? 1u : 0u) == uint32_t(code->argcount)) {
    Value* locals = f->slots;
    uint32_t k = 0;
    if (self) locals[k++] = newref(self);
    for (uint32_t i = 0; i < a.n; ++i) locals[k++] = newref(a.v[i]);
  } else if (!bind_arguments(vm, func, f, self, a)) {
    frame_release(vm, f);
    return nullptr;
  }
  if (code->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) {
    GenKind kind = (code->flags & kCoGenerator) ? GenKind::Generator
                   : (code->flags & kCoCoroutine) ? GenKind::Coroutine
                                                   : GenKind::AsyncGenerator;
    Generator* g = generator_new(vm, f, kind, func->name, func->qualname);
    *gen_out = Value(g);
    return nullptr;
  }
  return f;
}

// ============================================================== 3. preparing calls

NativeFrame* native_frame_new(VM& vm, Co<Value> co) {
  (void)vm;
  NativeFrame* nf = static_cast<NativeFrame*>(heap_alloc(sizeof(NativeFrame)));
  new (nf) NativeFrame();
  nf->kind = FrameKind::Native;
  auto h = co.release();
  nf->outer = h;
  nf->outer_result = &h.promise().value;
  nf->resume_at = h;
  nf->started = false;
  nf->pop_count = 0;
  nf->result_done = false;
  return nf;
}

void native_frame_free(VM& vm, NativeFrame* nf) {
  (void)vm;
  if (nf->outer) nf->outer.destroy();
  decref(nf->result);
  for (uint32_t i = 0; i < nf->nkeep; ++i) decref(nf->keep[i]);
  if (nf->keep) heap_free(nf->keep, nf->nkeep * sizeof(Value));
  heap_free(nf, sizeof(NativeFrame));
}

namespace {

// Copies the arguments (and self) into storage owned by the native frame, so the coroutine can
// borrow them for its whole life.
Args keep_args(NativeFrame* nf, Value self, Args a) {
  uint32_t total = a.n + a.nkw() + (self ? 1 : 0);
  nf->nkeep = total + (a.kwnames ? 1 : 0);
  nf->keep = static_cast<Value*>(heap_alloc(nf->nkeep * sizeof(Value)));
  uint32_t k = 0;
  if (self) nf->keep[k++] = newref(self);
  for (uint32_t i = 0; i < a.n + a.nkw(); ++i) nf->keep[k++] = newref(a.v[i]);
  if (a.kwnames) nf->keep[k++] = newref(Value(a.kwnames));
  return Args{nf->keep, a.n + (self ? 1u : 0u), a.kwnames};
}

CallPrep prep_result(Value v) {
  CallPrep p;
  p.result = v;
  return p;
}

CallPrep prep_frame(Frame* f) {
  CallPrep p;
  p.frame = f;
  return p;
}

CallPrep prepare_method_def(VM& vm, const MethodDef* def, Value self, Args a) {
  if (def->cofn) {
    NativeFrame* nf = static_cast<NativeFrame*>(heap_alloc(sizeof(NativeFrame)));
    new (nf) NativeFrame();
    Args kept = keep_args(nf, self, a);
    Co<Value> co = def->cofn(vm, kept);
    auto h = co.release();
    nf->kind = FrameKind::Native;
    nf->outer = h;
    nf->outer_result = &h.promise().value;
    nf->resume_at = h;
    return prep_frame(nf);
  }
  Value r = call_method_def(vm, def, self, a);
  if (r.is_pending()) {
    Frame* f = vm.pending_frame;
    vm.pending_frame = nullptr;
    return prep_frame(f);
  }
  return prep_result(r);
}

}  // namespace

CallPrep prepare_call(VM& vm, Value callable, Value self, Args a) {
  if (!callable.is_obj()) {
    if (self) return prep_result(raisef(vm, &TypeErrorType, "'%s' object is not callable", tname(callable)));
    return prep_result(raisef(vm, &TypeErrorType, "'%s' object is not callable", tname(callable)));
  }
  Type* t = callable.obj()->type;
  if (t == &FunctionType) {
    Value gen;
    PyFrame* f = frame_for_call(vm, callable.as<Function>(), self, a, &gen);
    if (!f) return prep_result(gen);  // generator, or null on error
    return prep_frame(f);
  }
  if (t == &BuiltinFunctionType) {
    BuiltinFunction* bf = callable.as<BuiltinFunction>();
    Value bself = bf->pass_self ? bf->self : Value();
    if (self) {
      // a bound builtin called with an extra self (rare): treat self as a positional argument
      std::vector<Value> all;
      all.push_back(self);
      for (uint32_t i = 0; i < a.n + a.nkw(); ++i) all.push_back(a.v[i]);
      return prepare_method_def(vm, bf->def, bself, Args{all.data(), a.n + 1, a.kwnames});
    }
    return prepare_method_def(vm, bf->def, bself, a);
  }
  if (t == &MethodDescriptorType && self) {
    MethodDescriptor* d = callable.as<MethodDescriptor>();
    if (!is_subtype(type_of(self), d->owner))
      return prep_result(raisef(vm, &TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                                d->def->name, type_name(d->owner), tname(self)));
    return prepare_method_def(vm, d->def, self, a);
  }
  if (t == &MethodType) {
    Method* m = callable.as<Method>();
    if (!self) return prepare_call(vm, m->func, m->self, a);
  }
  if (self) {
    std::vector<Value> all;
    all.push_back(self);
    for (uint32_t i = 0; i < a.n + a.nkw(); ++i) all.push_back(a.v[i]);
    return prepare_call(vm, callable, Value(), Args{all.data(), a.n + 1, a.kwnames});
  }
  if (type_has(t, kTypeTypeSubclass)) {
    Type* type = callable.as<Type>();
    if (t->call == type_call) {
      if (type == &TypeType && a.n == 1 && !a.kwnames) return prep_result(newref(Value(type_of(a[0]))));
      // list(generator): the iteration runs Python code that may wait (input(), time.sleep())
      bool list_of_python_iterator = type == &ListType && a.n == 1 && !a.kwnames &&
                                     (type_of(a[0]) == &GeneratorType || type_of(a[0])->next == slot_next);
      if (type->new_ == slot_new || list_of_python_iterator) {
        NativeFrame* nf = static_cast<NativeFrame*>(heap_alloc(sizeof(NativeFrame)));
        new (nf) NativeFrame();
        Args kept = keep_args(nf, Value(), a);
        Co<Value> co = list_of_python_iterator ? list_call_co(vm, kept) : type_call_co(vm, type, kept);
        auto h = co.release();
        nf->kind = FrameKind::Native;
        nf->outer = h;
        nf->outer_result = &h.promise().value;
        nf->resume_at = h;
        return prep_frame(nf);
      }
      if (type->init == slot_init && type->new_) {
        Value obj = type->new_(vm, type, a);
        if (!obj) return prep_result(Value());
        if (!is_subtype(type_of(obj), type)) return prep_result(obj);
        Value init = type_lookup(type_of(obj), g_names.init);
        if (init && type_of(init) == &FunctionType) {
          Value gen;
          PyFrame* f = frame_for_call(vm, init.as<Function>(), obj, a, &gen);
          if (!f) {
            decref(obj);
            if (gen) {
              decref(gen);
              return prep_result(raisef(vm, &TypeErrorType, "__init__() should return None, not 'generator'"));
            }
            return prep_result(Value());
          }
          f->init_self = obj;
          return prep_frame(f);
        }
        if (!type_of(obj)->init(vm, obj, a)) {
          decref(obj);
          return prep_result(Value());
        }
        return prep_result(obj);
      }
      return prep_result(type_call(vm, callable, a));
    }
  }
  if (t->call == slot_call) {
    Value d = type_lookup(t, g_names.call);
    if (d && type_of(d) == &FunctionType) return prepare_call(vm, d, callable, a);
  }
  if (!t->call) return prep_result(raisef(vm, &TypeErrorType, "'%s' object is not callable", type_name(t)));
  return prep_result(t->call(vm, callable, a));
}

Value call_stackless(VM& vm, Value callable, Value self, Args a) {
  CallPrep p = prepare_call(vm, callable, self, a);
  if (!p.frame) return p.result;
  vm.pending_frame = p.frame;
  return Value::pending();
}

Value call(VM& vm, Value callable, Args a) {
  CallPrep p = prepare_call(vm, callable, Value(), a);
  if (!p.frame) return p.result;
  Value r = run_nested(vm, p.frame);
  if (g_boundary_returned) {
    // a generator method (send/throw) whose generator returned: StopIteration(value)
    g_boundary_returned = false;
    raise_stop_iteration(vm, r && !is_none(r) ? r : Value());
    decref(r);
    return Value();
  }
  return r;
}

Value call0(VM& vm, Value callable) { return call(vm, callable, Args{nullptr, 0, nullptr}); }
Value call1(VM& vm, Value callable, Value a) { return call(vm, callable, Args{&a, 1, nullptr}); }
Value call2(VM& vm, Value callable, Value a, Value b) {
  Value v[2] = {a, b};
  return call(vm, callable, Args{v, 2, nullptr});
}
Value call3(VM& vm, Value callable, Value a, Value b, Value c) {
  Value v[3] = {a, b, c};
  return call(vm, callable, Args{v, 3, nullptr});
}

Value call_method(VM& vm, Value self, Str* name, Args a) {
  Value m = get_attr(vm, self, name);
  if (!m) return Value();
  Value r = call(vm, m, a);
  decref(m);
  return r;
}
Value call_method0(VM& vm, Value self, Str* name) { return call_method(vm, self, name, Args{nullptr, 0, nullptr}); }
Value call_method1(VM& vm, Value self, Str* name, Value a) { return call_method(vm, self, name, Args{&a, 1, nullptr}); }

bool is_callable(Value v) {
  if (!v.is_obj()) return false;
  return v.obj()->type->call != nullptr;
}

// Builds positional args + kwnames from a tuple and a dict (CALL_FUNCTION_EX).
Value call_ex_stackless(VM& vm, Value callable, Value args_tuple, Value kwargs) {
  Ref converted;
  if (!is_tuple(args_tuple)) {
    Type* at = type_of(args_tuple);
    if (!at->iter && !at->getitem) {
      std::string fs = function_str(vm, callable);
      return raisef(vm, &TypeErrorType, "%s argument after * must be an iterable, not %s", fs.c_str(), type_name(at));
    }
    Tuple* t = tuple_from_iterable(vm, args_tuple);
    if (!t) return Value();
    converted = Ref(Value(t));
    args_tuple = converted.get();
  }
  if (kwargs && !is_dict(kwargs)) {
    Dict* d = dict_new();
    Ref keep{Value(d)};
    if (!dict_update_from_mapping(vm, d, kwargs, true, callable)) return Value();
    Value r = call_ex_stackless(vm, callable, args_tuple, Value(d));
    return r;
  }
  Tuple* t = as_tuple(args_tuple);
  if (!kwargs || (is_dict(kwargs) && kwargs.as<Dict>()->used == 0)) {
    return call_stackless(vm, callable, Value(), Args{t->items, uint32_t(t->size), nullptr});
  }
  Dict* d = kwargs.as<Dict>();
  std::vector<Value> all(t->items, t->items + t->size);
  Tuple* names = tuple_new(d->used);
  int64_t pos = 0, k = 0;
  Value key, value;
  while (dict_next(d, &pos, &key, &value)) {
    if (!is_str(key)) {
      decref(names);
      Value q = get_attr_opt(vm, callable, g_names.qualname);
      decref(q);
      clear_error(vm);
      return raise(vm, &TypeErrorType, "keywords must be strings");
    }
    names->items[k++] = newref(key);
    all.push_back(value);
  }
  Value r = call_stackless(vm, callable, Value(), Args{all.data(), uint32_t(t->size), names});
  // Python frames copied what they need; native frames keep their own copies.
  decref(names);
  return r;
}

// ============================================================== 4. nested runs

Value run_nested(VM& vm, Frame* f) {
  if (!enter_recursion(vm, "")) {
    // the frame never runs
    if (f->kind == FrameKind::Python) {
      PyFrame* pf = static_cast<PyFrame*>(f);
      if (pf->gen) {
        generator_cancel_resume(vm, pf->gen);
        return Value();
      }
      decref(pf->init_self);
      pf->init_self = Value();
      frame_release(vm, pf);
    } else if (f->kind == FrameKind::Native) {
      native_frame_free(vm, static_cast<NativeFrame*>(f));
    }
    return Value();
  }
  push_frame(vm, f, Delivery::Boundary);
  vm.nested_runs++;
  Value saved = g_boundary_result;
  g_boundary_result = Value();
  RunOutcome o = execute(vm, f);
  (void)o;
  Value r = g_boundary_result;
  g_boundary_result = saved;
  // g_boundary_returned stays set for the caller to inspect
  vm.nested_runs--;
  leave_recursion(vm);
  return r;
}

Value run_sync(VM& vm, Co<Value> co) {
  NativeFrame* nf = native_frame_new(vm, std::move(co));
  return run_nested(vm, nf);
}

// ============================================================== 5. awaiters

NativeFrame* current_native_frame(VM& vm) {
  Frame* top = vm.task->top;
  return top && top->kind == FrameKind::Native ? static_cast<NativeFrame*>(top) : nullptr;
}

coro::coroutine_handle<> g_co_next;

void CallAwaiter::await_suspend(coro::coroutine_handle<> h) {
  waiter = current_native_frame(vm);
  waiter->resume_at = h;
  push_frame(vm, prep.frame, Delivery::Native);
}

Value CallAwaiter::await_resume() {
  if (!prep.frame) return prep.result;
  Value r = waiter->result;
  waiter->result = Value();
  if (waiter->result_done) {
    waiter->result_done = false;
    raise_stop_iteration(vm, r && !is_none(r) ? r : Value());
    decref(r);
    return Value();
  }
  return r;
}

CallAwaiter call_co(VM& vm, Value callable, Args args) { return CallAwaiter{vm, prepare_call(vm, callable, Value(), args)}; }
CallAwaiter call_co(VM& vm, Value callable, Value self, Args args) {
  return CallAwaiter{vm, prepare_call(vm, callable, self, args)};
}
CallAwaiter call_co1(VM& vm, Value callable, Value a) {
  return CallAwaiter{vm, prepare_call(vm, callable, Value(), Args{&a, 1, nullptr})};
}
CallAwaiter call_method_co(VM& vm, Value self, Str* name, Args args) {
  Value m = get_attr(vm, self, name);
  if (!m) return CallAwaiter{vm, CallPrep{}};
  CallPrep p = prepare_call(vm, m, Value(), args);
  decref(m);
  return CallAwaiter{vm, p};
}

NextAwaiter next_co(VM& vm, Value it) {
  NextAwaiter aw{vm, Value(), nullptr, false};
  Type* t = type_of(it);
  if (t == &GeneratorType) {
    Frame* f = generator_prepare_resume(vm, it.as<Generator>(), none(), nullptr);
    if (!f) {
      aw.result = has_error(vm) ? Value() : Value::iter_done();
      return aw;
    }
    aw.frame = f;
    return aw;
  }
  if (t->next == slot_next) {
    Value d = type_lookup(t, g_names.next);
    if (d && type_of(d) == &FunctionType) {
      CallPrep p = prepare_call(vm, d, it, Args{nullptr, 0, nullptr});
      if (p.frame) {
        aw.frame = p.frame;
        aw.is_python_next = true;
        return aw;
      }
      aw.result = p.result;
      if (!aw.result && error_matches(vm, &StopIterationType)) {
        clear_error(vm);
        aw.result = Value::iter_done();
      }
      return aw;
    }
  }
  if (!t->next) {
    aw.result = raisef(vm, &TypeErrorType, "'%s' object is not an iterator", type_name(t));
    return aw;
  }
  aw.result = t->next(vm, it);
  return aw;
}

void NextAwaiter::await_suspend(coro::coroutine_handle<> h) {
  NativeFrame* w = current_native_frame(vm);
  w->resume_at = h;
  push_frame(vm, frame, Delivery::Native);
}

Value NextAwaiter::await_resume() {
  if (!frame) return result;
  NativeFrame* w = current_native_frame(vm);
  Value r = w->result;
  w->result = Value();
  if (w->result_done) {
    w->result_done = false;
    decref(vm.gen_return);
    vm.gen_return = r;
    return Value::iter_done();
  }
  if (!r && is_python_next && error_matches(vm, &StopIterationType)) {
    clear_error(vm);
    return Value::iter_done();
  }
  return r;
}

}  // namespace coil
