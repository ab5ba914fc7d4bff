// gc.h - the cycle collector: generations of tracked containers, collections with PEP 442
// finalization, and what the gc module and interpreter shutdown need from it.
#pragma once

#include <cstdint>
#include <vector>

#include "vm/co.h"
#include "vm/value.h"

namespace coil {

struct GcJob;
struct List;
struct VM;

constexpr int kGcGenerations = 3;

// gc.set_debug() flags (CPython's values)
enum GcDebug : int {
  kGcDebugStats = 1,
  kGcDebugCollectable = 2,
  kGcDebugUncollectable = 4,
  kGcDebugSaveAll = 32,
  kGcDebugLeak = kGcDebugCollectable | kGcDebugUncollectable | kGcDebugSaveAll,
};

struct GcGenerationStats {
  int64_t collections = 0;
  int64_t collected = 0;
  int64_t uncollectable = 0;
};

// One interpreter's collector settings and statistics. The tracked objects themselves, their
// generations and the allocation counts are process-wide (see gc.cpp), like the heap's free lists.
struct GcState {
  bool enabled = true;
  bool collecting = false;  // a collection runs, possibly waiting for its finalizers to finish
  int debug = 0;
  int threshold[kGcGenerations] = {700, 10, 10};
  GcGenerationStats stats[kGcGenerations];
  List* callbacks = nullptr;  // gc.callbacks (owned), created with the gc module
  List* garbage = nullptr;    // gc.garbage (owned)
  std::size_t pressure_mark = 0;  // heap bytes in use after the last collection near the memory limit
};
GcState& gc_state(VM& vm);

// Automatic collection, called at instruction boundaries: collects the generation CPython would
// (thresholds 700/10/10, full collections only when enough long-lived objects are pending). A
// collection whose garbage needs Python code (weakref callbacks, __del__, gc.callbacks) finishes
// in a frame queued as pending work.
void gc_maybe_collect(VM& vm);
// The memory limit was reached: a full collection now (before MemoryError is raised).
void gc_collect_for_memory(VM& vm);
// A whole collection of `generation` and the younger ones (gc.collect): finalizers and callbacks
// run before it returns. Returns the number of unreachable objects found (an int), 0 when a
// collection is already running.
Co<Value> gc_collect_co(VM& vm, int generation);
// The pending-work item `Collection`: finishes `job` (or runs a collection of `generation`).
Co<Value> gc_pending_collection_co(VM& vm, GcJob* job, int generation);
void gc_job_discard(GcJob* job);  // a queued job that will never run (releases its objects)

// Interpreter exit, like Py_FinalizeEx: collect, clear __main__'s globals, collect again;
// finalizers run as nested frames.
void gc_at_exit(VM& vm);

// Containers whose contents may hold tracked objects decide whether they need tracking:
// CPython's _PyObject_GC_MAY_BE_TRACKED (a GC object, except an untracked tuple or a static type).
bool gc_may_be_tracked(Value v);
void gc_maybe_track_dict(Object* dict, Value key, Value value);  // an insertion into a dict

// Introspection for the gc module.
int64_t gc_count(int generation);  // gc.get_count()
// Tracked objects of one generation (-1: all but the permanent one), except `exclude`.
void gc_objects(int generation, std::vector<Object*>* out);
void gc_freeze();
void gc_unfreeze();
int64_t gc_freeze_count();
// The objects `o` refers to, CPython's tp_traverse order for builtin containers (small ints are
// returned as values there); other objects through their traverse slot.
void gc_referents(Value o, std::vector<Value>* out);
// Tracked objects (all generations but the permanent one) that refer to any of `targets`.
void gc_referrers(const Value* targets, uint32_t n, std::vector<Object*>* out);

}  // namespace coil
