// generator.h - generators, coroutines and async generators: objects that own a suspended frame.
#pragma once

#include "objects/type.h"
#include "vm/co.h"
#include "vm/vm.h"

namespace coil {

struct PyFrame;
struct Str;

extern Type GeneratorType;
extern Type CoroutineType;
extern Type AsyncGeneratorType;
extern Type CoroutineWrapperType;   // what coroutine.__await__() returns
extern Type AsyncGenASendType;      // awaitable of asend()/__anext__()
extern Type AsyncGenAThrowType;     // awaitable of athrow()/aclose()
extern Type AsyncGenWrappedValueType;

enum class GenKind : uint8_t { Generator, Coroutine, AsyncGenerator };
enum class GenState : uint8_t { Created, Suspended, Running, Closed };

struct Generator : Object {
  PyFrame* frame;  // owned; null once finished
  Str* name;
  Str* qualname;
  Value code;      // the code object (kept for gi_code after the frame is gone)
  GenKind kind;
  GenState state;
  bool ag_running_async;  // async generators: an asend/athrow is in progress
  bool ag_closed;
  bool ag_hooks_inited;
  ExcInfo exc_state;      // the generator's own handled-exception entry
  Value ag_finalizer;
  Value weakreflist;
};

Generator* generator_new(VM& vm, PyFrame* frame, GenKind kind, Str* name, Str* qualname);
inline bool is_generator_like(Value v) {
  if (!v.is_obj()) return false;
  Type* t = v.obj()->type;
  return t == &GeneratorType || t == &CoroutineType;
}

// Pushes the generator's frame on the running task so the dispatch loop resumes it with `value`
// sent in (or with `exc` thrown in, if non-null: takes ownership). Returns false (with an error
// set) if the generator cannot be resumed; *finished is set when the generator is already
// exhausted and value semantics apply (send on a closed generator raises StopIteration).
Frame* generator_prepare_resume(VM& vm, Generator* gen, Value value, Object* exc);
// While its frame is on a task, a generator holds a reference to itself (the call that resumed
// it may drop the last other one: `make_gen().send(None)`).
// Called by the dispatch loop when the generator's frame yields or finishes (the generator may
// die in them: do not use it afterwards).
void generator_suspended(VM& vm, Generator* gen);
void generator_finished(VM& vm, Generator* gen);
// A frame generator_prepare_resume gave will not run after all (it was not sent an exception).
void generator_cancel_resume(VM& vm, Generator* gen);
// The generator's frame was unlinked from an abandoned task in the middle of running.
void generator_abandoned(VM& vm, Generator* gen);

// The object the generator is delegating to with `yield from`/`await`, or null (borrowed).
Value generator_yield_from(Generator* gen);

// throw(): prepares to raise `exc` (owned) in the generator, delegating to what it awaits or
// yields from (CPython's _gen_throw). Returns Value::pending() with the generator's frame in
// vm.pending_frame (and, when it delegates, the top of a chain of frames already linked above it
// in vm.pending_inner_frame), or null + error. close_on_exit: a GeneratorExit closes the
// delegate first (throw()), rather than being thrown into it (athrow()/aclose()).
Value generator_throw(VM& vm, Generator* gen, Object* exc, bool close_on_exit);
// The exception of throw(type[, value[, traceback]]) (a[0] is self; CPython's checks and
// messages, fname "throw" or "athrow"), owned, or null + error.
Object* generator_throw_args(VM& vm, Args a, const char* fname);
// The object coroutine.__await__() returns wraps this coroutine (borrowed).
Value coroutine_wrapper_target(Value wrapper);
// close() as a coroutine native (stackless); generator_close runs it nested.
Co<Value> generator_close_co(VM& vm, Generator* gen);
Value generator_close(VM& vm, Generator* gen);
// Whether collecting the generator runs code (close(), or the async generator finalizer hook).
bool generator_needs_finalizer(Generator* gen);
// What the finaliser of a collected generator does: close() (or the async generator finalizer
// hook); errors are reported as unraisable. Consumes the reference to gen.
Co<Value> generator_finalize_co(VM& vm, Value gen);

// co_await gen_step(vm, r): runs what a resume/throw prepared (r pending: the frames left in
// vm.pending_frame / pending_inner_frame) and gives what the generator yielded (new ref),
// Value::iter_done() when it returned (its value, owned, in vm.gen_return), or null + error.
// When r is not pending it is the result as is (null + error, or iter_done: exhausted).
struct GenStepAwaiter {
  VM& vm;
  Value immediate;
  Frame* bottom = nullptr;
  Frame* top = nullptr;
  bool await_ready() const noexcept { return bottom == nullptr; }
  void await_suspend(coro::coroutine_handle<> h);
  Value await_resume();
};
GenStepAwaiter gen_step(VM& vm, Value r);
// co_await gen_send_step(vm, g, v): resume g with v sent in (g.send(v) as a step).
GenStepAwaiter gen_send_step(VM& vm, Generator* gen, Value v);

// Links `top`, the top of a chain of frames whose bottom frame is `bottom` (already on the task,
// the chain's `back` pointers set), as the task's top frame.
void link_frame_chain(VM& vm, Frame* bottom, Frame* top);

// Attribute getters shared with async generators (objects/asyncgen.cpp).
Value generator_get_frame(VM& vm, Value self);
Value generator_get_code(VM& vm, Value self);
Value generator_get_yieldfrom(VM& vm, Value self);
Value generator_get_name(VM& vm, Value self);
bool generator_set_name(VM& vm, Value self, Value v);
Value generator_get_qualname(VM& vm, Value self);
bool generator_set_qualname(VM& vm, Value self, Value v);

}  // namespace coil
