// interp.h - the dispatch loop that runs a task's frames, and the hooks it offers the rest of the VM.
#pragma once

#include "vm/vm.h"

namespace coil {

// Runs the running task until it finishes, suspends, spends the budget, or - when `boundary` is
// not null - until that frame completes (then vm.boundary_result holds its result).
RunOutcome execute(VM& vm, Frame* boundary);

// Result slot for nested runs (owned value, or null with vm.exc set).
extern Value g_boundary_result;
// Set with g_boundary_result when the boundary frame was a generator that returned (not yielded).
extern bool g_boundary_returned;

// The periodic check at loop back-edges and calls: stop requests, memory limit, budget, deferred
// finalizers, cycle collection. Returns false if an exception was raised.
bool periodic_check(VM& vm);

// Adds a traceback entry for `f` at its current instruction to the raised exception.
void traceback_add(VM& vm, PyFrame* f);

// The line the frame is executing (for tracebacks and the embedder's status line).
int frame_line(PyFrame* f);

}  // namespace coil
