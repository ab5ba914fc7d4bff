// asyncgen.cpp - async generators and the async iteration protocol: the asend/athrow/aclose
// awaitables (CPython 3.11's states and messages), the wrapping of values the generator yields,
// the asyncgen hooks, anext_awaitable, GET_AITER/GET_ANEXT, and aiter()/anext().
//
// Every awaitable here is a coroutine native (Co<Value>): awaiting one pushes a NativeFrame that
// resumes the generator's frame above it, so nothing nests in C++ (core/README.md). Their send()
// ends with StopIteration(value) like CPython's; SEND treats that as the end of the await.
//
// Section index
//   1. Objects and helpers (wrapped values, unwrapping, hooks)
//   2. asend() / __anext__() awaitables
//   3. athrow() / aclose() awaitables
//   4. async_generator methods and attributes
//   5. anext_awaitable (anext() with a default)
//   6. The async protocols of the opcodes and builtins
//   7. Types
#include <cstdio>
#include <string>

#include "objects/generator.h"
#include "vm/call.h"
#include "vm/interp.h"
#include "vm/runtime.h"
#include "vm/slots.h"
#include "vm/stackless.h"

namespace coil {

Type AsyncGenASendType, AsyncGenAThrowType, AsyncGenWrappedValueType, AnextAwaitableType;
void gen_type_shared_slots(Type* t);  // objects/generator.cpp

// ============================================================== 1. objects and helpers

namespace {

// What `yield v` in an async generator produces, so that the awaitables below can tell it from
// a value an awaited object yields to the event loop through the generator.
struct WrappedValue : Object {
  Value value;
};

enum class AwaitState : uint8_t { Init, Iter, Closed };

struct ASend : Object {
  Generator* gen;
  Value sendval;  // null for __anext__()
  AwaitState state;
};

struct AThrow : Object {
  Generator* gen;
  Value args;  // athrow()'s argument tuple; null for aclose()
  AwaitState state;
};

struct AnextAwaitable : Object {
  Value wrapped;
  Value default_value;
};

Value pending_native(VM& vm, Co<Value> co) {
  vm.pending_frame = native_frame_new(vm, std::move(co));
  return Value::pending();
}

bool is_wrapped(Value v) { return v.is_obj() && v.obj()->type == &AsyncGenWrappedValueType; }

// Turns a StopAsyncIteration-free "returned" into the error CPython's gen_send_ex raises for
// an async generator that returned (or was already exhausted).
Value returned_to_error(VM& vm, Value r) {
  if (!r.is_iter_done()) return r;
  decref(vm.gen_return);
  vm.gen_return = Value();
  return raise_args(vm, &StopAsyncIterationType, tuple_empty());
}

// CPython's async_gen_unwrap_value: r is what resuming the generator gave.
Value unwrap_value(VM& vm, Generator* g, Value r) {
  r = returned_to_error(vm, r);
  if (!r) {
    if (error_matches(vm, &StopAsyncIterationType) || error_matches(vm, &GeneratorExitType)) g->ag_closed = true;
    g->ag_running_async = false;
    return Value();
  }
  if (is_wrapped(r)) {
    // `yield v`: this await is over, its value is v
    Value v = r.as<WrappedValue>()->value;
    raise_stop_iteration(vm, is_none(v) ? Value() : v);
    decref(r);
    g->ag_running_async = false;
    return Value();
  }
  return r;  // passed through from an await in the generator: for the event loop
}

// CPython's async_gen_init_hooks: the first time an awaitable is asked for, the generator takes
// the current finalizer hook and the firstiter hook is called with it.
bool hooks_pending(VM& vm, Generator* g) { return !g->ag_hooks_inited && vm.asyncgen_firstiter; }

Co<Value> init_hooks_co(VM& vm, Generator* g) {
  if (g->ag_hooks_inited) co_return new_none();
  g->ag_hooks_inited = true;
  if (vm.asyncgen_finalizer) g->ag_finalizer = newref(vm.asyncgen_finalizer);
  if (!vm.asyncgen_firstiter) co_return new_none();
  Ref hook = Ref::borrow(vm.asyncgen_firstiter);
  Ref hold = Ref::borrow(Value(g));
  co_return co_await call_co1(vm, hook.get(), Value(g));
}

// The same, when no Python code can run (no firstiter hook or already done).
void init_hooks_now(VM& vm, Generator* g) {
  if (g->ag_hooks_inited) return;
  g->ag_hooks_inited = true;
  if (vm.asyncgen_finalizer) g->ag_finalizer = newref(vm.asyncgen_finalizer);
}

// ============================================================== 2. asend / __anext__

Value make_asend(Generator* g, Value sendval) {
  ASend* s = reinterpret_cast<ASend*>(object_alloc(&AsyncGenASendType, sizeof(ASend)));
  s->gen = newref(g);
  s->sendval = sendval ? newref(sendval) : Value();
  s->state = AwaitState::Init;
  gc_track(s);
  return Value(s);
}

// send(arg); arg null for __next__.
Co<Value> asend_send(VM& vm, Value self, Value arg) {
  Ref hold = Ref::borrow(self);
  Ref hold_arg = Ref::borrow(arg);
  ASend* s = self.as<ASend>();
  Generator* g = s->gen;
  if (s->state == AwaitState::Closed)
    co_return raise(vm, &RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()");
  if (s->state == AwaitState::Init) {
    if (g->ag_running_async)
      co_return raise(vm, &RuntimeErrorType, "anext(): asynchronous generator is already running");
    if (!arg || is_none(arg)) arg = s->sendval;
    s->state = AwaitState::Iter;
  }
  g->ag_running_async = true;
  Value sent = arg ? arg : none();
  Value r = co_await gen_send_step(vm, g, sent);
  r = unwrap_value(vm, g, r);
  if (!r) s->state = AwaitState::Closed;
  co_return r;
}

// throw(type[, value[, tb]]): thrown into the generator (or what it awaits).
Co<Value> asend_throw(VM& vm, Args a) {
  ASend* s = a[0].as<ASend>();
  Generator* g = s->gen;
  if (s->state == AwaitState::Closed)
    co_return raise(vm, &RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()");
  Object* exc = generator_throw_args(vm, a, "throw");
  Value r;
  if (exc) r = co_await gen_step(vm, generator_throw(vm, g, exc, true));
  r = unwrap_value(vm, g, r);
  if (!r) s->state = AwaitState::Closed;
  co_return r;
}

Co<Value> asend_send_method(VM& vm, Args a) {
  if (a.nkw() || a.n != 2)
    co_return raisef(vm, &TypeErrorType, "async_generator_asend.send() takes exactly one argument (%u given)",
                     a.n - 1 + a.nkw());
  co_return co_await asend_send(vm, a[0], a[1]);
}

Value asend_close(VM& vm, Args a) {
  if (a.n != 1 || a.nkw())
    return raisef(vm, &TypeErrorType, "async_generator_asend.close() takes no arguments (%u given)", a.n - 1 + a.nkw());
  a[0].as<ASend>()->state = AwaitState::Closed;
  return new_none();
}

Value self_iter(VM&, Value self) { return newref(self); }
Value self_await(VM&, Args a) { return newref(a[0]); }

Value asend_next(VM& vm, Value self) { return run_sync(vm, asend_send(vm, self, Value())); }

void asend_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  ASend* s = static_cast<ASend*>(o);
  xdecref(s->gen);
  decref(s->sendval);
  generic_dealloc(o);
}
void asend_traverse(Object* o, VisitFn visit, void* arg) {
  ASend* s = static_cast<ASend*>(o);
  if (s->gen) visit(s->gen, arg);
  if (s->sendval.is_obj()) visit(s->sendval.obj(), arg);
}

const MethodDef kASendMethods[] = {
    {"send", nullptr, kMethCo, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.", asend_send_method},
    {"throw", nullptr, kMethCo, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.", asend_throw},
    {"close", asend_close, kMethPlain, "close() -> raise GeneratorExit inside generator.", nullptr},
    {"__await__", self_await, kMethPlain, "Return an iterator to be used in await expression.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

// ============================================================== 3. athrow / aclose

Value make_athrow(Generator* g, Value args) {
  AThrow* t = reinterpret_cast<AThrow*>(object_alloc(&AsyncGenAThrowType, sizeof(AThrow)));
  t->gen = newref(g);
  t->args = args ? newref(args) : Value();
  t->state = AwaitState::Init;
  gc_track(t);
  return Value(t);
}

// The generator would not stop for aclose(): it yielded again.
Value ignored_exit(VM& vm, AThrow* t) {
  t->gen->ag_running_async = false;
  t->state = AwaitState::Closed;
  return raise(vm, &RuntimeErrorType, "async generator ignored GeneratorExit");
}

// The athrow()/aclose() await is over with an error (CPython's check_error).
Value athrow_error(VM& vm, AThrow* t) {
  t->gen->ag_running_async = false;
  t->state = AwaitState::Closed;
  if (!t->args && (error_matches(vm, &StopAsyncIterationType) || error_matches(vm, &GeneratorExitType))) {
    // aclose() is done: the generator stopped
    clear_error(vm);
    raise_args(vm, &StopIterationType, tuple_empty());
  }
  return Value();
}

// send(arg); __next__ sends None.
Co<Value> athrow_send(VM& vm, Value self, Value arg) {
  Ref hold = Ref::borrow(self);
  Ref hold_arg = Ref::borrow(arg);
  AThrow* t = self.as<AThrow>();
  Generator* g = t->gen;
  bool is_close = !t->args;
  if (t->state == AwaitState::Closed)
    co_return raise(vm, &RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()");
  if (g->state == GenState::Closed || !g->frame) {
    t->state = AwaitState::Closed;
    co_return raise_args(vm, &StopIterationType, tuple_empty());
  }
  if (t->state == AwaitState::Init) {
    if (g->ag_running_async) {
      t->state = AwaitState::Closed;
      co_return raise(vm, &RuntimeErrorType, is_close ? "aclose(): asynchronous generator is already running"
                                                      : "athrow(): asynchronous generator is already running");
    }
    if (g->ag_closed) {
      t->state = AwaitState::Closed;
      co_return raise_args(vm, &StopAsyncIterationType, tuple_empty());
    }
    if (arg && !is_none(arg)) co_return raise(vm, &RuntimeErrorType, "can't send non-None value to a just-started coroutine");
    t->state = AwaitState::Iter;
    g->ag_running_async = true;
    Value r;
    if (is_close) {
      g->ag_closed = true;
      Object* exc = exception_new(vm, &GeneratorExitType, tuple_empty()).obj();
      r = co_await gen_step(vm, generator_throw(vm, g, exc, false));
      if (is_wrapped(r)) {
        decref(r);
        co_return ignored_exit(vm, t);
      }
      r = returned_to_error(vm, r);
    } else {
      // athrow(type[, value[, traceback]]): its arguments are checked now (CPython leaves the
      // generator marked running when they are wrong)
      Tuple* args = as_tuple(t->args);
      if (args->size < 1)
        co_return raisef(vm, &TypeErrorType, "athrow expected at least 1 argument, got %lld", (long long)args->size);
      if (args->size > 3)
        co_return raisef(vm, &TypeErrorType, "athrow expected at most 3 arguments, got %lld", (long long)args->size);
      Value argv[4] = {self, args->items[0], args->size > 1 ? args->items[1] : Value(),
                       args->size > 2 ? args->items[2] : Value()};
      Object* exc = generator_throw_args(vm, Args{argv, uint32_t(args->size + 1), nullptr}, "athrow");
      if (exc) r = co_await gen_step(vm, generator_throw(vm, g, exc, false));
      r = unwrap_value(vm, g, r);
    }
    if (!r) co_return athrow_error(vm, t);
    co_return r;
  }
  // Iter: the generator awaits something; values sent go to it
  Value sent = arg ? arg : none();
  Value r = co_await gen_send_step(vm, g, sent);
  if (!is_close) co_return unwrap_value(vm, g, r);
  r = returned_to_error(vm, r);
  if (!r) co_return athrow_error(vm, t);
  if (is_wrapped(r)) {
    decref(r);
    co_return ignored_exit(vm, t);
  }
  co_return r;
}

Co<Value> athrow_throw(VM& vm, Args a) {
  AThrow* t = a[0].as<AThrow>();
  Generator* g = t->gen;
  if (t->state == AwaitState::Closed)
    co_return raise(vm, &RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()");
  Object* exc = generator_throw_args(vm, a, "throw");
  Value r;
  if (exc) r = co_await gen_step(vm, generator_throw(vm, g, exc, true));
  if (t->args) co_return unwrap_value(vm, g, r);
  // aclose() mode
  if (is_wrapped(r)) {
    decref(r);
    co_return ignored_exit(vm, t);
  }
  r = returned_to_error(vm, r);
  if (!r && (error_matches(vm, &StopAsyncIterationType) || error_matches(vm, &GeneratorExitType))) {
    clear_error(vm);
    raise_args(vm, &StopIterationType, tuple_empty());
  }
  co_return r;
}

Co<Value> athrow_send_method(VM& vm, Args a) {
  if (a.nkw() || a.n != 2)
    co_return raisef(vm, &TypeErrorType, "async_generator_athrow.send() takes exactly one argument (%u given)",
                     a.n - 1 + a.nkw());
  co_return co_await athrow_send(vm, a[0], a[1]);
}

Value athrow_close(VM& vm, Args a) {
  if (a.n != 1 || a.nkw())
    return raisef(vm, &TypeErrorType, "async_generator_athrow.close() takes no arguments (%u given)", a.n - 1 + a.nkw());
  a[0].as<AThrow>()->state = AwaitState::Closed;
  return new_none();
}

Value athrow_next(VM& vm, Value self) { return run_sync(vm, athrow_send(vm, self, none())); }

void athrow_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  AThrow* t = static_cast<AThrow*>(o);
  xdecref(t->gen);
  decref(t->args);
  generic_dealloc(o);
}
void athrow_traverse(Object* o, VisitFn visit, void* arg) {
  AThrow* t = static_cast<AThrow*>(o);
  if (t->gen) visit(t->gen, arg);
  if (t->args.is_obj()) visit(t->args.obj(), arg);
}

const MethodDef kAThrowMethods[] = {
    {"send", nullptr, kMethCo, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.", athrow_send_method},
    {"throw", nullptr, kMethCo, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.", athrow_throw},
    {"close", athrow_close, kMethPlain, "close() -> raise GeneratorExit inside generator.", nullptr},
    {"__await__", self_await, kMethPlain, "Return an iterator to be used in await expression.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

// ============================================================== 4. async_generator methods

Co<Value> ag_anext(VM& vm, Args a) {
  if (a.n != 1 || a.nkw()) co_return raisef(vm, &TypeErrorType, "expected 0 arguments, got %u", a.n - 1 + a.nkw());
  Generator* g = a[0].as<Generator>();
  Value r = co_await init_hooks_co(vm, g);
  if (!r) co_return Value();
  decref(r);
  co_return make_asend(g, Value());
}

Value ag_aiter(VM& vm, Args a) {
  if (a.n != 1 || a.nkw()) return raisef(vm, &TypeErrorType, "expected 0 arguments, got %u", a.n - 1 + a.nkw());
  return newref(a[0]);
}

Co<Value> ag_asend(VM& vm, Args a) {
  if (a.n != 2 || a.nkw())
    co_return raisef(vm, &TypeErrorType, "async_generator.asend() takes exactly one argument (%u given)",
                     a.n - 1 + a.nkw());
  Generator* g = a[0].as<Generator>();
  Value r = co_await init_hooks_co(vm, g);
  if (!r) co_return Value();
  decref(r);
  co_return make_asend(g, a[1]);
}

Co<Value> ag_athrow(VM& vm, Args a) {
  if (a.nkw()) co_return raise(vm, &TypeErrorType, "async_generator.athrow() takes no keyword arguments");
  Generator* g = a[0].as<Generator>();
  Value r = co_await init_hooks_co(vm, g);
  if (!r) co_return Value();
  decref(r);
  Tuple* args = tuple_from_array(a.v + 1, a.n - 1);
  Value t = make_athrow(g, Value(args));
  decref(args);
  co_return t;
}

Co<Value> ag_aclose(VM& vm, Args a) {
  if (a.n != 1 || a.nkw())
    co_return raisef(vm, &TypeErrorType, "async_generator.aclose() takes no arguments (%u given)", a.n - 1 + a.nkw());
  Generator* g = a[0].as<Generator>();
  Value r = co_await init_hooks_co(vm, g);
  if (!r) co_return Value();
  decref(r);
  co_return make_athrow(g, Value());
}

Value ag_repr(VM&, Value self) {
  Generator* g = self.as<Generator>();
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(g));
  return Value(str_new(std::string("<async_generator object ") + g->qualname->data + buf));
}

const MethodDef kAsyncGenMethods[] = {
    {"__anext__", nullptr, kMethCo, "Return a value or raise StopAsyncIteration.", ag_anext},
    {"__aiter__", ag_aiter, kMethPlain, "Return an awaitable, that resolves in asynchronous iterator.", nullptr},
    {"asend", nullptr, kMethCo, "asend(v) -> send 'v' in generator.", ag_asend},
    {"athrow", nullptr, kMethCo, "athrow(typ[,val[,tb]]) -> raise exception in generator.", ag_athrow},
    {"aclose", nullptr, kMethCo, "aclose() -> raise GeneratorExit inside generator.", ag_aclose},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const GetSetDef kAsyncGenGetSets[] = {
    {"__name__", generator_get_name, generator_set_name, nullptr},
    {"__qualname__", generator_get_qualname, generator_set_qualname, nullptr},
    {"ag_await", generator_get_yieldfrom, nullptr, "object being awaited on, or None"},
    {"ag_frame", generator_get_frame, nullptr, nullptr},
    {"ag_code", generator_get_code, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

const MemberDef kAsyncGenMembers[] = {
    {"ag_running", kMemberBool, uint32_t(offsetof(Generator, ag_running_async)), nullptr},
    {nullptr, kMemberObject, 0, nullptr}};

// ============================================================== 5. anext_awaitable

// CPython's _PyCoro_GetAwaitableIter: coroutines as they are, else what __await__ returns.
Value awaitable_iter(VM& vm, Value v) {
  Type* t = type_of(v);
  auto is_coro = [](Value x) {
    Type* xt = type_of(x);
    return xt == &CoroutineType || (xt == &GeneratorType && x.as<Generator>()->code.is_obj() &&
                                    (x.as<Generator>()->code.as<Code>()->flags & kCoIterableCoroutine));
  };
  if (is_coro(v)) return newref(v);
  Value m = type_lookup(t, g_names.await);
  if (!m) return raisef(vm, &TypeErrorType, "object %s can't be used in 'await' expression", type_name(t));
  incref(m);
  Value r = call_special(vm, m, v, nullptr, 0);
  decref(m);
  if (!r) return Value();
  if (is_coro(r)) {
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

enum class Forward { Next, Send, Throw, Close };

// it.__next__() / it.send(arg) / it.throw(*args) / it.close(*args) on the iterator of an
// awaitable, stackless for generators, coroutines and the awaitables of this file. A generator
// that returns ends with StopIteration(value), as the method call would.
Co<Value> forward_co(VM& vm, Value it, Forward op, Args args) {
  Type* t = type_of(it);
  if (t == &AsyncGenASendType) {
    if (op == Forward::Next) co_return co_await asend_send(vm, it, Value());
    if (op == Forward::Send && args.n == 1 && !args.kwnames) co_return co_await asend_send(vm, it, args[0]);
  } else if (t == &AsyncGenAThrowType) {
    if (op == Forward::Next) co_return co_await athrow_send(vm, it, none());
    if (op == Forward::Send && args.n == 1 && !args.kwnames) co_return co_await athrow_send(vm, it, args[0]);
  } else if ((t == &GeneratorType || t == &CoroutineType) &&
             (op == Forward::Next || (op == Forward::Send && args.n == 1 && !args.kwnames))) {
    // (the sent value is computed first: g++ 12 mis-evaluates a conditional inside co_await)
    Value sent = none();
    if (op == Forward::Send) sent = args[0];
    Value r = co_await gen_send_step(vm, it.as<Generator>(), sent);
    if (r.is_iter_done()) {
      Value v = vm.gen_return;
      vm.gen_return = Value();
      raise_stop_iteration(vm, v && !is_none(v) ? v : Value());
      decref(v);
      co_return Value();
    }
    co_return r;
  }
  if (op == Forward::Next) {
    Value r = co_await next_co(vm, it);
    if (r.is_iter_done()) {
      Value v = vm.gen_return;
      vm.gen_return = Value();
      raise_stop_iteration(vm, v && !is_none(v) ? v : Value());
      decref(v);
      co_return Value();
    }
    co_return r;
  }
  Str* name = op == Forward::Send ? g_names.send : op == Forward::Throw ? g_names.throw_ : g_names.close;
  co_return co_await call_method_co(vm, it, name, args);
}

// The arguments of a forwarded call: CPython's PyObject_CallMethod(it, name, "O", arg) spreads
// a tuple argument.
Co<Value> anext_proxy(VM& vm, Value self, Forward op, Value arg) {
  Ref hold = Ref::borrow(self);
  Ref hold_arg = Ref::borrow(arg);
  AnextAwaitable* w = self.as<AnextAwaitable>();
  Value it = awaitable_iter(vm, w->wrapped);
  if (!it) co_return Value();
  Ref hold_it(it);  // a coroutine stands for its __await__() wrapper, which forwards to it
  Value r;
  if (op == Forward::Next) {
    r = co_await forward_co(vm, it, op, Args{nullptr, 0, nullptr});
  } else if (arg && is_tuple(arg)) {
    Tuple* tu = as_tuple(arg);
    r = co_await forward_co(vm, it, op, Args{tu->items, uint32_t(tu->size), nullptr});
  } else {
    Value one[1] = {arg ? arg : none()};
    r = co_await forward_co(vm, it, op, Args{one, 1, nullptr});
  }
  if (!r && error_matches(vm, &StopAsyncIterationType)) {
    // the iterator is exhausted: the await gives the default
    clear_error(vm);
    raise_stop_iteration(vm, is_none(w->default_value) ? Value() : w->default_value);
  }
  co_return r;
}

Co<Value> anext_send_method(VM& vm, Args a) {
  if (a.nkw() || a.n != 2)
    co_return raisef(vm, &TypeErrorType, "anext_awaitable.send() takes exactly one argument (%u given)", a.n - 1 + a.nkw());
  co_return co_await anext_proxy(vm, a[0], Forward::Send, a[1]);
}

Co<Value> anext_varargs_method(VM& vm, Args a, Forward op, const char* name) {
  if (a.nkw()) co_return raisef(vm, &TypeErrorType, "anext_awaitable.%s() takes no keyword arguments", name);
  Tuple* args = tuple_from_array(a.v + 1, a.n - 1);
  Ref hold{Value(args)};
  co_return co_await anext_proxy(vm, a[0], op, Value(args));
}
Co<Value> anext_throw_method(VM& vm, Args a) { co_return co_await anext_varargs_method(vm, a, Forward::Throw, "throw"); }
Co<Value> anext_close_method(VM& vm, Args a) { co_return co_await anext_varargs_method(vm, a, Forward::Close, "close"); }

Value anext_next(VM& vm, Value self) { return run_sync(vm, anext_proxy(vm, self, Forward::Next, Value())); }

void anext_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  AnextAwaitable* w = static_cast<AnextAwaitable*>(o);
  decref(w->wrapped);
  decref(w->default_value);
  generic_dealloc(o);
}
void anext_traverse(Object* o, VisitFn visit, void* arg) {
  AnextAwaitable* w = static_cast<AnextAwaitable*>(o);
  if (w->wrapped.is_obj()) visit(w->wrapped.obj(), arg);
  if (w->default_value.is_obj()) visit(w->default_value.obj(), arg);
}

const MethodDef kAnextMethods[] = {
    {"send", nullptr, kMethCo, "send(arg) -> send 'arg' into the wrapped iterator,\nreturn next yielded value or raise StopIteration.", anext_send_method},
    {"throw", nullptr, kMethCo, "throw(value)\nthrow(typ[,val[,tb]])\n\nraise exception in the wrapped iterator, return next yielded value\nor raise StopIteration.", anext_throw_method},
    {"close", nullptr, kMethCo, "close() -> raise GeneratorExit inside generator.", anext_close_method},
    {"__await__", self_await, kMethPlain, "Return an iterator to be used in await expression.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

Value anext_awaitable_new(Value awaitable, Value default_value) {
  AnextAwaitable* w = reinterpret_cast<AnextAwaitable*>(object_alloc(&AnextAwaitableType, sizeof(AnextAwaitable)));
  w->wrapped = newref(awaitable);
  w->default_value = newref(default_value);
  gc_track(w);
  return Value(w);
}

void wrapped_dealloc(Object* o) {
  decref(static_cast<WrappedValue*>(o)->value);
  generic_dealloc(o);
}

// ============================================================== 6. async protocols

// Raises `type(msg)` with the current exception as its __cause__ (CPython's _PyErr_FormatFromCause).
Value raise_from_cause(VM& vm, Type* type, const std::string& msg) {
  Object* cause = take_error(vm);
  raise(vm, type, msg);
  BaseException* e = reinterpret_cast<BaseException*>(vm.exc);
  decref(e->cause);
  e->cause = newref(Value(cause));
  decref(e->context);
  e->context = Value(cause);  // steals
  e->suppress_context = 1;
  return Value();
}

bool is_python_function(Value m) { return m.is_obj() && m.obj()->type == &FunctionType; }

// Calling a generator/coroutine function only creates the object: no Python code runs.
bool runs_no_code(Value m) {
  return is_python_function(m) &&
         (m.as<Function>()->code->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator | kCoIterableCoroutine));
}

// The aiter()/GET_AITER check of what __aiter__ returned.
Value check_aiter_result(VM& vm, Value it, bool builtin) {
  if (!it) return Value();
  if (!type_lookup(type_of(it), g_names.anext)) {
    if (builtin) raisef(vm, &TypeErrorType, "aiter() returned not an async iterator of type '%s'", tname(it));
    else
      raisef(vm, &TypeErrorType, "'async for' received an object from __aiter__ that does not implement __anext__: %s",
             tname(it));
    decref(it);
    return Value();
  }
  return it;
}

Co<Value> aiter_co(VM& vm, Value meth, Value obj, bool builtin) {
  Ref hold_m = Ref::borrow(meth);
  Ref hold = Ref::borrow(obj);
  Value it = co_await call_co(vm, meth, obj, Args{nullptr, 0, nullptr});
  co_return check_aiter_result(vm, it, builtin);
}


// What GET_ANEXT pushes for a non-generator: the awaitable iterator of __anext__()'s result.
Value anext_awaitable_of(VM& vm, Value next) {
  if (!next) return Value();
  Value aw = awaitable_iter(vm, next);
  if (!aw) raise_from_cause(vm, &TypeErrorType, std::string("'async for' received an invalid object from __anext__: ") + tname(next));
  decref(next);
  return aw;
}

Co<Value> get_anext_co(VM& vm, Value meth, Value aiter) {
  Ref hold_m = Ref::borrow(meth);
  Ref hold = Ref::borrow(aiter);
  Value next = co_await call_co(vm, meth, aiter, Args{nullptr, 0, nullptr});
  co_return anext_awaitable_of(vm, next);
}

// An async generator's __anext__() when the firstiter hook must run first.
Co<Value> agen_anext_co(VM& vm, Value gen) {
  Ref hold = Ref::borrow(gen);
  Generator* g = gen.as<Generator>();
  Value r = co_await init_hooks_co(vm, g);
  if (!r) co_return Value();
  decref(r);
  co_return make_asend(g, Value());
}

// anext(aiterator[, default]): the awaitable of aiterator.__anext__(), wrapped when a default
// is given.
Co<Value> builtin_anext_co(VM& vm, Value aiter, Value dflt) {
  Ref hold = Ref::borrow(aiter);
  Ref hold_d = Ref::borrow(dflt);
  Type* t = type_of(aiter);
  Value aw;
  if (t == &AsyncGeneratorType) {
    aw = co_await agen_anext_co(vm, aiter);
  } else {
    Value m = type_lookup(t, g_names.anext);
    if (!m) co_return raisef(vm, &TypeErrorType, "'%s' object is not an async iterator", type_name(t));
    Ref hold_m = Ref::borrow(m);
    if (is_python_function(m)) aw = co_await call_co(vm, m, aiter, Args{nullptr, 0, nullptr});
    else aw = call_special(vm, m, aiter, nullptr, 0);
  }
  if (!aw || !dflt) co_return aw;
  Value w = anext_awaitable_new(aw, dflt);
  decref(aw);
  co_return w;
}

}  // namespace

Value async_gen_wrap(Value v) {
  WrappedValue* w = reinterpret_cast<WrappedValue*>(object_alloc(&AsyncGenWrappedValueType, sizeof(WrappedValue)));
  w->value = v;  // steals
  return Value(w);
}

// GET_AITER: __aiter__(), checked; pending (a NativeFrame) when a Python __aiter__ must run.
Value get_aiter(VM& vm, Value obj) {
  Type* t = type_of(obj);
  if (t == &AsyncGeneratorType) return newref(obj);
  Value m = type_lookup(t, g_names.aiter);
  if (!m) return raisef(vm, &TypeErrorType, "'async for' requires an object with __aiter__ method, got %s", type_name(t));
  if (is_python_function(m) && !runs_no_code(m)) return pending_native(vm, aiter_co(vm, m, obj, false));
  incref(m);
  Value it = call_special(vm, m, obj, nullptr, 0);
  decref(m);
  return check_aiter_result(vm, it, false);
}

// GET_ANEXT: async generators directly (CPython's fast path), else __anext__() and its awaitable.
Value get_anext(VM& vm, Value aiter) {
  Type* t = type_of(aiter);
  if (t == &AsyncGeneratorType) {
    Generator* g = aiter.as<Generator>();
    if (hooks_pending(vm, g)) return pending_native(vm, agen_anext_co(vm, aiter));
    init_hooks_now(vm, g);
    return make_asend(g, Value());
  }
  Value m = type_lookup(t, g_names.anext);
  if (!m)
    return raisef(vm, &TypeErrorType, "'async for' requires an iterator with __anext__ method, got %s", type_name(t));
  if (is_python_function(m) && !runs_no_code(m)) return pending_native(vm, get_anext_co(vm, m, aiter));
  incref(m);
  Value next = call_special(vm, m, aiter, nullptr, 0);
  decref(m);
  return anext_awaitable_of(vm, next);
}

// SEND into an awaitable of this file: a NativeFrame running its send() (pending).
bool is_async_awaitable(Value v) {
  Type* t = type_of(v);
  return t == &AsyncGenASendType || t == &AsyncGenAThrowType || t == &AnextAwaitableType;
}

Value async_awaitable_send(VM& vm, Value receiver, Value v) {
  Type* t = type_of(receiver);
  if (t == &AsyncGenASendType) return pending_native(vm, asend_send(vm, receiver, is_none(v) ? Value() : v));
  if (t == &AsyncGenAThrowType) return pending_native(vm, athrow_send(vm, receiver, v));
  // anext_awaitable: None goes to __next__ (CPython's SEND prefers tp_iternext)
  return pending_native(vm, anext_proxy(vm, receiver, is_none(v) ? Forward::Next : Forward::Send, v));
}

// builtins aiter() and anext()
Co<Value> aiter_builtin(VM& vm, Args a) {
  if (!check_nargs(vm, a, "aiter", 1, 1)) co_return Value();
  Value obj = a[0];
  Type* t = type_of(obj);
  if (t == &AsyncGeneratorType) co_return newref(obj);
  Value m = type_lookup(t, g_names.aiter);
  if (!m) co_return raisef(vm, &TypeErrorType, "'%s' object is not an async iterable", type_name(t));
  Ref hold_m = Ref::borrow(m);
  Value it;
  if (is_python_function(m)) it = co_await call_co(vm, m, obj, Args{nullptr, 0, nullptr});
  else it = call_special(vm, m, obj, nullptr, 0);
  co_return check_aiter_result(vm, it, true);
}

Co<Value> anext_builtin(VM& vm, Args a) {
  if (!check_nargs(vm, a, "anext", 1, 2)) co_return Value();
  Value dflt = a.n > 1 ? a[1] : Value();
  co_return co_await builtin_anext_co(vm, a[0], dflt);
}

void init_asyncgen_types() {
  Type* t = &AsyncGeneratorType;
  static_type_init(t, "async_generator", sizeof(Generator), &ObjectType, kTypeHasGC | kTypeHasWeakrefs);
  gen_type_shared_slots(t);
  t->repr = ag_repr;
  t->methods = kAsyncGenMethods;
  t->flags |= kTypeDisallowInstantiation;
  t->getsets = kAsyncGenGetSets;
  t->members = kAsyncGenMembers;

  t = &AsyncGenASendType;
  static_type_init(t, "async_generator_asend", sizeof(ASend), &ObjectType, kTypeHasGC);
  t->dealloc = asend_dealloc;
  t->traverse = asend_traverse;
  t->iter = self_iter;
  t->next = asend_next;
  t->methods = kASendMethods;
  t->flags |= kTypeDisallowInstantiation;

  t = &AsyncGenAThrowType;
  static_type_init(t, "async_generator_athrow", sizeof(AThrow), &ObjectType, kTypeHasGC);
  t->dealloc = athrow_dealloc;
  t->traverse = athrow_traverse;
  t->iter = self_iter;
  t->next = athrow_next;
  t->methods = kAThrowMethods;
  t->flags |= kTypeDisallowInstantiation;

  t = &AsyncGenWrappedValueType;
  static_type_init(t, "async_generator_wrapped_value", sizeof(WrappedValue), &ObjectType, 0);
  t->dealloc = wrapped_dealloc;
  t->flags |= kTypeDisallowInstantiation;

  t = &AnextAwaitableType;
  static_type_init(t, "anext_awaitable", sizeof(AnextAwaitable), &ObjectType, kTypeHasGC);
  t->dealloc = anext_dealloc;
  t->traverse = anext_traverse;
  t->iter = self_iter;
  t->next = anext_next;
  t->methods = kAnextMethods;
  t->flags |= kTypeDisallowInstantiation;
}

}  // namespace coil
