// periodic.h - boundary work (interrupts, budget, GC, finalizers) and blocking-builtin frames.
#pragma once

#include "vm/finalize.h"
#include "vm/vm.h"

namespace coil {

constexpr int32_t kTickInterval = 1000;  // back-edges and calls between periodic checks

bool periodic_check(VM& vm);       // false: an exception was raised
void write_unraisable(VM& vm, Object* exc, Value obj, const char* msg);
Value make_unraisable_args(VM& vm, Object* exc, Value obj, const char* msg);

WaitFrame* wait_frame_new(VM& vm, WaitReason reason);

}  // namespace coil
