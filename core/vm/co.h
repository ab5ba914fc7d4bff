// co.h - Co<T>: C++20 coroutines for natives that call back into Python without nesting the VM.
//
// A native written as `Co<Value> f(VM&, ...)` may `co_await vm_call(...)` (see vm/call.h): the
// awaiter pushes the Python frame onto the running task's frame stack above a NativeFrame that
// owns this coroutine, and control returns to the VM's dispatch loop. When that Python frame
// returns, the VM stores the result in the NativeFrame and resumes the innermost coroutine.
// Coroutines may await other Co<T>: the awaiter names the coroutine to run next in g_co_next and
// co_drive() runs it, a trampoline instead of symmetric transfer, which needs WebAssembly tail
// calls. See core/README.md, "Suspension".
#pragma once

#if __has_include(<coroutine>)
#include <coroutine>
namespace coil::coro {
using std::coroutine_handle;
using std::noop_coroutine;
using std::suspend_always;
}  // namespace coil::coro
#else
#include <experimental/coroutine>
namespace coil::coro {
using std::experimental::coroutine_handle;
using std::experimental::noop_coroutine;
using std::experimental::suspend_always;
}  // namespace coil::coro
#endif

#include <cstdlib>
#include <utility>

#include "vm/value.h"

namespace coil {

// The coroutine co_drive() resumes next: set by an awaiter just before its coroutine suspends.
extern coro::coroutine_handle<> g_co_next;

// Resumes `h`, then whatever it hands control to, until a coroutine suspends for the VM or the
// outermost one finishes.
inline void co_drive(coro::coroutine_handle<> h) {
  while (h) {
    g_co_next = {};
    h.resume();
    h = std::exchange(g_co_next, {});
  }
}

void* co_frame_alloc(std::size_t size);
void co_frame_free(void* p, std::size_t size);

template <class T>
class Co {
 public:
  struct promise_type {
    T value{};
    coro::coroutine_handle<> continuation;  // the coroutine awaiting this one, if any

    Co get_return_object() { return Co(coro::coroutine_handle<promise_type>::from_promise(*this)); }
    coro::suspend_always initial_suspend() noexcept { return {}; }
    struct FinalAwaiter {
      bool await_ready() noexcept { return false; }
      void await_suspend(coro::coroutine_handle<promise_type> h) noexcept { g_co_next = h.promise().continuation; }
      void await_resume() noexcept {}
    };
    FinalAwaiter final_suspend() noexcept { return {}; }
    void return_value(T v) { value = std::move(v); }
    void unhandled_exception() { std::abort(); }
    static void* operator new(std::size_t size) { return co_frame_alloc(size); }
    static void operator delete(void* p, std::size_t size) { co_frame_free(p, size); }
  };
  using Handle = coro::coroutine_handle<promise_type>;

  Co() = default;
  explicit Co(Handle h) : h_(h) {}
  Co(const Co&) = delete;
  Co(Co&& o) noexcept : h_(std::exchange(o.h_, {})) {}
  Co& operator=(Co&& o) noexcept {
    if (this != &o) {
      if (h_) h_.destroy();
      h_ = std::exchange(o.h_, {});
    }
    return *this;
  }
  ~Co() {
    if (h_) h_.destroy();
  }

  Handle handle() const { return h_; }
  Handle release() { return std::exchange(h_, {}); }
  bool done() const { return h_.done(); }
  T& result() { return h_.promise().value; }

  // co_await of a Co from another coroutine: start it, come back when it finishes.
  bool await_ready() noexcept { return false; }
  void await_suspend(coro::coroutine_handle<> caller) noexcept {
    h_.promise().continuation = caller;
    g_co_next = h_;
  }
  T await_resume() { return std::move(h_.promise().value); }

 private:
  Handle h_;
};

}  // namespace coil
