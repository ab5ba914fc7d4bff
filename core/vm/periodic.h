// periodic.h - boundary work (interrupts, budget, GC, finalizers) and blocking-builtin frames.
#pragma once

#include "vm/vm.h"

namespace coil {

constexpr int32_t kTickInterval = 1000;  // back-edges and calls between periodic checks

bool periodic_check(VM& vm);       // false: an exception was raised
bool run_pending_work(VM& vm);     // pushes a finalizer/callback frame; true if it did
void queue_finalizer(Object* o);   // o resurrected with refcount 1 owned by the queue
void write_unraisable(VM& vm, Object* exc, Value obj, const char* msg);
Value make_unraisable_args(VM& vm, Object* exc, Value obj, const char* msg);

WaitFrame* wait_frame_new(VM& vm, WaitReason reason);

}  // namespace coil
