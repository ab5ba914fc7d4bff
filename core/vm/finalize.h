// finalize.h - deferred finalization: __del__ methods, generator closing and weakref callbacks
// queued by deallocation and run as Python code at the next instruction boundary, in order.
#pragma once

#include "vm/co.h"
#include "vm/vm.h"

namespace coil {

// Queues o's finalizer; o was resurrected with refcount 1, owned by the queue.
void queue_finalizer(Object* o);
// Queues callback(weakref) (both owned by the queue).
void queue_weakref_callback(Value callback, Value weakref);
// Queues the rest of a cycle collection (see vm/gc.h).
void queue_collection(VM& vm, GcJob* job, int generation);

// At an instruction boundary: pushes one frame that runs everything queued so far, in order.
// Work queued while it runs (a __del__ dropping the last reference to another object) gets its
// own frame at the next boundary inside, so it runs first, like CPython's nested deallocation.
// Returns true if it pushed a frame.
bool run_pending_work(VM& vm);
// Runs all queued work to completion now, in nested runs (interpreter shutdown).
void run_pending_work_now(VM& vm);

// Calls o's finalizer (__del__, or close() for a suspended generator/coroutine); errors are
// reported as "Exception ignored in: ..." and cleared. Does not consume o.
Co<Value> finalize_object_co(VM& vm, Value o);

}  // namespace coil
