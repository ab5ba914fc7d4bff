// generator.cpp - generators and coroutines: resuming their frames, send/throw/close, yield from
// delegation, PEP 479, and finalisation (close() when a suspended generator is collected).
#include "objects/generator.h"

#include <cinttypes>
#include <cstdio>

#include "vm/call.h"
#include "vm/interp.h"
#include "vm/opcodes.h"
#include "vm/finalize.h"
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
  if (g->state != GenState::Created) *f->sp++ = newref(value);
  g->exc_state.prev = vm.task->exc_info;
  vm.task->exc_info = &g->exc_state;
  g->state = GenState::Running;
  if (exc) {
    if (g->state == GenState::Created || f->ip == f->code->words) {
      // thrown into a generator that never ran: raised at its first line
    } else {
      // the sent value pushed above is replaced by the exception's arrival
      decref(*--f->sp);
    }
    restore_error(vm, exc);
  }
  return f;
}

void generator_suspended(VM& vm, Generator* g) {
  g->state = GenState::Suspended;
  vm.task->exc_info = g->exc_state.prev;
  g->exc_state.prev = nullptr;
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

// Positions a delegating generator's frame as if its SEND had just pushed the delegate's frame.
void position_at_send(PyFrame* f) {
  uint32_t send_at = word_arg(*f->ip);
  f->last_word = send_at;
  f->ip = f->code->words + send_at + 1;
}

Object* make_exception(VM& vm, Value type, Value value, Value tb) {
  // throw(type[, value[, tb]]) or throw(instance)
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

// throw() with yield-from delegation. Returns the frame to push (pending) or a value/null.
Value gen_throw_impl(VM& vm, Generator* g, Object* exc, bool close_on_exit) {
  Value yf = generator_yield_from(g);
  if (yf) {
    Type* yt = type_of(yf);
    bool is_gen_exit = is_subtype(exc->type, &GeneratorExitType);
    if (is_gen_exit && close_on_exit) {
      // close the delegate first, then throw GeneratorExit here
      incref(yf);
      Value r;
      if (yt == &GeneratorType || yt == &CoroutineType) {
        r = call_method0(vm, yf, g_names.close);
      } else {
        Value m = get_attr_opt(vm, yf, g_names.close);
        r = m ? call0(vm, m) : new_none();
        decref(m);
      }
      decref(yf);
      if (!r) {
        decref(exc);
        // the delegate's error is thrown into this generator instead
        exc = take_error(vm);
      } else {
        decref(r);
      }
    } else if (yt == &GeneratorType || yt == &CoroutineType) {
      Generator* inner = yf.as<Generator>();
      // Push the outer frame (at its SEND), then the inner one with the exception.
      PyFrame* of = g->frame;
      position_at_send(of);
      g->exc_state.prev = vm.task->exc_info;
      vm.task->exc_info = &g->exc_state;
      g->state = GenState::Running;
      // the outer frame is pushed by the caller (pending_frame); the inner goes on top of it
      Frame* inner_frame = generator_prepare_resume(vm, inner, none(), exc);
      if (!inner_frame) {
        // inner is finished: the exception arrives at the outer SEND
        g->state = GenState::Suspended;
        vm.task->exc_info = g->exc_state.prev;
        if (!has_error(vm)) restore_error(vm, exc);
        // resume the outer frame with the error pending
        Frame* f = generator_prepare_resume(vm, g, none(), take_error(vm));
        if (!f) return Value();
        // prepare_resume pushed nothing (exception path); SEND state is set
        vm.pending_frame = f;
        return Value::pending();
      }
      // Link: outer frame first (delivered to the caller), then inner above it.
      vm.pending_frame = of;
      vm.pending_inner_frame = inner_frame;
      return Value::pending();
    } else {
      Value meth = get_attr_opt(vm, yf, g_names.throw_);
      if (meth) {
        BaseException* be = reinterpret_cast<BaseException*>(exc);
        Value args[3] = {Value(exc->type), Value(exc), be->traceback ? be->traceback : none()};
        Value r = call(vm, meth, Args{args, 3, nullptr});
        decref(meth);
        decref(exc);
        PyFrame* of = g->frame;
        if (r) {
          // the delegate yielded r: the outer generator yields it too
          position_at_send(of);
          *of->sp++ = r;
          of->ip = of->code->words + of->last_word + 1;
          g->exc_state.prev = vm.task->exc_info;
          vm.task->exc_info = &g->exc_state;
          g->state = GenState::Running;
          vm.pending_frame = of;
          return Value::pending();
        }
        exc = take_error(vm);
        if (is_subtype(exc->type, &StopIterationType)) {
          // the delegate finished: its value completes the yield from
          BaseException* se = reinterpret_cast<BaseException*>(exc);
          Value v = se->extra[0] ? se->extra[0] : none();
          incref(v);
          decref(exc);
          position_at_send(of);
          decref(*--of->sp);  // the receiver
          *of->sp++ = v;
          of->ip = of->code->words + word_arg(of->code->words[of->last_word]);
          g->exc_state.prev = vm.task->exc_info;
          vm.task->exc_info = &g->exc_state;
          g->state = GenState::Running;
          vm.pending_frame = of;
          return Value::pending();
        }
        position_at_send(of);
      } else if (has_error(vm)) {
        decref(exc);
        return Value();
      }
    }
  }
  Frame* f = generator_prepare_resume(vm, g, none(), exc);
  if (!f) return Value();
  vm.pending_frame = f;
  return Value::pending();
}

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
  if (a.nkw()) return raise(vm, &TypeErrorType, "throw() takes no keyword arguments");
  if (a.n < 2 || a.n > 4)
    return raisef(vm, &TypeErrorType, "throw expected at least 1 argument, got %u", a.n - 1);
  Generator* g = a[0].as<Generator>();
  Object* exc = make_exception(vm, a[1], a.n > 2 ? a[2] : Value(), a.n > 3 ? a[3] : Value());
  if (!exc) return Value();
  return gen_throw_impl(vm, g, exc, true);
}

Value gen_next_method(VM& vm, Args a) {
  if (!check_nargs(vm, a, "__next__", 1, 1)) return Value();
  Generator* g = a[0].as<Generator>();
  Frame* f = generator_prepare_resume(vm, g, none(), nullptr);
  if (!f) {
    if (has_error(vm)) return Value();
    return raise_stop_iteration(vm, Value());
  }
  vm.pending_frame = f;
  return Value::pending();
}

}  // namespace

