// periodic.cpp - work done at instruction boundaries: interrupts, the memory limit, the budget,
// cycle collection (the deferred finalizers run from vm/finalize.cpp); unraisable-exception
// reports; the frames of blocking builtins (input, sleep).
#include "vm/periodic.h"

#include "port/port.h"
#include "vm/call.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/runtime.h"
#include "vm/traceback.h"

namespace coil {


// ------------------------------------------------------------------ unraisable exceptions

Value namespace_new(VM& vm, std::initializer_list<std::pair<const char*, Value>> items);

// The argument of sys.unraisablehook (an object with exc_type, exc_value, exc_traceback, err_msg, object).
Value make_unraisable_args(VM& vm, Object* exc, Value obj, const char* msg) {
  BaseException* e = reinterpret_cast<BaseException*>(exc);
  return namespace_new(vm, {{"exc_type", newref(Value(exc->type))},
                            {"exc_value", newref(Value(exc))},
                            {"exc_traceback", e->traceback ? newref(e->traceback) : new_none()},
                            {"err_msg", msg ? Value(str_from_cstr(msg)) : new_none()},
                            {"object", obj ? newref(obj) : new_none()}});
}

void write_unraisable(VM& vm, Object* exc, Value obj, const char* msg) {
  // sys.unraisablehook when the program replaced it; otherwise CPython's default text.
  Value hook = vm.sys ? dict_get_str(vm.sys->dict, intern("unraisablehook")) : Value();
  Value default_hook = vm.sys ? dict_get_str(vm.sys->dict, intern("__unraisablehook__")) : Value();
  if (hook && hook != default_hook) {
    Value args = make_unraisable_args(vm, exc, obj, msg);
    if (args) {
      Value r = call1(vm, hook, args);
      decref(args);
      if (r) {
        decref(r);
        return;
      }
      clear_error(vm);
    }
  }
  std::string text;
  if (obj) {
    Value r = repr(vm, obj);
    if (!r) {
      clear_error(vm);
      text = std::string(msg ? msg : "Exception ignored in") + ": <object repr() failed>\n";
    } else {
      text = std::string(msg ? msg : "Exception ignored in") + ": " + as_str(r)->data + "\n";
      decref(r);
    }
  } else if (msg) {
    text = std::string(msg) + "\n";
  }
  std::string tb = format_exception(vm, Value(exc));
  // CPython's default hook writes "Type: str(exc)" even when str(exc) is empty ("KeyboardInterrupt: ").
  std::string only = format_exception_only(vm, Value(exc));
  Value msg_str = str_of(vm, Value(exc));
  bool empty = msg_str && is_str(msg_str) && as_str(msg_str)->view().empty();
  decref(msg_str);
  if (!msg_str) clear_error(vm);
  std::size_t nl = only.find('\n');
  if (empty && nl != std::string::npos && tb.size() >= only.size() &&
      tb.compare(tb.size() - only.size(), only.size(), only) == 0 &&
      only.substr(0, nl).find(": ") == std::string::npos)
    tb.insert(tb.size() - only.size() + nl, ": ");
  text += tb;
  if (vm.write) vm.write(1, text);
}

// ------------------------------------------------------------------ periodic check

bool periodic_check(VM& vm) {
  vm.ticks = kTickInterval;
  if (vm.exc) return false;
  if (vm.stop_requested) {
    vm.stop_requested = false;
    raise_args(vm, &KeyboardInterruptType, tuple_empty());
    return false;
  }
  if (vm.heap.over_limit && !vm.memory_error_raised) {
    // Unreachable cycles may be what fills the heap: collect them before giving up.
    gc_collect_for_memory(vm);
    if (vm.heap.used <= vm.heap.limit) vm.heap.over_limit = false;
  }
  if (vm.heap.over_limit && !vm.memory_error_raised) {
    vm.memory_error_raised = true;
    raise_memory_error(vm);
    return false;
  }
  if (vm.memory_error_raised && vm.heap.used < vm.heap.limit - vm.heap.limit / 8) {
    vm.memory_error_raised = false;
    vm.heap.over_limit = false;
  }
  gc_maybe_collect(vm);
  if (vm.nested_runs == 0) {
    if (vm.budget_left <= uint64_t(kTickInterval)) {
      vm.budget_exhausted = true;
      vm.budget_left = 0;
    } else {
      vm.budget_left -= kTickInterval;
      if (port_now() >= vm.deadline) vm.budget_exhausted = true;
    }
  }
  return true;
}

// ------------------------------------------------------------------ wait frames

WaitFrame* wait_frame_new(VM& vm, WaitReason reason) {
  (void)vm;
  WaitFrame* wf = static_cast<WaitFrame*>(heap_alloc(sizeof(WaitFrame)));
  new (wf) WaitFrame();
  wf->kind = FrameKind::Wait;
  wf->reason = reason;
  return wf;
}

int wait_frame_poll(VM& vm, WaitFrame* wf) {
  if (vm.stop_requested) {
    vm.stop_requested = false;
    raise_args(vm, &KeyboardInterruptType, tuple_empty());
    return -1;
  }
  switch (wf->reason) {
    case WaitReason::Input:
      // data[0] set: sys.stdin.readline() (keeps the newline, '' at EOF); else input();
      // data[1] set: next(sys.stdin) in a for loop (StopIteration at EOF)
      if (!vm.input_lines.empty()) {
        std::string line = vm.input_lines.front();
        vm.input_lines.erase(vm.input_lines.begin());
        if (wf->data[0]) line += "\n";
        decref(wf->result);
        wf->result = Value(str_new(line));
        return 1;
      }
      if (vm.stdin_closed) {
        if (wf->data[1]) {  // iteration over sys.stdin: EOF ends it
          raise_args(vm, &StopIterationType, tuple_empty());
          return -1;
        }
        if (wf->data[0]) {
          decref(wf->result);
          wf->result = Value(str_empty());
          return 1;
        }
        raise(vm, &EOFErrorType, "EOF when reading a line");
        return -1;
      }
      return 0;
    case WaitReason::Sleep:
      if (port_now() >= wf->wake_at) {
        if (!wf->result) wf->result = new_none();
        return 1;
      }
      return 0;
    case WaitReason::Other:
      return wf->poll ? wf->poll(vm, wf) : 1;
  }
  return 1;
}

int wait_frame_block(VM& vm, WaitFrame* wf) {
  switch (wf->reason) {
    case WaitReason::Input: {
      if (!port_can_block() || !vm.blocking_input) {
        raise(vm, &RuntimeErrorType, "input() cannot wait here: it was called from code run by a builtin "
                                     "(for example a __repr__ or a key function); call it directly instead");
        return -1;
      }
      std::string line;
      if (!vm.blocking_input(&line)) {
        if (!vm.stop_requested) vm.stdin_closed = true;  // else a Ctrl-C interrupted the read
      } else {
        vm.input_lines.push_back(line);
      }
      return wait_frame_poll(vm, wf);
    }
    case WaitReason::Sleep: {
      double left = wf->wake_at - port_now();
      if (left > 0) {
        if (!port_can_block()) {
          raise(vm, &RuntimeErrorType, "time.sleep() cannot wait here: it was called from code run by a builtin "
                                       "(for example a __repr__ or a key function)");
          return -1;
        }
        port_sleep(left);
      }
      return wait_frame_poll(vm, wf);
    }
    case WaitReason::Other:
      raise(vm, &RuntimeErrorType, "cannot wait here: the wait happens in code run by a builtin");
      return -1;
  }
  return -1;
}

void wait_frame_free(VM& vm, WaitFrame* wf) {
  if (wf->destroy) wf->destroy(vm, wf);
  decref(wf->result);
  decref(wf->data[0]);
  decref(wf->data[1]);
  wf->~WaitFrame();
  heap_free(wf, sizeof(WaitFrame));
}

}  // namespace coil
