// generator.cpp - generators and coroutines: resuming their frames, send/throw/close, yield from
// delegation, PEP 479, and finalisation (close() when a suspended generator is collected).
#include "objects/generator.h"

#include <cinttypes>
#include <cstdio>
#include <string>

#include "vm/call.h"
#include "vm/frames.h"
#include "vm/interp.h"
#include "vm/opcodes.h"
#include "vm/finalize.h"
#include "vm/periodic.h"
#include "vm/runtime.h"
#include "vm/weakref.h"
#include "vm/slots.h"
#include "vm/stackless.h"
#include "vm/traceback.h"

namespace coil {

Type GeneratorType, CoroutineType, AsyncGeneratorType, CoroutineWrapperType;

void frame_release(VM& vm, PyFrame* f);
void frame_clear_values(PyFrame* f);

namespace {

const char* kind_word(Generator* g) {
  switch (g->kind) {
    case GenKind::Generator: return "generator";
    case GenKind::Coroutine: return "coroutine";
    case GenKind::AsyncGenerator: return "async generator";
  }
  return "generator";
}

}  // namespace

Generator* generator_new(VM& vm, PyFrame* frame, GenKind kind, Str* name, Str* qualname) {
  (void)vm;
  Type* t = kind == GenKind::Generator ? &GeneratorType : kind == GenKind::Coroutine ? &CoroutineType : &AsyncGeneratorType;
  Generator* g = reinterpret_cast<Generator*>(object_alloc(t, sizeof(Generator)));
  g->frame = frame;
  g->name = newref(name);
  g->qualname = newref(qualname);
  g->code = newref(Value(frame->code));
  g->kind = kind;
  g->state = GenState::Created;
  frame->gen = g;
  frame->flags |= kFrameOwnedByGenerator;
  gc_track(g);
  return g;
}

Frame* generator_prepare_resume(VM& vm, Generator* g, Value value, Object* exc) {
  if (g->state == GenState::Running) {
    if (exc) decref(exc);
    raisef(vm, &ValueErrorType, "%s already executing", kind_word(g));
    return nullptr;
  }
  if (g->state == GenState::Closed || !g->frame) {
    if (g->kind == GenKind::Coroutine && !exc) {
      raise(vm, &RuntimeErrorType, "cannot reuse already awaited coroutine");
      return nullptr;
    }
    if (exc) {
      restore_error(vm, exc);
      return nullptr;
    }
    return nullptr;  // exhausted
  }
  if (g->state == GenState::Created && !exc && !is_none(value)) {
    raisef(vm, &TypeErrorType, "can't send non-None value to a just-started %s", kind_word(g));
    return nullptr;
  }
  PyFrame* f = g->frame;
  // (with an exception, the value is dropped by the unwinding: no handler is at the resume point)
  if (g->state != GenState::Created) *f->sp++ = newref(value);
  g->exc_state.prev = vm.task->exc_info;
  vm.task->exc_info = &g->exc_state;
  g->state = GenState::Running;
  incref(g);  // a running generator is kept alive by its frame being on the task
  if (exc) {
    if (f->ip == f->code->words) {
      // thrown into a generator that never ran: raised before its first instruction, where
      // no handler of the frame applies (and tracebacks show the `def` line)
      f->last_word = f->code->nwords;
    }
    restore_error(vm, exc);
  }
  return f;
}

void generator_cancel_resume(VM& vm, Generator* g) {
  PyFrame* f = g->frame;
  vm.task->exc_info = g->exc_state.prev;
  g->exc_state.prev = nullptr;
  if (f->ip == f->code->words) {
    g->state = GenState::Created;
    f->last_word = 0;
  } else {
    g->state = GenState::Suspended;
    decref(*--f->sp);  // the value sent in
  }
  decref(g);
}

void generator_abandoned(VM&, Generator* g) { decref(g); }

void generator_suspended(VM& vm, Generator* g) {
  g->state = GenState::Suspended;
  vm.task->exc_info = g->exc_state.prev;
  g->exc_state.prev = nullptr;
  decref(g);  // taken when it was resumed
}

void generator_finished(VM& vm, Generator* g) {
  g->state = GenState::Closed;
  vm.task->exc_info = g->exc_state.prev;
  g->exc_state.prev = nullptr;
  decref(g->exc_state.exc);
  g->exc_state.exc = Value();
  PyFrame* f = g->frame;
  g->frame = nullptr;
  if (f) {
    f->gen = nullptr;
    frame_release(vm, f);
  }
  decref(g);  // taken when it was resumed
}

// PEP 479: StopIteration escaping a generator becomes RuntimeError.
void convert_stop_iteration(VM& vm, Generator* g) {
  if (!vm.exc) return;
  const char* msg = nullptr;
  if (is_subtype(vm.exc->type, &StopIterationType)) {
    msg = g->kind == GenKind::Generator ? "generator raised StopIteration"
          : g->kind == GenKind::Coroutine ? "coroutine raised StopIteration"
                                          : "async generator raised StopIteration";
  } else if (g->kind == GenKind::AsyncGenerator && is_subtype(vm.exc->type, &StopAsyncIterationType)) {
    msg = "async generator raised StopAsyncIteration";
  }
  if (!msg) return;
  Object* cause = take_error(vm);
  raise(vm, &RuntimeErrorType, msg);
  BaseException* e = reinterpret_cast<BaseException*>(vm.exc);
  decref(e->cause);
  e->cause = newref(Value(cause));
  decref(e->context);
  e->context = Value(cause);  // steals
  e->suppress_context = 1;
}

// The object a suspended generator delegates to (yield from / await), or null.
Value generator_yield_from(Generator* g) {
  PyFrame* f = g->frame;
  if (!f || g->state != GenState::Suspended) return Value();
  const uint32_t* ip = f->ip;
  if (ip >= f->code->words + f->code->nwords) return Value();
  if (word_op(*ip) != JUMP_BACKWARD_NO_INTERRUPT) return Value();
  uint32_t target = word_arg(*ip);
  if (word_op(f->code->words[target]) != SEND) return Value();
  if (f->sp <= f->slots + f->code->nlocalsplus) return Value();
  return f->sp[-1];
}

namespace {

// coroutine.__await__() returns a wrapper iterator over the coroutine.
struct CoroWrapper : Object {
  Value coro;
};

// Positions a delegating generator's frame as if its SEND had just pushed the delegate's frame.
void position_at_send(PyFrame* f) {
  uint32_t send_at = word_arg(*f->ip);
  f->last_word = send_at;
  f->ip = f->code->words + send_at + 1;
}

// The generator's frame is about to run with a delegate's frame above it: link its handled-
// exception entry, mark it running, position it at its SEND.
void begin_delegating(VM& vm, Generator* g) {
  position_at_send(g->frame);
  g->exc_state.prev = vm.task->exc_info;
  vm.task->exc_info = &g->exc_state;
  g->state = GenState::Running;
  incref(g);  // as generator_prepare_resume
}

void undo_delegating(VM& vm, Generator* g) {
  vm.task->exc_info = g->exc_state.prev;
  g->exc_state.prev = nullptr;
  g->state = GenState::Suspended;
  decref(g);
}

Object* make_exception(VM& vm, Value type, Value value, Value tb) {
  // throw(type[, value[, tb]]) or throw(instance)
  if (tb && !is_none(tb) && type_of(tb) != &TracebackType) {
    raise(vm, &TypeErrorType, "throw() third argument must be a traceback object");
    return nullptr;
  }
  Value exc;
  if (is_type(type) && is_subtype(type.as<Type>(), &BaseExceptionType)) {
    if (value && is_exception_instance(value) && is_subtype(type_of(value), type.as<Type>())) {
      exc = newref(value);
    } else if (value && !is_none(value)) {
      Value args = is_tuple(value) ? newref(value) : Value(tuple_of({value}));
      exc = call(vm, type, Args{as_tuple(args)->items, uint32_t(as_tuple(args)->size), nullptr});
      decref(args);
    } else {
      exc = call0(vm, type);
    }
    if (!exc) return nullptr;
    if (!is_exception_instance(exc)) {
      raisef(vm, &TypeErrorType, "calling %s should have returned an instance of BaseException, not %s",
             type_name(type.as<Type>()), tname(exc));
      decref(exc);
      return nullptr;
    }
  } else if (is_exception_instance(type)) {
    if (value && !is_none(value)) {
      raise(vm, &TypeErrorType, "instance exception may not have a separate value");
      return nullptr;
    }
    exc = newref(type);
  } else {
    raisef(vm, &TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %s",
           tname(type));
    return nullptr;
  }
  if (tb && !is_none(tb)) {
    BaseException* be = exc.as<BaseException>();
    Value old = be->traceback;
    be->traceback = newref(tb);
    decref(old);
  }
  return exc.obj();
}

}  // namespace

// The exception throw(type[, value[, traceback]]) raises (args[0] is self).
Object* generator_throw_args(VM& vm, Args a, const char* fname) {
  if (a.nkw()) {
    raisef(vm, &TypeErrorType, "%s() takes no keyword arguments", fname);
    return nullptr;
  }
  if (a.n < 2) {
    raisef(vm, &TypeErrorType, "%s expected at least 1 argument, got %u", fname, a.n - 1);
    return nullptr;
  }
  if (a.n > 4) {
    raisef(vm, &TypeErrorType, "%s expected at most 3 arguments, got %u", fname, a.n - 1);
    return nullptr;
  }
  return make_exception(vm, a[1], a.n > 2 ? a[2] : Value(), a.n > 3 ? a[3] : Value());
}

namespace {

// The delegate of a suspended generator, looking through coroutine.__await__() wrappers.
Value delegate_of(Generator* g) {
  Value yf = generator_yield_from(g);
  if (yf && type_of(yf) == &CoroutineWrapperType) yf = yf.as<CoroWrapper>()->coro;
  return yf;
}

// Raises `exc` (owned) in g at the point where it is suspended, without delegating.
Value throw_here(VM& vm, Generator* g, Object* exc) {
  if ((g->state == GenState::Closed || !g->frame) && g->kind == GenKind::Coroutine) {
    decref(exc);
    return raise(vm, &RuntimeErrorType, "cannot reuse already awaited coroutine");
  }
  Frame* f = generator_prepare_resume(vm, g, none(), exc);
  if (!f) return Value();
  vm.pending_frame = f;
  return Value::pending();
}

// close() of the delegate a generator awaits or yields from (CPython's gen_close_iter); the
// delegate's error is returned as null + error.
Co<Value> close_delegate_co(VM& vm, Value yf) {
  Ref hold = Ref::borrow(yf);
  Type* yt = type_of(yf);
  if (yt == &GeneratorType || yt == &CoroutineType) co_return co_await generator_close_co(vm, yf.as<Generator>());
  Value m = get_attr_opt(vm, yf, g_names.close);
  if (!m) {
    if (has_error(vm)) {
      Object* e = take_error(vm);
      write_unraisable(vm, e, yf, nullptr);
      decref(e);
    }
    co_return new_none();
  }
  Ref hold_m(m);
  co_return co_await call_co(vm, m, Args{nullptr, 0, nullptr});
}

// throw(GeneratorExit) into a delegating generator: the delegate is closed, then GeneratorExit
// (or the delegate's error) is raised in g. Its result is what a throw() call returns.
Co<Value> throw_exit_co(VM& vm, Value gen, Value yf, Value exc) {
  Ref hold_gen(gen), hold_yf(yf), hold_exc(exc);
  Generator* g = gen.as<Generator>();
  GenState state = g->state;
  g->state = GenState::Running;
  Value r = co_await close_delegate_co(vm, yf);
  g->state = state;
  Object* e = r ? hold_exc.release().obj() : take_error(vm);
  decref(r);
  r = co_await gen_step(vm, throw_here(vm, g, e));
  if (r.is_iter_done()) {
    Value v = vm.gen_return;
    vm.gen_return = Value();
    if (g->kind == GenKind::AsyncGenerator) raise_args(vm, &StopAsyncIterationType, tuple_empty());
    else raise_stop_iteration(vm, v && !is_none(v) ? v : Value());
    decref(v);
    co_return Value();
  }
  co_return r;
}

}  // namespace

// CPython's _gen_throw, stackless: the delegate's frames are linked above g's frame.
Value generator_throw(VM& vm, Generator* g, Object* exc, bool close_on_exit) {
  Value yf = delegate_of(g);
  if (!yf) return throw_here(vm, g, exc);
  Type* yt = type_of(yf);
  if (close_on_exit && is_subtype(exc->type, &GeneratorExitType)) {
    vm.pending_frame = native_frame_new(vm, throw_exit_co(vm, newref(Value(g)), newref(yf), Value(exc)));
    return Value::pending();
  }
  if (yt == &GeneratorType || yt == &CoroutineType) {
    begin_delegating(vm, g);
    Value r = generator_throw(vm, yf.as<Generator>(), exc, close_on_exit);
    if (r.is_pending()) {
      Frame* bottom = vm.pending_frame;
      Frame* top = vm.pending_inner_frame ? vm.pending_inner_frame : bottom;
      bottom->back = g->frame;
      bottom->delivery = Delivery::Push;
      vm.pending_frame = g->frame;
      vm.pending_inner_frame = top;
      return Value::pending();
    }
    // the delegate could not take it: its error is raised here instead
    undo_delegating(vm, g);
    return throw_here(vm, g, take_error(vm));
  }
  Value meth = get_attr_opt(vm, yf, g_names.throw_);
  if (!meth) {
    if (has_error(vm)) {
      decref(exc);
      return Value();
    }
    return throw_here(vm, g, exc);
  }
  BaseException* be = reinterpret_cast<BaseException*>(exc);
  Value args[3] = {Value(exc->type), Value(exc), be->traceback ? be->traceback : none()};
  begin_delegating(vm, g);
  CallPrep p = prepare_call(vm, meth, Value(), Args{args, 3, nullptr});
  decref(meth);
  decref(exc);
  PyFrame* of = g->frame;
  if (p.frame) {
    // the delegate's throw runs above g's frame, delivering to its SEND
    p.frame->back = of;
    p.frame->delivery = Delivery::Push;
    vm.pending_frame = of;
    vm.pending_inner_frame = p.frame;
    return Value::pending();
  }
  if (p.result) {
    // the delegate yielded: g yields it too
    *of->sp++ = p.result;
    vm.pending_frame = of;
    return Value::pending();
  }
  Object* err = take_error(vm);
  if (is_subtype(err->type, &StopIterationType)) {
    // the delegate finished: its value completes the yield from / await
    BaseException* se = reinterpret_cast<BaseException*>(err);
    Value v = newref(se->extra[0] ? se->extra[0] : none());
    decref(err);
    decref(*--of->sp);  // the receiver
    *of->sp++ = v;
    of->ip = of->code->words + word_arg(of->code->words[of->last_word]);
    vm.pending_frame = of;
    return Value::pending();
  }
  undo_delegating(vm, g);
  return throw_here(vm, g, err);
}

Value coroutine_wrapper_target(Value wrapper) { return wrapper.as<CoroWrapper>()->coro; }

void link_frame_chain(VM& vm, Frame* bottom, Frame* top) {
  vm.task->top = top;
  for (Frame* p = top; p != bottom; p = p->back)
    if (p->kind == FrameKind::Python) vm.task->depth++;
}

GenStepAwaiter gen_step(VM& vm, Value r) {
  GenStepAwaiter aw{vm, Value()};
  if (r.is_pending()) {
    aw.bottom = vm.pending_frame;
    aw.top = vm.pending_inner_frame;
    vm.pending_frame = nullptr;
    vm.pending_inner_frame = nullptr;
  } else {
    aw.immediate = r;
  }
  return aw;
}

GenStepAwaiter gen_send_step(VM& vm, Generator* g, Value v) {
  Frame* f = generator_prepare_resume(vm, g, v, nullptr);
  if (f) {
    vm.pending_frame = f;
    return gen_step(vm, Value::pending());
  }
  return gen_step(vm, has_error(vm) ? Value() : Value::iter_done());
}

void GenStepAwaiter::await_suspend(coro::coroutine_handle<> h) {
  NativeFrame* w = current_native_frame(vm);
  w->resume_at = h;
  push_frame(vm, bottom, Delivery::Native);
  if (top) link_frame_chain(vm, bottom, top);
}

Value GenStepAwaiter::await_resume() {
  if (!bottom) {
    if (immediate.is_iter_done()) {
      decref(vm.gen_return);
      vm.gen_return = new_none();
    }
    return immediate;
  }
  NativeFrame* w = current_native_frame(vm);
  Value r = w->result;
  w->result = Value();
  if (w->result_done) {
    w->result_done = false;
    decref(vm.gen_return);
    vm.gen_return = r;
    return Value::iter_done();
  }
  return r;
}

namespace {

// ------------------------------------------------------------------ methods

Value gen_send(VM& vm, Args a) {
  if (!check_nargs(vm, a, "send", 2, 2)) return Value();
  Generator* g = a[0].as<Generator>();
  Frame* f = generator_prepare_resume(vm, g, a[1], nullptr);
  if (!f) {
    if (has_error(vm)) return Value();
    return raise_stop_iteration(vm, Value());
  }
  vm.pending_frame = f;
  return Value::pending();
}

Value gen_throw(VM& vm, Args a) {
  Object* exc = generator_throw_args(vm, a, "throw");
  if (!exc) return Value();
  return generator_throw(vm, a[0].as<Generator>(), exc, true);
}

}  // namespace

// close(): the delegate is closed, then GeneratorExit is raised in the generator; yielding again
// is an error (CPython's gen_close).
Co<Value> generator_close_co(VM& vm, Generator* g) {
  Ref hold = Ref::borrow(Value(g));
  if (g->state == GenState::Created) {
    g->state = GenState::Closed;
    PyFrame* f = g->frame;
    g->frame = nullptr;
    if (f) {
      f->gen = nullptr;
      frame_release(vm, f);
    }
    co_return new_none();
  }
  if (g->state == GenState::Closed || !g->frame) co_return new_none();
  if (g->state == GenState::Running) co_return raisef(vm, &ValueErrorType, "%s already executing", kind_word(g));
  Object* exc = nullptr;
  Value yf = delegate_of(g);
  if (yf) {
    g->state = GenState::Running;
    Value r = co_await close_delegate_co(vm, yf);
    g->state = GenState::Suspended;
    if (!r) exc = take_error(vm);
    decref(r);
  }
  if (!exc) exc = exception_new(vm, &GeneratorExitType, tuple_empty()).obj();
  Frame* f = generator_prepare_resume(vm, g, none(), exc);
  if (f) vm.pending_frame = f;
  Value step = f ? Value::pending() : Value();
  Value r = co_await gen_step(vm, step);
  if (r.is_iter_done()) {
    Value v = vm.gen_return;
    vm.gen_return = Value();
    decref(v);
    if (g->kind == GenKind::AsyncGenerator) co_return raise_args(vm, &StopAsyncIterationType, tuple_empty());
    co_return new_none();
  }
  if (r) {
    decref(r);
    co_return raisef(vm, &RuntimeErrorType, "%s ignored GeneratorExit", kind_word(g));
  }
  if (error_matches(vm, &GeneratorExitType) || error_matches(vm, &StopIterationType)) {
    clear_error(vm);
    co_return new_none();
  }
  co_return Value();
}

Value generator_close(VM& vm, Generator* g) { return run_sync(vm, generator_close_co(vm, g)); }

namespace {

Co<Value> gen_close(VM& vm, Args a) {
  if (!check_nargs(vm, a, "close", 1, 1)) co_return Value();
  co_return co_await generator_close_co(vm, a[0].as<Generator>());
}

Value gen_iter(VM&, Value self) { return newref(self); }

Value gen_iternext(VM& vm, Value self) {
  Generator* g = self.as<Generator>();
  Frame* f = generator_prepare_resume(vm, g, none(), nullptr);
  if (!f) return has_error(vm) ? Value() : Value::iter_done();
  Value r = run_nested(vm, f);
  if (g_boundary_returned) {
    g_boundary_returned = false;
    decref(r);
    return Value::iter_done();
  }
  return r;
}

Value gen_repr(VM&, Value self) {
  Generator* g = self.as<Generator>();
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(g));
  return Value(str_new(std::string("<") + (g->kind == GenKind::Generator ? "generator" :
                                         g->kind == GenKind::Coroutine ? "coroutine" : "async_generator") +
                       " object " + g->qualname->data + buf));
}

// "coroutine '...' was never awaited": CPython's RuntimeWarning (default filter: once per
// location), at the line running when the coroutine is collected ("sys:1" when none is).
void warn_never_awaited(VM& vm, Generator* g) {
  std::string text = std::string("coroutine '") + g->qualname->data + "' was never awaited";
  PyFrame* f = vm.task ? current_py_frame(vm) : nullptr;
  std::string out;
  if (f) {
    std::string file = f->code->filename->data;
    int line = frame_line(f);
    // the module's __warningregistry__ remembers (text, category, lineno) already shown
    Str* reg_name = intern("__warningregistry__");
    Value reg = dict_get_str(f->globals, reg_name);
    if (!reg || !is_dict(reg)) {
      Dict* d = dict_new();
      dict_set_str(f->globals, reg_name, Value(d));
      decref(d);
      reg = Value(d);
    }
    Dict* registry = reg.as<Dict>();
    Str* version = intern("version");
    if (!dict_get_str(registry, version)) dict_set_str(registry, version, Value::small(0));
    Value text_str = Value(str_new(text));
    Tuple* key = tuple_of({text_str, Value(&RuntimeWarningType), Value::small(line)});
    decref(text_str);
    Value seen = dict_get(vm, registry, Value(key));
    bool already = seen && truthy(vm, seen) > 0;
    if (!already) {
      Value t = new_bool(true);
      dict_set(vm, registry, Value(key), t);
      decref(t);
    }
    decref(key);
    clear_error(vm);
    if (already) return;
    out = file + ":" + std::to_string(line) + ": RuntimeWarning: " + text + "\n";
    std::string src = source_line(vm, file, line);
    std::size_t b = src.find_first_not_of(" \t\f");
    if (b != std::string::npos) {
      std::size_t e = src.find_last_not_of(" \t\f\r\n");
      out += "  " + src.substr(b, e - b + 1) + "\n";
    }
    out += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
  } else {
    out = "sys:1: RuntimeWarning: " + text + "\n";
  }
  if (vm.write) vm.write(1, out);
}

void gen_dealloc(Object* o) {
  Generator* g = static_cast<Generator*>(o);
  if (g->frame && !(o->gc_index & Object::kFinalizedBit) && g_vm) {
    if (generator_needs_finalizer(g)) {
      // A suspended generator is closed before it dies (its finally blocks run).
      o->gc_index |= Object::kFinalizedBit;
      o->refcount = 1;
      queue_finalizer(o);
      return;
    }
    if (g->kind == GenKind::Coroutine && g->state == GenState::Created) warn_never_awaited(*g_vm, g);
  }
  if (gc_is_tracked(o)) gc_untrack(o);
  if (o->gc_index & Object::kWeakrefBit) weakref_clear_all(o);
  PyFrame* f = g->frame;
  g->frame = nullptr;
  if (f && g_vm) {
    f->gen = nullptr;
    frame_release(*g_vm, f);
  }
  decref(g->name);
  decref(g->qualname);
  decref(g->code);
  decref(g->exc_state.exc);
  decref(g->ag_finalizer);
  generic_dealloc(o);
}

void gen_traverse(Object* o, VisitFn visit, void* arg) {
  Generator* g = static_cast<Generator*>(o);
  PyFrame* f = g->frame;
  if (f && g->state != GenState::Running) {
    for (Value* p = f->slots; p < f->sp; ++p)
      if (p->is_obj()) visit(p->obj(), arg);
    if (f->locals.is_obj()) visit(f->locals.obj(), arg);
    if (f->func) visit(f->func, arg);
  }
  if (g->exc_state.exc.is_obj()) visit(g->exc_state.exc.obj(), arg);
  if (g->ag_finalizer.is_obj()) visit(g->ag_finalizer.obj(), arg);
}

void gen_clear(Object* o) {
  Generator* g = static_cast<Generator*>(o);
  if (g->frame && g->state != GenState::Running) frame_clear_values(g->frame);
  Value fin = g->ag_finalizer;  // a finalizer hook may refer back to the generator
  g->ag_finalizer = Value();
  decref(fin);
}

}  // namespace

