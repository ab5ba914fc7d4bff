// call.h - calling Python callables: frame creation and argument binding, nested runs, and the
// awaiters that let coroutine natives call Python without nesting the dispatch loop.
#pragma once

#include "vm/co.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace coil {

struct Function;
struct Generator;

// Allocates a frame for `func` and binds `args` into its locals (CPython's argument rules and
// TypeError messages). For generator/coroutine functions it returns the new generator object in
// *gen_out instead (no frame is pushed). Returns null frame + error on failure.
PyFrame* frame_for_call(VM& vm, Function* func, Value self, Args args, Value* gen_out);
PyFrame* frame_new(VM& vm, Code* code, Dict* globals, Dict* builtins, Value locals, Function* func);
void frame_release(VM& vm, PyFrame* f);  // decrefs locals and stack, frees memory (unless generator-owned)

// Pushes a frame on the running task (checks the recursion limit).
bool push_frame(VM& vm, Frame* f, Delivery delivery);

// Outcome of preparing a call: either done (result or error) or a frame to run.
struct CallPrep {
  Value result;         // when !frame: the result (owned) or null + error
  Frame* frame = nullptr;  // a frame to push (Python frame, or a not-yet-started NativeFrame)
};
// Calls natives directly; for Python functions (and coroutine natives) returns a frame.
CallPrep prepare_call(VM& vm, Value callable, Value self, Args args);

// Runs the current task's dispatch loop until `f` (pushed with Delivery::Boundary) completes;
// returns its result (owned) or null + error. Used by plain natives that must call Python.
Value run_nested(VM& vm, Frame* f);

// Runs a coroutine native to completion from plain C++ (nesting the loop if it awaits Python).
Value run_sync(VM& vm, Co<Value> co);

// Starts a coroutine native as a NativeFrame (not yet started) for the dispatch loop to run.
NativeFrame* native_frame_new(VM& vm, Co<Value> co);
void native_frame_free(VM& vm, NativeFrame* nf);

// co_await call_co(vm, f, args): call any callable from a coroutine native (suspendable).
struct CallAwaiter {
  VM& vm;
  CallPrep prep;
  NativeFrame* waiter = nullptr;
  bool await_ready() const noexcept { return prep.frame == nullptr; }
  void await_suspend(coro::coroutine_handle<> h);
  Value await_resume();
};
CallAwaiter call_co(VM& vm, Value callable, Args args);
CallAwaiter call_co(VM& vm, Value callable, Value self, Args args);  // self prepended
CallAwaiter call_co1(VM& vm, Value callable, Value a);  // a must outlive the await
CallAwaiter call_method_co(VM& vm, Value self, Str* name, Args args);  // error if missing

// co_await next_co(vm, it): next item (new ref), Value::iter_done(), or null + error.
// Generators are resumed as frames; other iterators use their next slot (Python __next__ as a frame).
struct NextAwaiter {
  VM& vm;
  Value result;
  Frame* frame = nullptr;
  bool is_python_next = false;  // a __next__ function frame: StopIteration means done
  bool await_ready() const noexcept { return frame == nullptr; }
  void await_suspend(coro::coroutine_handle<> h);
  Value await_resume();
};
NextAwaiter next_co(VM& vm, Value iterator);

// The NativeFrame whose coroutine is running now (the top frame of the running task).
NativeFrame* current_native_frame(VM& vm);

}  // namespace coil
