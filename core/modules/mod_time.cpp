// mod_time.cpp - the time module: clocks, and sleep() as a suspension of the running task.
#include <cmath>
#include <ctime>

#include "modules/registry.h"
#include "port/port.h"
#include "vm/periodic.h"
#include "vm/runtime.h"

namespace coil {

namespace {

Value time_time(VM& vm, Args a) {
  if (!check_nargs(vm, a, "time", 0, 0)) return Value();
  return float_new(port_wall_time());
}

Value time_time_ns(VM& vm, Args a) {
  if (!check_nargs(vm, a, "time_ns", 0, 0)) return Value();
  return int_from_i64(int64_t(port_wall_time() * 1e9));
}

Value time_monotonic(VM& vm, Args a) {
  if (!check_nargs(vm, a, "monotonic", 0, 0)) return Value();
  return float_new(port_now());
}

Value time_monotonic_ns(VM& vm, Args a) {
  if (!check_nargs(vm, a, "monotonic_ns", 0, 0)) return Value();
  return int_from_i64(int64_t(port_now() * 1e9));
}

Value time_process_time(VM& vm, Args a) {
  if (!check_nargs(vm, a, "process_time", 0, 0)) return Value();
  return float_new(double(std::clock()) / CLOCKS_PER_SEC);
}

// sleep(secs): the task waits in a WaitFrame until the deadline; the embedder keeps control.
Value time_sleep(VM& vm, Args a) {
  if (!check_nargs(vm, a, "sleep", 1, 1)) return Value();
  double secs;
  if (is_float(a[0])) {
    secs = float_of(a[0]);
  } else if (is_int(a[0])) {
    bool overflow;
    secs = int_as_double(a[0], &overflow);
    if (overflow) return raise(vm, &OverflowErrorType, "timestamp too large to convert to C _PyTime_t");
  } else {
    return raisef(vm, &TypeErrorType, "'%s' object cannot be interpreted as an integer", tname(a[0]));
  }
  if (std::isnan(secs)) return raise(vm, &ValueErrorType, "Invalid value NaN (not a number)");
  if (secs < 0) return raise(vm, &ValueErrorType, "sleep length must be non-negative");
  WaitFrame* wf = wait_frame_new(vm, WaitReason::Sleep);
  wf->wake_at = port_now() + secs;
  vm.pending_frame = wf;
  return Value::pending();
}

const MethodDef kTimeMethods[] = {
    {"time", time_time, kMethPlain, "Return the current time in seconds since the Epoch.", nullptr},
    {"time_ns", time_time_ns, kMethPlain, nullptr, nullptr},
    {"monotonic", time_monotonic, kMethPlain, nullptr, nullptr},
    {"monotonic_ns", time_monotonic_ns, kMethPlain, nullptr, nullptr},
    {"perf_counter", time_monotonic, kMethPlain, nullptr, nullptr},
    {"perf_counter_ns", time_monotonic_ns, kMethPlain, nullptr, nullptr},
    {"process_time", time_process_time, kMethPlain, nullptr, nullptr},
    {"sleep", time_sleep, kMethPlain, "Delay execution for a given number of seconds.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

}  // namespace

const ModuleDef kModTime = {"time", kTimeMethods, nullptr, "This module provides various functions to manipulate time values."};

}  // namespace coil