bool generator_needs_finalizer(Generator* g) {
  if (!g->frame) return false;
  // an async generator whose hooks were set up goes to the finalizer hook even if not started
  if (g->kind == GenKind::AsyncGenerator && g->ag_finalizer && !g->ag_closed) return true;
  return g->state == GenState::Suspended;
}

// What collecting a suspended generator does (CPython's _PyGen_Finalize).
Co<Value> generator_finalize_co(VM& vm, Value obj) {
  Ref hold(obj);  // the finalizer queue's reference: the object may die for real afterwards
  Generator* g = obj.as<Generator>();
  Value r;
  if (g->kind == GenKind::AsyncGenerator && g->ag_finalizer && !g->ag_closed) {
    Value hook = newref(g->ag_finalizer);
    r = co_await call_co1(vm, hook, obj);
    decref(hook);
  } else {
    r = co_await generator_close_co(vm, g);
  }
  if (!r) {
    Object* exc = take_error(vm);
    write_unraisable(vm, exc, obj, nullptr);  // err_msg None, as CPython
    decref(exc);
  }
  decref(r);
  co_return new_none();
}

Value generator_get_name(VM&, Value self) { return newref(Value(self.as<Generator>()->name)); }
bool generator_set_name(VM& vm, Value self, Value v) {
  if (!v || !is_str(v)) {
    raise(vm, &TypeErrorType, "__name__ must be set to a string object");
    return false;
  }
  Generator* g = self.as<Generator>();
  Str* old = g->name;
  g->name = newref(as_str(v));
  decref(old);
  return true;
}
Value generator_get_qualname(VM&, Value self) { return newref(Value(self.as<Generator>()->qualname)); }
bool generator_set_qualname(VM& vm, Value self, Value v) {
  if (!v || !is_str(v)) {
    raise(vm, &TypeErrorType, "__qualname__ must be set to a string object");
    return false;
  }
  Generator* g = self.as<Generator>();
  Str* old = g->qualname;
  g->qualname = newref(as_str(v));
  decref(old);
  return true;
}
Value generator_get_code(VM&, Value self) { return newref(self.as<Generator>()->code); }
Value generator_get_frame(VM& vm, Value self) {
  Generator* g = self.as<Generator>();
  if (!g->frame) return new_none();
  return frame_object_for(vm, g->frame);
}
Value generator_get_yieldfrom(VM&, Value self) {
  Value v = generator_yield_from(self.as<Generator>());
  return v ? newref(v) : new_none();
}

