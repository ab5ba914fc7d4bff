// asyncgen.cpp - async generators: __anext__/asend/athrow/aclose awaitables, the wrapping of
// values yielded by the generator (vs. values passed through from an await), and anext(x, default).
#include <cstdio>

#include "objects/generator.h"
#include "vm/call.h"
#include "vm/interp.h"
#include "vm/runtime.h"
#include "vm/slots.h"

namespace coil {

Type AsyncGenASendType, AsyncGenAThrowType, AsyncGenWrappedValueType, AnextAwaitableType;
Value generator_close(VM& vm, Generator* g);

namespace {

struct WrappedValue : Object {
  Value value;
};

enum class AwaitState : uint8_t { Init, Iter, Closed };

struct ASend : Object {
  Generator* gen;
  Value sendval;
  AwaitState state;
};

struct AThrow : Object {
  Generator* gen;
  Value args;  // tuple for athrow, null for aclose
  AwaitState state;
};

struct AnextAwaitable : Object {
  Value wrapped;
  Value default_value;
};

// Resumes the generator's frame (value sent, or exc thrown in); the result is the yielded value,
// Value::iter_done() when it returned (return value in *ret), or null with an exception.
struct ResumeAwaiter {
  VM& vm;
  Frame* frame;
  Value result;
  Value* ret;
  bool await_ready() const noexcept { return frame == nullptr; }
  void await_suspend(coro::coroutine_handle<> h) {
    NativeFrame* w = current_native_frame(vm);
    w->resume_at = h;
    push_frame(vm, frame, Delivery::Native);
  }
  Value await_resume() {
    if (!frame) return result;
    NativeFrame* w = current_native_frame(vm);
    Value r = w->result;
    w->result = Value();
    if (w->result_done) {
      w->result_done = false;
      if (ret) *ret = r;
      else decref(r);
      return Value::iter_done();
    }
    return r;
  }
};

ResumeAwaiter resume_co(VM& vm, Generator* g, Value value, Object* exc, Value* ret) {
  Frame* f = generator_prepare_resume(vm, g, value, exc);
  ResumeAwaiter aw{vm, f, Value(), ret};
  if (!f) aw.result = has_error(vm) ? Value() : Value::iter_done();
  return aw;
}

bool is_wrapped(Value v) { return v.is_obj() && v.obj()->type == &AsyncGenWrappedValueType; }

// Turns the outcome of resuming an async generator into what asend().send() returns.
Value unwrap_result(VM& vm, Value r, Generator* g, bool* done) {
  *done = true;
  g->ag_running_async = false;
  if (r.is_iter_done()) return raise_args(vm, &StopAsyncIterationType, tuple_empty());
  if (!r) {
    if (error_matches(vm, &StopAsyncIterationType) || error_matches(vm, &GeneratorExitType)) g->ag_closed = true;
    return Value();
  }
  if (is_wrapped(r)) {
    Value v = r.as<WrappedValue>()->value;
    raise_stop_iteration(vm, is_none(v) ? Value() : v);
    decref(r);
    return Value();
  }
  // a value passed through from an await inside the generator: the event loop gets it
  *done = false;
  g->ag_running_async = true;
  return r;
}

Co<Value> asend_send_co(VM& vm, Args a) {
  ASend* s = a[0].as<ASend>();
  Value v = a.n > 1 ? a[1] : none();
  if (s->state == AwaitState::Closed)
    co_return raise(vm, &RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()");
  if (s->state == AwaitState::Init) {
    if (s->gen->ag_running_async) {
      s->state = AwaitState::Closed;
      co_return raise(vm, &RuntimeErrorType, "anext(): asynchronous generator is already running");
    }
    if (is_none(v)) v = s->sendval;
    s->state = AwaitState::Iter;
  }
  s->gen->ag_running_async = true;
  Value r = co_await resume_co(vm, s->gen, v, nullptr, nullptr);
  bool done;
  Value out = unwrap_result(vm, r, s->gen, &done);
  if (done) s->state = AwaitState::Closed;
  co_return out;
}

Co<Value> asend_throw_co(VM& vm, Args a) {
  ASend* s = a[0].as<ASend>();
  if (s->state == AwaitState::Closed)
    co_return raise(vm, &RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()");
  Value typ = a.n > 1 ? a[1] : Value();
  Object* exc = nullptr;
  if (is_exception_instance(typ)) {
    exc = newref(typ.obj());
  } else {
    Value e = call0(vm, typ);
    if (!e) co_return Value();
    exc = e.obj();
  }
  Value r = co_await resume_co(vm, s->gen, none(), exc, nullptr);
  bool done;
  Value out = unwrap_result(vm, r, s->gen, &done);
  if (done) s->state = AwaitState::Closed;
  co_return out;
}

Value asend_close(VM&, Args a) {
  a[0].as<ASend>()->state = AwaitState::Closed;
  return new_none();
}

Value self_iter(VM&, Value self) { return newref(self); }
Value self_await(VM&, Args a) { return newref(a[0]); }

Value asend_next(VM& vm, Value self) {
  Value args[1] = {self};
  Value r = run_sync(vm, asend_send_co(vm, Args{args, 1, nullptr}));
  if (!r && error_matches(vm, &StopIterationType)) {
    // iteration protocol: StopIteration ends the iteration
    return Value();
  }
  return r;
}

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
    {"send", nullptr, kMethCo, nullptr, asend_send_co},
    {"throw", nullptr, kMethCo, nullptr, asend_throw_co},
    {"close", asend_close, kMethPlain, nullptr, nullptr},
    {"__await__", self_await, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

Value make_asend(VM& vm, Generator* g, Value v) {
  (void)vm;
  ASend* s = reinterpret_cast<ASend*>(object_alloc(&AsyncGenASendType, sizeof(ASend)));
  s->gen = newref(g);
  s->sendval = newref(v);
  s->state = AwaitState::Init;
  gc_track(s);
  return Value(s);
}

// athrow()/aclose()
Co<Value> athrow_send_co(VM& vm, Args a) {
  AThrow* t = a[0].as<AThrow>();
  Generator* g = t->gen;
  if (t->state == AwaitState::Closed)
    co_return raise(vm, &RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()");
  bool is_close = !t->args;
  if (t->state == AwaitState::Init) {
    if (g->ag_running_async) {
      t->state = AwaitState::Closed;
      co_return raise(vm, &RuntimeErrorType,
                      is_close ? "aclose(): asynchronous generator is already running"
                               : "athrow(): asynchronous generator is already running");
    }
    if (g->ag_closed || g->state == GenState::Closed) {
      t->state = AwaitState::Closed;
      co_return raise_args(vm, &StopIterationType, tuple_empty());
    }
    t->state = AwaitState::Iter;
    g->ag_running_async = true;
    Object* exc;
    if (is_close) {
      Value e = exception_new(vm, &GeneratorExitType, tuple_empty());
      exc = e.obj();
    } else {
      Tuple* args = as_tuple(t->args);
      Value typ = args->items[0];
      if (is_exception_instance(typ)) {
        exc = newref(typ.obj());
      } else {
        Value e = call(vm, typ, Args{args->items + 1, uint32_t(args->size > 1 && !is_none(args->items[1]) ? 1 : 0), nullptr});
        if (!e) {
          g->ag_running_async = false;
          co_return Value();
        }
        exc = e.obj();
      }
    }
    if (g->state == GenState::Created) {
      // never started: closing just finishes it
      g->ag_closed = true;
      g->ag_running_async = false;
      t->state = AwaitState::Closed;
      Value r = generator_close(vm, g);
      decref(Value(exc));
      if (!r) co_return Value();
      decref(r);
      co_return raise_args(vm, &StopIterationType, tuple_empty());
    }
    Value r = co_await resume_co(vm, g, none(), exc, nullptr);
    goto handle_result_label;
  handle_result_label:
    if (r.is_iter_done()) {
      g->ag_running_async = false;
      t->state = AwaitState::Closed;
      if (is_close) co_return raise_args(vm, &StopIterationType, tuple_empty());
      co_return raise_args(vm, &StopAsyncIterationType, tuple_empty());
    }
    if (!r) {
      g->ag_running_async = false;
      t->state = AwaitState::Closed;
      if (is_close && (error_matches(vm, &StopAsyncIterationType) || error_matches(vm, &GeneratorExitType))) {
        clear_error(vm);
        co_return raise_args(vm, &StopIterationType, tuple_empty());
      }
      co_return Value();
    }
    if (is_wrapped(r)) {
      g->ag_running_async = false;
      t->state = AwaitState::Closed;
      if (is_close) {
        decref(r);
        co_return raise(vm, &RuntimeErrorType, "async generator ignored GeneratorExit");
      }
      Value v = r.as<WrappedValue>()->value;
      raise_stop_iteration(vm, is_none(v) ? Value() : v);
      decref(r);
      co_return Value();
    }
    co_return r;
  }
  // Iter: forward sends into the generator (an await inside it is in progress)
  Value v = a.n > 1 ? a[1] : none();
  Value r = co_await resume_co(vm, g, v, nullptr, nullptr);
  if (r.is_iter_done() || !r || is_wrapped(r)) {
    g->ag_running_async = false;
    t->state = AwaitState::Closed;
    if (r.is_iter_done()) co_return raise_args(vm, is_close ? &StopIterationType : &StopAsyncIterationType, tuple_empty());
    if (!r) {
      if (is_close && (error_matches(vm, &StopAsyncIterationType) || error_matches(vm, &GeneratorExitType))) {
        clear_error(vm);
        co_return raise_args(vm, &StopIterationType, tuple_empty());
      }
      co_return Value();
    }
    if (is_close) {
      decref(r);
      co_return raise(vm, &RuntimeErrorType, "async generator ignored GeneratorExit");
    }
    Value wv = r.as<WrappedValue>()->value;
    raise_stop_iteration(vm, is_none(wv) ? Value() : wv);
    decref(r);
    co_return Value();
  }
  co_return r;
}

Value athrow_close(VM&, Args a) {
  a[0].as<AThrow>()->state = AwaitState::Closed;
  return new_none();
}

Value athrow_next(VM& vm, Value self) {
  Value args[1] = {self};
  return run_sync(vm, athrow_send_co(vm, Args{args, 1, nullptr}));
}

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
    {"send", nullptr, kMethCo, nullptr, athrow_send_co},
    {"close", athrow_close, kMethPlain, nullptr, nullptr},
    {"__await__", self_await, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

Value make_athrow(Generator* g, Value args) {
  AThrow* t = reinterpret_cast<AThrow*>(object_alloc(&AsyncGenAThrowType, sizeof(AThrow)));
  t->gen = newref(g);
  t->args = newref(args);
  t->state = AwaitState::Init;
  gc_track(t);
  return Value(t);
}

// async generator methods
Value ag_anext(VM& vm, Args a) { return make_asend(vm, a[0].as<Generator>(), none()); }
Value ag_aiter(VM&, Args a) { return newref(a[0]); }
Value ag_asend(VM& vm, Args a) {
  if (!check_nargs(vm, a, "asend", 2, 2)) return Value();
  return make_asend(vm, a[0].as<Generator>(), a[1]);
}
Value ag_athrow(VM& vm, Args a) {
  if (a.n < 2 || a.n > 4) return raisef(vm, &TypeErrorType, "athrow expected at least 1 argument, got %u", a.n - 1);
  Tuple* args = tuple_from_array(a.v + 1, a.n - 1);
  Value r = make_athrow(a[0].as<Generator>(), Value(args));
  decref(args);
  return r;
}
Value ag_aclose(VM&, Args a) { return make_athrow(a[0].as<Generator>(), Value()); }

Value ag_get_running(VM&, Value self) { return new_bool(self.as<Generator>()->ag_running_async); }
Value ag_get_name(VM&, Value self) { return newref(Value(self.as<Generator>()->name)); }
Value ag_get_qualname(VM&, Value self) { return newref(Value(self.as<Generator>()->qualname)); }
Value ag_get_code(VM&, Value self) { return newref(self.as<Generator>()->code); }
Value ag_get_frame(VM& vm, Value self);

const MethodDef kAsyncGenMethods[] = {
    {"__anext__", ag_anext, kMethPlain, nullptr, nullptr},
    {"__aiter__", ag_aiter, kMethPlain, nullptr, nullptr},
    {"asend", ag_asend, kMethPlain, nullptr, nullptr},
    {"athrow", ag_athrow, kMethPlain, nullptr, nullptr},
    {"aclose", ag_aclose, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const GetSetDef kAsyncGenGetSets[] = {
    {"__name__", ag_get_name, nullptr, nullptr},
    {"__qualname__", ag_get_qualname, nullptr, nullptr},
    {"ag_running", ag_get_running, nullptr, nullptr},
    {"ag_code", ag_get_code, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// anext(aiterator, default)
Co<Value> anext_send_co(VM& vm, Args a) {
  AnextAwaitable* w = a[0].as<AnextAwaitable>();
  Value v = a.n > 1 ? a[1] : none();
  Value target = w->wrapped;
  Value r;
  if (type_of(target) == &AsyncGenASendType) {
    Value args[2] = {target, v};
    r = co_await asend_send_co(vm, Args{args, 2, nullptr});
  } else {
    r = call_method1(vm, target, g_names.send, v);
  }
  if (!r && error_matches(vm, &StopAsyncIterationType)) {
    clear_error(vm);
    raise_stop_iteration(vm, w->default_value);
    co_return Value();
  }
  co_return r;
}

void anext_dealloc(Object* o) {
  AnextAwaitable* w = static_cast<AnextAwaitable*>(o);
  decref(w->wrapped);
  decref(w->default_value);
  generic_dealloc(o);
}

const MethodDef kAnextMethods[] = {
    {"send", nullptr, kMethCo, nullptr, anext_send_co},
    {"__await__", self_await, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

Value anext_next(VM& vm, Value self) {
  Value args[1] = {self};
  return run_sync(vm, anext_send_co(vm, Args{args, 1, nullptr}));
}

void wrapped_dealloc(Object* o) {
  decref(static_cast<WrappedValue*>(o)->value);
  generic_dealloc(o);
}

Value ag_repr(VM&, Value self) {
  Generator* g = self.as<Generator>();
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(g));
  return Value(str_new(std::string("<async_generator object ") + g->qualname->data + buf));
}

}  // namespace

Value ag_get_frame(VM& vm, Value self);

Value async_gen_wrap(Value v) {
  WrappedValue* w = reinterpret_cast<WrappedValue*>(object_alloc(&AsyncGenWrappedValueType, sizeof(WrappedValue)));
  w->value = v;  // steals
  return Value(w);
}

Value anext_awaitable_new(VM& vm, Value awaitable, Value default_value) {
  (void)vm;
  AnextAwaitable* w = reinterpret_cast<AnextAwaitable*>(object_alloc(&AnextAwaitableType, sizeof(AnextAwaitable)));
  w->wrapped = newref(awaitable);
  w->default_value = newref(default_value);
  return Value(w);
}

void init_asyncgen_types() {
  extern void gen_type_shared_slots(Type * t);
  Type* t = &AsyncGeneratorType;
  static_type_init(t, "async_generator", sizeof(Generator), &ObjectType, kTypeHasGC | kTypeHasWeakrefs);
  gen_type_shared_slots(t);
  t->repr = ag_repr;
  t->methods = kAsyncGenMethods;
  t->getsets = kAsyncGenGetSets;

  t = &AsyncGenASendType;
  static_type_init(t, "async_generator_asend", sizeof(ASend), &ObjectType, kTypeHasGC);
  t->dealloc = asend_dealloc;
  t->traverse = asend_traverse;
  t->iter = self_iter;
  t->next = asend_next;
  t->methods = kASendMethods;

  t = &AsyncGenAThrowType;
  static_type_init(t, "async_generator_athrow", sizeof(AThrow), &ObjectType, kTypeHasGC);
  t->dealloc = athrow_dealloc;
  t->traverse = athrow_traverse;
  t->iter = self_iter;
  t->next = athrow_next;
  t->methods = kAThrowMethods;

  t = &AsyncGenWrappedValueType;
  static_type_init(t, "async_generator_wrapped_value", sizeof(WrappedValue), &ObjectType, 0);
  t->dealloc = wrapped_dealloc;

  t = &AnextAwaitableType;
  static_type_init(t, "anext_awaitable", sizeof(AnextAwaitable), &ObjectType, 0);
  t->dealloc = anext_dealloc;
  t->iter = self_iter;
  t->next = anext_next;
  t->methods = kAnextMethods;
}

}  // namespace coil