// close(): throw GeneratorExit; yielding again is an error. Runs nested (plain).
Value generator_close(VM& vm, Generator* g) {
  if (g->state == GenState::Created) {
    g->state = GenState::Closed;
    PyFrame* f = g->frame;
    g->frame = nullptr;
    if (f) {
      f->gen = nullptr;
      frame_release(vm, f);
    }
    return new_none();
  }
  if (g->state == GenState::Closed || !g->frame) return new_none();
  Tuple* args = tuple_empty();
  Value exc = exception_new(vm, &GeneratorExitType, args);
  decref(args);
  Value r = gen_throw_impl(vm, g, exc.obj(), true);
  if (r.is_pending()) {
    Frame* f = vm.pending_frame;
    vm.pending_frame = nullptr;
    Frame* inner = vm.pending_inner_frame;
    vm.pending_inner_frame = nullptr;
    if (inner) {
      // run the outer frame with the inner pushed above it
      push_frame(vm, f, Delivery::Boundary);
      f->back = vm.task->top == f ? f->back : f->back;
      r = run_nested_linked(vm, f, inner);
    } else {
      r = run_nested(vm, f);
    }
    bool returned = g_boundary_returned;
    g_boundary_returned = false;
    if (r) {
      if (!returned) {
        decref(r);
        return raisef(vm, &RuntimeErrorType, "%s ignored GeneratorExit", kind_word(g));
      }
      decref(r);
      return new_none();
    }
  }
  if (!r) {
    if (error_matches(vm, &GeneratorExitType) || error_matches(vm, &StopIterationType)) {
      clear_error(vm);
      return new_none();
    }
    return Value();
  }
  return r;
}