namespace {

Value gen_get_running(VM&, Value self) { return new_bool(self.as<Generator>()->state == GenState::Running); }
Value gen_get_suspended(VM&, Value self) { return new_bool(self.as<Generator>()->state == GenState::Suspended); }
Value coro_get_origin(VM&, Value) { return new_none(); }  // origin tracking is never enabled

const MethodDef kGenMethods[] = {
    {"send", gen_send, kMethPlain, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.", nullptr},
    {"throw", gen_throw, kMethPlain, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.", nullptr},
    {"close", nullptr, kMethCo, "close() -> raise GeneratorExit inside generator.", gen_close},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const GetSetDef kGenGetSets[] = {
    {"__name__", generator_get_name, generator_set_name, nullptr},
    {"__qualname__", generator_get_qualname, generator_set_qualname, nullptr},
    {"gi_running", gen_get_running, nullptr, nullptr},
    {"gi_suspended", gen_get_suspended, nullptr, nullptr},
    {"gi_code", generator_get_code, nullptr, nullptr},
    {"gi_frame", generator_get_frame, nullptr, nullptr},
    {"gi_yieldfrom", generator_get_yieldfrom, nullptr, "object being iterated by yield from, or None"},
    {nullptr, nullptr, nullptr, nullptr}};

const GetSetDef kCoroGetSets[] = {
    {"__name__", generator_get_name, generator_set_name, nullptr},
    {"__qualname__", generator_get_qualname, generator_set_qualname, nullptr},
    {"cr_running", gen_get_running, nullptr, nullptr},
    {"cr_suspended", gen_get_suspended, nullptr, nullptr},
    {"cr_code", generator_get_code, nullptr, nullptr},
    {"cr_frame", generator_get_frame, nullptr, nullptr},
    {"cr_await", generator_get_yieldfrom, nullptr, "object being awaited on, or None"},
    {"cr_origin", coro_get_origin, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

Value coro_await(VM&, Args a) {
  CoroWrapper* w = reinterpret_cast<CoroWrapper*>(object_alloc(&CoroutineWrapperType, sizeof(CoroWrapper)));
  w->coro = newref(a[0]);
  return Value(w);
}

const MethodDef kCoroMethods[] = {
    {"send", gen_send, kMethPlain, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.", nullptr},
    {"throw", gen_throw, kMethPlain, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.", nullptr},
    {"close", nullptr, kMethCo, "close() -> raise GeneratorExit inside coroutine.", gen_close},
    {"__await__", coro_await, kMethPlain, "Return an iterator to be used in await expression.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

Value wrapper_iternext(VM& vm, Value self) { return gen_iternext(vm, self.as<CoroWrapper>()->coro); }
Value wrapper_send(VM& vm, Args a) {
  if (!check_nargs(vm, a, "send", 2, 2)) return Value();
  Value args[2] = {a[0].as<CoroWrapper>()->coro, a[1]};
  return gen_send(vm, Args{args, 2, nullptr});
}
Value wrapper_throw(VM& vm, Args a) {
  Value args[4] = {a[0].as<CoroWrapper>()->coro, a.n > 1 ? a[1] : Value(), a.n > 2 ? a[2] : Value(), a.n > 3 ? a[3] : Value()};
  return gen_throw(vm, Args{args, a.n, nullptr});
}
Co<Value> wrapper_close(VM& vm, Args a) {
  co_return co_await generator_close_co(vm, a[0].as<CoroWrapper>()->coro.as<Generator>());
}
void wrapper_dealloc(Object* o) {
  decref(static_cast<CoroWrapper*>(o)->coro);
  generic_dealloc(o);
}
const MethodDef kWrapperMethods[] = {
    {"send", wrapper_send, kMethPlain, nullptr, nullptr},
    {"throw", wrapper_throw, kMethPlain, nullptr, nullptr},
    {"close", nullptr, kMethCo, nullptr, wrapper_close},
    {nullptr, nullptr, 0, nullptr, nullptr}};

}  // namespace

// The object an `await` iterates: coroutines themselves, or what __await__ returns.
Value get_awaitable(VM& vm, Value v, int where) {
  Type* t = type_of(v);
  if (t == &CoroutineType) {
    Value yf = generator_yield_from(v.as<Generator>());
    if (yf) return raise(vm, &RuntimeErrorType, "coroutine is being awaited already");
    return newref(v);
  }
  if (t == &GeneratorType && (v.as<Generator>()->frame && (v.as<Generator>()->frame->code->flags & kCoIterableCoroutine)))
    return newref(v);
  Value m = type_lookup(t, g_names.await);
  if (!m) {
    if (where == 1)
      return raisef(vm, &TypeErrorType, "'async with' received an object from __aenter__ that does not implement __await__: %s", type_name(t));
    if (where == 2)
      return raisef(vm, &TypeErrorType, "'async with' received an object from __aexit__ that does not implement __await__: %s", type_name(t));
    return raisef(vm, &TypeErrorType, "object %s can't be used in 'await' expression", type_name(t));
  }
  incref(m);
  Value r = call_special(vm, m, v, nullptr, 0);
  decref(m);
  if (!r) return Value();
  if (type_of(r) == &CoroutineType) {
    decref(r);
    return raise(vm, &TypeErrorType, "__await__() returned a coroutine");
  }
  if (!type_of(r)->next) {
    raisef(vm, &TypeErrorType, "__await__() returned non-iterator of type '%s'", tname(r));
    decref(r);
    return Value();
  }
  return r;
}

// dealloc/traverse/clear shared by generators, coroutines and async generators.
void gen_type_shared_slots(Type* t) {
  t->dealloc = gen_dealloc;
  t->traverse = gen_traverse;
  t->clear = gen_clear;
}

void init_generator_types() {
  Type* t = &GeneratorType;
  static_type_init(t, "generator", sizeof(Generator), &ObjectType, kTypeHasGC | kTypeHasWeakrefs);
  t->flags |= kTypeDisallowInstantiation;
  t->dealloc = gen_dealloc;
  t->traverse = gen_traverse;
  t->clear = gen_clear;
  t->iter = gen_iter;
  t->next = gen_iternext;
  t->repr = gen_repr;
  t->methods = kGenMethods;
  t->getsets = kGenGetSets;

  t = &CoroutineType;
  static_type_init(t, "coroutine", sizeof(Generator), &ObjectType, kTypeHasGC | kTypeHasWeakrefs);
  t->flags |= kTypeDisallowInstantiation;
  t->dealloc = gen_dealloc;
  t->traverse = gen_traverse;
  t->clear = gen_clear;
  t->repr = gen_repr;
  t->methods = kCoroMethods;
  t->getsets = kCoroGetSets;

  t = &CoroutineWrapperType;
  static_type_init(t, "coroutine_wrapper", sizeof(CoroWrapper), &ObjectType, 0);
  t->flags |= kTypeDisallowInstantiation;
  t->dealloc = wrapper_dealloc;
  t->iter = gen_iter;
  t->next = wrapper_iternext;
  t->methods = kWrapperMethods;
}

}  // namespace coil
