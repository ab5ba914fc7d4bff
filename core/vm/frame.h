// frame.h - execution frames: Python frames (heap-allocated, linked) and native continuation frames.
#pragma once

#include "objects/function.h"
#include "vm/co.h"

namespace coil {

struct Dict;
struct Generator;
struct Task;

enum class FrameKind : uint8_t { Python, Native, Wait };

// How a frame's result is delivered to the frame below it (its `back`).
enum class Delivery : uint8_t {
  Push,      // push the return value onto back's stack (a CALL, or a dunder called by an opcode)
  Discard,   // ignore the return value (e.g. __setitem__ called by STORE_SUBSCR)
  Init,      // __init__ called by a class call: result must be None; push init_self instead
  Iterator,  // __iter__ called by GET_ITER: like Push, but the result must be an iterator
  Native,    // back is a NativeFrame waiting in a coroutine
  Boundary,  // a nested run (VM::run_nested) ends when this frame returns
};

struct Frame {
  FrameKind kind;
  Delivery delivery = Delivery::Push;
  uint8_t flags = 0;
  Frame* back = nullptr;
};

enum PyFrameFlags : uint8_t {
  kFrameOwnedByGenerator = 1,  // memory belongs to the generator object
  kFrameHasLocalsDict = 2,     // module or class body: names live in `locals`
  kFrameTraceVisible = 4,
};

struct PyFrame : Frame {
  Code* code;
  Function* func;  // null for module/class bodies run via exec
  Dict* globals;
  Dict* builtins;
  Value locals;    // mapping for module/class bodies (LOAD_NAME), else null
  const uint32_t* ip;  // next instruction word
  Value* sp;           // stack pointer (one past top)
  Generator* gen;      // owning generator/coroutine, or null
  Value init_self;     // Delivery::Init: the object being constructed
  Object* frame_object;  // the Python-visible frame object, created lazily
  uint32_t alloc_size;
  uint32_t last_word;    // index of the instruction being executed (for tracebacks)
  Value slots[1];        // localsplus (code->nlocalsplus), then the value stack

  Value* stack_base() { return slots + code->nlocalsplus; }
  uint32_t word_index(const uint32_t* p) const { return uint32_t(p - code->words); }
};

// A native function written as a coroutine (Co<Value>) that awaits Python calls.
struct NativeFrame : Frame {
  coro::coroutine_handle<> outer;      // the Co<Value> started by the VM (owned)
  coro::coroutine_handle<> resume_at;  // the innermost coroutine waiting for `result`
  Value* outer_result;                 // where the outer coroutine's return value is
  Value result;                        // the value delivered by the frame above (owned)
  bool result_done;                    // the awaited generator returned (result = its value)
  bool started;                        // the outer coroutine has been resumed once
  uint32_t pop_count;                  // Delivery::Push: stack items of `back` to pop first
  uint32_t nkeep;                      // values kept alive for the coroutine (its arguments)
  Value* keep;
};

// What a waiting task waits for.
enum class WaitReason : uint8_t { Input, Sleep, Other };

// A blocking builtin (input(), time.sleep(), lock waits...) pushes a WaitFrame: the task is
// suspended until the frame can complete; its result is delivered like a call's.
struct WaitFrame : Frame {
  WaitReason reason;
  double wake_at;          // Sleep: deadline (Interpreter::now() units)
  Value result;            // the value to deliver when done (owned), e.g. None for sleep
  // Other: returns 1 when done (result set), 0 to keep waiting, -1 on error.
  int (*poll)(VM&, WaitFrame*);
  void (*destroy)(VM&, WaitFrame*);
  Value data[2];           // for poll's use (owned)
};

}  // namespace coil