namespace {

Value gen_close(VM& vm, Args a) {
  if (!check_nargs(vm, a, "close", 1, 1)) return Value();
  return generator_close(vm, a[0].as<Generator>());
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

void gen_dealloc(Object* o) {
  Generator* g = static_cast<Generator*>(o);
  if (g->state == GenState::Suspended && g->frame && !(o->gc_index & Object::kFinalizedBit) && g_vm) {
    // A suspended generator is closed before it dies (its finally blocks run).
    o->gc_index |= Object::kFinalizedBit;
    o->refcount = 1;
    queue_finalizer(o);
    return;
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
}

void gen_clear(Object* o) {
  Generator* g = static_cast<Generator*>(o);
  if (g->frame && g->state != GenState::Running) frame_clear_values(g->frame);
}

Value gen_get_name(VM&, Value self) { return newref(Value(self.as<Generator>()->name)); }
bool gen_set_name(VM& vm, Value self, Value v) {
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
Value gen_get_qualname(VM&, Value self) { return newref(Value(self.as<Generator>()->qualname)); }
Value gen_get_running(VM&, Value self) { return new_bool(self.as<Generator>()->state == GenState::Running); }
Value gen_get_suspended(VM&, Value self) { return new_bool(self.as<Generator>()->state == GenState::Suspended); }
Value gen_get_code(VM&, Value self) { return newref(self.as<Generator>()->code); }
Value gen_get_frame(VM& vm, Value self) {
  Generator* g = self.as<Generator>();
  if (!g->frame) return new_none();
  return frame_object_for(vm, g->frame);
}
Value gen_get_yieldfrom(VM&, Value self) {
  Value v = generator_yield_from(self.as<Generator>());
  return v ? newref(v) : new_none();
}

const MethodDef kGenMethods[] = {
    {"send", gen_send, kMethPlain, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.", nullptr},
    {"throw", gen_throw, kMethPlain, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.", nullptr},
    {"close", gen_close, kMethPlain, "close() -> raise GeneratorExit inside generator.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const GetSetDef kGenGetSets[] = {
    {"__name__", gen_get_name, gen_set_name, nullptr},
    {"__qualname__", gen_get_qualname, nullptr, nullptr},
    {"gi_running", gen_get_running, nullptr, nullptr},
    {"gi_suspended", gen_get_suspended, nullptr, nullptr},
    {"gi_code", gen_get_code, nullptr, nullptr},
    {"gi_frame", gen_get_frame, nullptr, nullptr},
    {"gi_yieldfrom", gen_get_yieldfrom, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

const GetSetDef kCoroGetSets[] = {
    {"__name__", gen_get_name, gen_set_name, nullptr},
    {"__qualname__", gen_get_qualname, nullptr, nullptr},
    {"cr_running", gen_get_running, nullptr, nullptr},
    {"cr_suspended", gen_get_suspended, nullptr, nullptr},
    {"cr_code", gen_get_code, nullptr, nullptr},
    {"cr_frame", gen_get_frame, nullptr, nullptr},
    {"cr_await", gen_get_yieldfrom, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// coroutine.__await__() returns a wrapper iterator over the coroutine.
struct CoroWrapper : Object {
  Value coro;
};

Value coro_await(VM&, Args a) {
  CoroWrapper* w = reinterpret_cast<CoroWrapper*>(object_alloc(&CoroutineWrapperType, sizeof(CoroWrapper)));
  w->coro = newref(a[0]);
  return Value(w);
}

const MethodDef kCoroMethods[] = {
    {"send", gen_send, kMethPlain, "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.", nullptr},
    {"throw", gen_throw, kMethPlain, "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.", nullptr},
    {"close", gen_close, kMethPlain, "close() -> raise GeneratorExit inside coroutine.", nullptr},
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
Value wrapper_close(VM& vm, Args a) { return generator_close(vm, a[0].as<CoroWrapper>()->coro.as<Generator>()); }
void wrapper_dealloc(Object* o) {
  decref(static_cast<CoroWrapper*>(o)->coro);
  generic_dealloc(o);
}
const MethodDef kWrapperMethods[] = {
    {"send", wrapper_send, kMethPlain, nullptr, nullptr},
    {"throw", wrapper_throw, kMethPlain, nullptr, nullptr},
    {"close", wrapper_close, kMethPlain, nullptr, nullptr},
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
  t->dealloc = gen_dealloc;
  t->traverse = gen_traverse;
  t->clear = gen_clear;
  t->repr = gen_repr;
  t->methods = kCoroMethods;
  t->getsets = kCoroGetSets;

  t = &CoroutineWrapperType;
  static_type_init(t, "coroutine_wrapper", sizeof(CoroWrapper), &ObjectType, 0);
  t->dealloc = wrapper_dealloc;
  t->iter = gen_iter;
  t->next = wrapper_iternext;
  t->methods = kWrapperMethods;
  (void)gen_next_method;
}

}  // namespace coil
