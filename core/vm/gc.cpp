// gc.cpp - the cycle collector: three generations of tracked containers with CPython's
// thresholds, collections with PEP 442 finalization, and deallocation without deep C++ recursion.
//
//   1. The tracked objects: one vector, oldest generation first, holes where objects left
//   2. Deallocation (the "trashcan": deep structures are freed iteratively)
//   3. Finding unreachable objects (CPython's update_refs / subtract_refs / move_unreachable)
//   4. Finishing a collection: weakref callbacks, finalizers, resurrection, tp_clear
//   5. Scheduling: automatic collections, gc.collect(), the gc.callbacks hooks
//   6. Interpreter exit
//   7. Introspection for the gc module
//
// Order matters because it is visible: finalizers run in the order CPython's collector would
// call them, so the vector keeps CPython's list order (allocation order, with the reordering
// move_unreachable does to survivors), and a full collection merges the generations the way
// CPython does (old, then young, then middle).
#include "vm/gc.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "objects/generator.h"
#include "objects/instance.h"
#include "vm/call.h"
#include "vm/finalize.h"
#include "vm/periodic.h"
#include "vm/runtime.h"
#include "vm/weakref.h"

namespace coil {

VM* g_vm = nullptr;

GcState& gc_state(VM& vm) {
  if (!vm.gc) vm.gc = new GcState();
  return *vm.gc;
}

// ============================================================== 1. the tracked objects

namespace {

// Tracked objects in CPython's list order, oldest generation first:
//   [0, begin[2])          the permanent generation (gc.freeze)
//   [begin[2], begin[1])   generation 2
//   [begin[1], begin[0])   generation 1
//   [begin[0], size)       generation 0 (new objects are appended)
// gc_untrack leaves a hole (null) unless the object was last; holes are squeezed out when they
// are many, and by every collection in the range it scans.
struct Store {
  std::vector<Object*> slots;
  std::size_t begin[kGcGenerations] = {0, 0, 0};
  std::size_t holes = 0;
  int64_t count[kGcGenerations] = {0, 0, 0};  // gc.get_count()
  int64_t long_lived_total = 0;                // objects in generation 2 after the last full collection
  int64_t long_lived_pending = 0;              // objects promoted into generation 2 since
};
Store g_store;

constexpr std::size_t kMaxSlots = Object::kUntracked - 1;

inline void set_slot(Object* o, std::size_t i) {
  o->gc_index = (o->gc_index & ~Object::kUntracked) | uint32_t(i);
}

void clamp_begins() {
  std::size_t n = g_store.slots.size();
  for (std::size_t& b : g_store.begin)
    if (b > n) b = n;
}

// Squeezes the holes out, keeping the order and the generation boundaries.
void compact() {
  Store& s = g_store;
  std::size_t old_begin[3] = {s.begin[2], s.begin[1], s.begin[0]};
  std::size_t new_begin[3] = {0, 0, 0};
  std::size_t n = s.slots.size(), j = 0, k = 0;
  for (std::size_t i = 0; i <= n; ++i) {
    while (k < 3 && old_begin[k] == i) new_begin[k++] = j;
    if (i == n) break;
    Object* o = s.slots[i];
    if (!o) continue;
    s.slots[j] = o;
    set_slot(o, j);
    ++j;
  }
  s.slots.resize(j);
  s.begin[2] = new_begin[0];
  s.begin[1] = new_begin[1];
  s.begin[0] = new_begin[2];
  s.holes = 0;
}

void remove_slot(Object* o) {
  Store& s = g_store;
  uint32_t i = o->gc_slot();
  o->gc_index |= Object::kUntracked;
  if (i >= s.slots.size() || s.slots[i] != o) return;
  s.slots[i] = nullptr;
  s.holes++;
  while (!s.slots.empty() && !s.slots.back()) {
    s.slots.pop_back();
    s.holes--;
  }
  if (i >= s.slots.size()) {
    clamp_begins();
  } else if (s.holes > 4096 && s.holes * 2 > s.slots.size()) {
    compact();
  }
}

}  // namespace

void gc_track(Object* o) {
  if (o->gc_slot() != Object::kUntracked) return;  // already tracked
  Store& s = g_store;
  if (s.slots.size() >= kMaxSlots) {
    compact();
    if (s.slots.size() >= kMaxSlots) return;  // stays untracked: never collected, never wrongly freed
  }
  set_slot(o, s.slots.size());
  s.slots.push_back(o);
  s.count[0]++;
}

void gc_untrack(Object* o) {
  if (o->gc_slot() == Object::kUntracked) return;
  remove_slot(o);
  // CPython counts allocations minus deallocations of container objects; objects leave the
  // collector when they die, so this is the same count.
  if (g_store.count[0] > 0) g_store.count[0]--;
}

std::size_t gc_tracked_count() { return g_store.slots.size() - g_store.holes; }

bool gc_may_be_tracked(Value v) {
  if (!v.is_obj()) return false;
  Object* o = v.obj();
  Type* t = o->type;
  if (!type_has(t, kTypeHasGC)) return false;
  if (t == &TupleType) return gc_is_tracked(o);
  if (type_has(t, kTypeTypeSubclass)) return type_has(static_cast<Type*>(o), kTypeHeap);
  return true;
}

void gc_maybe_track_dict(Object* d, Value key, Value value) {
  if (!gc_is_tracked(d) && (gc_may_be_tracked(key) || gc_may_be_tracked(value))) gc_track(d);
}

// ============================================================== 2. deallocation

namespace {
// Deallocation recurses through containers (a list frees its items, which free theirs...). Past
// this depth the objects are set aside and freed from the outermost level, one chain at a time,
// so a linked list of a million nodes does not overflow the C++ stack (CPython's trashcan).
constexpr int kMaxDeallocDepth = 200;
int g_dealloc_depth = 0;
std::vector<Object*> g_deferred_deallocs;

inline void run_dealloc(Object* o) {
  Type* t = o->type;
  if (t->dealloc) t->dealloc(o);
  else generic_dealloc(o);
}
}  // namespace

void dealloc_object(Object* o) {
  if (g_dealloc_depth >= kMaxDeallocDepth) {
    g_deferred_deallocs.push_back(o);
    return;
  }
  ++g_dealloc_depth;
  run_dealloc(o);
  --g_dealloc_depth;
  if (g_dealloc_depth == 0 && !g_deferred_deallocs.empty()) {
    ++g_dealloc_depth;  // nested deallocs defer again past the limit instead of draining here
    while (!g_deferred_deallocs.empty()) {
      Object* d = g_deferred_deallocs.back();
      g_deferred_deallocs.pop_back();
      run_dealloc(d);
    }
    --g_dealloc_depth;
  }
}

// ============================================================== 3. finding unreachable objects

struct GcJob {
  int generation = 0;
  std::vector<Object*> garbage;     // unreachable objects in CPython's order (owned references)
  std::vector<Weakref*> callbacks;  // live weakrefs to garbage whose callbacks run (owned)
  std::vector<Object*> finalize;    // garbage with a finalizer not yet called (borrowed)
  bool ran_python = false;          // finalizers or callbacks ran: resurrection is possible
};

namespace {

enum : uint8_t { kScanPending = 0, kScanReachable = 1, kScanUnreachable = 2 };

// Per-collection scratch space, reused between collections.
struct Scan {
  std::size_t lo = 0, n = 0;  // the slots being collected: [lo, lo + n)
  std::vector<int64_t> refs;  // CPython's gc_refs, by slot - lo
  std::vector<uint8_t> state;
  std::vector<Object*> young;        // move_unreachable's list (grows when objects come back)
  std::vector<Object*> unreachable;  // tentatively unreachable, in the order found
  std::vector<Object*> survivors;
};
Scan g_scan;

inline bool in_scan(Object* o, std::size_t* p) {
  std::size_t i = std::size_t(o->gc_slot()) - g_scan.lo;  // untracked objects wrap to huge values
  if (i >= g_scan.n) return false;
  *p = i;
  return true;
}

void visit_decref(Object* o, void*) {
  std::size_t p;
  if (in_scan(o, &p)) g_scan.refs[p]--;
}

void visit_reachable(Object* o, void*) {
  std::size_t p;
  if (!in_scan(o, &p)) return;
  uint8_t& st = g_scan.state[p];
  if (st == kScanUnreachable) {
    // It looked unreachable when the scan passed it: back to the end of the young list.
    st = kScanPending;
    g_scan.refs[p] = 1;
    g_scan.young.push_back(o);
  } else if (st == kScanPending && g_scan.refs[p] <= 0) {
    g_scan.refs[p] = 1;
  }
}

bool has_finalizer(Object* o) {
  if (o->gc_index & Object::kFinalizedBit) return false;
  Type* t = o->type;
  if (type_has(t, kTypeHasFinalizer)) return true;
  if (t == &GeneratorType || t == &CoroutineType || t == &AsyncGeneratorType)
    return generator_needs_finalizer(static_cast<Generator*>(o));
  return false;
}

// A tuple whose items can never be part of a cycle leaves the collector (CPython does this to
// every surviving tuple at each collection).
void maybe_untrack_tuple(Object* o) {
  Tuple* t = static_cast<Tuple*>(o);
  for (int64_t i = 0; i < t->size; ++i) {
    Value v = t->items[i];
    if (!v || gc_may_be_tracked(v)) return;
  }
  remove_slot(o);
}

void maybe_untrack_dict(Object* o) {
  Dict* d = static_cast<Dict*>(o);
  for (int64_t i = 0; i < d->nentries; ++i) {
    DictEntry& e = d->entries[i];
    if (!e.key) continue;
    if (gc_may_be_tracked(e.key) || gc_may_be_tracked(e.value)) return;
  }
  remove_slot(o);
}

// Finds the unreachable objects among generations 0..`generation` and promotes the survivors.
// `discount`: references from outside the collector to be ignored, one per entry (at exit,
// __main__ as if no one held it). Returns null when nothing is unreachable.
GcJob* find_garbage(VM& vm, int generation, const std::vector<Object*>* discount) {
  Store& s = g_store;
  Scan& sc = g_scan;
  GcState& st = gc_state(vm);
  st.stats[generation].collections++;
  if (generation + 1 < kGcGenerations) s.count[generation + 1]++;
  for (int g = 0; g <= generation; ++g) s.count[g] = 0;

  std::size_t lo = s.begin[generation], hi = s.slots.size();
  sc.lo = lo;
  sc.n = hi - lo;
  // The collected list in CPython's order: a full collection appends generation 0, then 1, to 2.
  sc.young.clear();
  auto append_range = [&](std::size_t a, std::size_t b) {
    for (std::size_t i = a; i < b; ++i)
      if (s.slots[i]) sc.young.push_back(s.slots[i]);
  };
  if (generation == 2) {
    append_range(s.begin[2], s.begin[1]);
    append_range(s.begin[0], hi);
    append_range(s.begin[1], s.begin[0]);
  } else {
    append_range(lo, hi);
  }
  std::size_t holes_in_range = sc.n - sc.young.size();
  sc.refs.assign(sc.n, 0);
  sc.state.assign(sc.n, kScanPending);
  for (Object* o : sc.young) sc.refs[o->gc_slot() - lo] = int64_t(o->refcount);
  for (Object* o : sc.young)
    if (o->type->traverse) o->type->traverse(o, visit_decref, nullptr);
  std::size_t p;
  if (discount)
    for (Object* o : *discount)
      if (in_scan(o, &p)) sc.refs[p] -= 1;

  // move_unreachable: one pass; objects found reachable later come back at the end.
  sc.unreachable.clear();
  sc.survivors.clear();
  for (std::size_t i = 0; i < sc.young.size(); ++i) {
    Object* o = sc.young[i];
    std::size_t q = o->gc_slot() - lo;
    if (sc.refs[q] > 0) {
      sc.state[q] = kScanReachable;
      if (o->type->traverse) o->type->traverse(o, visit_reachable, nullptr);
      sc.survivors.push_back(o);
    } else {
      sc.state[q] = kScanUnreachable;
      sc.unreachable.push_back(o);
    }
  }
  GcJob* job = nullptr;
  for (Object* o : sc.unreachable) {
    if (sc.state[o->gc_slot() - lo] != kScanUnreachable) continue;
    if (!job) {
      job = new GcJob();
      job->generation = generation;
    }
    job->garbage.push_back(o);
  }

  // Weak references to garbage are cleared before anything else runs. Callbacks run only for
  // weakrefs that are not garbage themselves.
  if (job) {
    std::vector<Weakref*> refs;
    for (Object* o : job->garbage) {
      if (is_weakref_object(o)) weakref_forget_referent(static_cast<Weakref*>(o));
      if (!(o->gc_index & Object::kWeakrefBit)) continue;
      refs.clear();
      weakref_detach_all(o, &refs);
      for (Weakref* w : refs) {
        if (!w->callback) continue;
        std::size_t wp;
        if (in_scan(w, &wp) && sc.state[wp] == kScanUnreachable) continue;
        incref(w);
        job->callbacks.push_back(w);
      }
    }
    for (Object* o : job->garbage) {
      incref(o);
      if (has_finalizer(o)) job->finalize.push_back(o);
    }
  }

  // Rewrite the collected range in the new order: survivors, then garbage (freed soon). Every
  // survivor now belongs to the next generation (generation 2 keeps its own).
  std::size_t j = lo;
  for (Object* o : sc.survivors) {
    s.slots[j] = o;
    set_slot(o, j++);
  }
  if (job) {
    for (Object* o : job->garbage) {
      s.slots[j] = o;
      set_slot(o, j++);
    }
  }
  s.holes -= holes_in_range;  // the rewritten range has none left
  s.slots.resize(j);
  // Generations 0..min(generation, 1) are now empty; a full collection's survivors stay in
  // generation 2 (begin[2] does not move: the permanent generation stays as it was).
  for (int g = 0; g <= generation && g < kGcGenerations - 1; ++g) s.begin[g] = j;
  if (generation == 1) s.long_lived_pending += int64_t(sc.survivors.size());
  if (generation == 2) {
    s.long_lived_pending = 0;
    s.long_lived_total = int64_t(sc.survivors.size());
  }

  for (Object* o : sc.survivors) {
    if (o->type == &TupleType) maybe_untrack_tuple(o);
    else if (generation == 2 && o->type == &DictType) maybe_untrack_dict(o);
  }
  sc.survivors.clear();
  sc.unreachable.clear();
  sc.young.clear();
  sc.n = 0;
  return job;
}

// ============================================================== 4. finishing a collection

void release_job(GcJob* job) {
  for (Weakref* w : job->callbacks) decref(w);
  for (Object* o : job->garbage) decref(o);
  delete job;
}

// After finalizers ran: which garbage objects are referenced again from outside the garbage
// (resurrected), directly or through other garbage? Those survive this collection.
std::vector<bool> find_resurrected(GcJob& job) {
  std::size_t n = job.garbage.size();
  std::unordered_map<Object*, std::size_t> index;
  index.reserve(n * 2);
  for (std::size_t i = 0; i < n; ++i) index.emplace(job.garbage[i], i);
  std::vector<int64_t> ext(n);
  for (std::size_t i = 0; i < n; ++i) ext[i] = int64_t(job.garbage[i]->refcount) - 1;  // minus our hold
  struct Ctx {
    std::unordered_map<Object*, std::size_t>* index;
    std::vector<int64_t>* ext;
    std::vector<bool>* alive;
    std::vector<std::size_t>* work;
  };
  std::vector<bool> alive(n, false);
  std::vector<std::size_t> work;
  Ctx ctx{&index, &ext, &alive, &work};
  for (Object* o : job.garbage) {
    if (!o->type->traverse) continue;
    o->type->traverse(
        o,
        [](Object* c, void* arg) {
          Ctx* x = static_cast<Ctx*>(arg);
          auto it = x->index->find(c);
          if (it != x->index->end()) (*x->ext)[it->second]--;
        },
        &ctx);
  }
  for (std::size_t i = 0; i < n; ++i) {
    if (ext[i] > 0) {
      alive[i] = true;
      work.push_back(i);
    }
  }
  while (!work.empty()) {
    Object* o = job.garbage[work.back()];
    work.pop_back();
    if (!o->type->traverse) continue;
    o->type->traverse(
        o,
        [](Object* c, void* arg) {
          Ctx* x = static_cast<Ctx*>(arg);
          auto it = x->index->find(c);
          if (it != x->index->end() && !(*x->alive)[it->second]) {
            (*x->alive)[it->second] = true;
            x->work->push_back(it->second);
          }
        },
        &ctx);
  }
  return alive;
}

// Breaks the cycles of the garbage that stayed unreachable (tp_clear) and lets it go. Returns
// how many objects were collected.
int64_t delete_garbage(VM& vm, GcJob* job) {
  GcState& st = gc_state(vm);
  std::vector<bool> alive;
  if (job->ran_python) alive = find_resurrected(*job);
  for (Weakref* w : job->callbacks) decref(w);
  job->callbacks.clear();
  std::vector<Object*> garbage = std::move(job->garbage);
  job->garbage.clear();
  // What gc.collect() reports, as CPython 3.11 counts: an instance's __dict__ is not an object
  // of its own there (attributes live in the instance) unless something else refers to it, so
  // a dict referenced only by its dying instance (and our hold) is not counted.
  int64_t collected = 0;
  for (std::size_t i = 0; i < garbage.size(); ++i) {
    if (!alive.empty() && alive[i]) continue;
    Object* o = garbage[i];
    if (!type_has(o->type, kTypeHeap) || type_has(o->type, kTypeTypeSubclass)) continue;
    Dict** dp = instance_dict_ptr(o);
    if (dp && *dp && (*dp)->refcount == 2 && gc_is_tracked(*dp)) collected--;
  }
  for (std::size_t i = 0; i < garbage.size(); ++i) {
    if (!alive.empty() && alive[i]) continue;
    Object* o = garbage[i];
    collected++;
    if ((st.debug & kGcDebugSaveAll) && st.garbage) {
      list_append(vm, st.garbage, Value(o));
    } else if (o->type->clear) {
      o->type->clear(o);
    }
    garbage[i] = nullptr;
    decref(o);  // may free it now; later garbage is still held
  }
  for (Object* o : garbage)
    if (o) decref(o);
  delete job;
  return collected;
}

// Weakref callbacks, then finalizers, as Python code (PEP 442: each finalizer is called once).
Co<Value> run_job_python_co(VM& vm, GcJob* job) {
  job->ran_python = true;
  for (Weakref* w : job->callbacks) {
    Value cb = w->callback;
    if (!cb) continue;
    incref(cb);
    Value r = co_await call_co1(vm, cb, Value(w));
    if (!r) {
      Object* exc = take_error(vm);
      write_unraisable(vm, exc, cb, nullptr);
      decref(exc);
    }
    decref(r);
    decref(cb);
  }
  for (Object* o : job->finalize) {
    if (o->gc_index & Object::kFinalizedBit) continue;
    o->gc_index |= Object::kFinalizedBit;
    co_await finalize_object_co(vm, Value(o));
  }
  co_return new_none();
}

// ============================================================== 5. scheduling

bool has_hooks(GcState& st) { return st.callbacks && st.callbacks->size > 0; }

// Calls every gc.callbacks entry with (phase, info) like CPython's invoke_gc_callback.
Co<Value> invoke_hooks_co(VM& vm, const char* phase, int generation, int64_t collected, int64_t uncollectable) {
  GcState& st = gc_state(vm);
  if (!st.callbacks) co_return new_none();
  Dict* info = dict_new();
  Value g = int_from_i64(generation), c = int_from_i64(collected), u = int_from_i64(uncollectable);
  dict_set_str(info, intern("generation"), g);
  dict_set_str(info, intern("collected"), c);
  dict_set_str(info, intern("uncollectable"), u);
  decref(g);
  decref(c);
  decref(u);
  Str* phase_str = str_from_cstr(phase);
  List* hooks = newref(st.callbacks);
  for (int64_t i = 0; i < hooks->size; ++i) {
    Value cb = newref(hooks->items[i]);
    Value args[2] = {Value(phase_str), Value(info)};
    Value r = co_await call_co(vm, cb, Args{args, 2, nullptr});
    if (!r) {
      Object* exc = take_error(vm);
      write_unraisable(vm, exc, cb, nullptr);
      decref(exc);
    }
    decref(r);
    decref(cb);
  }
  decref(hooks);
  decref(phase_str);
  decref(info);
  co_return new_none();
}

// Ends the "collecting" state however the collection's coroutine ends (finished or destroyed).
struct CollectingScope {
  GcState* st;
  GcJob* job = nullptr;  // released if the coroutine is destroyed before finishing it
  ~CollectingScope() {
    if (job) release_job(job);
    st->collecting = false;
  }
};

// The body of a collection once `collecting` is set; `job` is non-null when the unreachable
// objects were already found (an automatic collection that needs Python code to finish).
Co<Value> collection_co(VM& vm, int generation, GcJob* job, const std::vector<Object*>* discount) {
  GcState& st = gc_state(vm);
  CollectingScope scope{&st, job};
  bool hooks = !job && has_hooks(st);
  if (hooks) co_await invoke_hooks_co(vm, "start", generation, 0, 0);
  if (!job) {
    job = find_garbage(vm, generation, discount);
    scope.job = job;
  }
  int64_t collected = 0;
  if (job) {
    if (!job->callbacks.empty() || !job->finalize.empty()) co_await run_job_python_co(vm, job);
    scope.job = nullptr;
    collected = delete_garbage(vm, job);
  }
  st.stats[generation].collected += collected;
  if (hooks) co_await invoke_hooks_co(vm, "stop", generation, collected, 0);
  co_return int_from_i64(collected);
}

// The generation an automatic collection takes (CPython's collect_generations).
int generation_to_collect(GcState& st) {
  Store& s = g_store;
  for (int g = kGcGenerations - 1; g >= 0; --g) {
    if (s.count[g] > st.threshold[g]) {
      // A full collection only when the objects promoted since the last one are at least a
      // quarter of the long-lived ones: otherwise a growing heap makes collection quadratic.
      if (g == kGcGenerations - 1 && s.long_lived_pending < s.long_lived_total / 4) continue;
      return g;
    }
  }
  return 0;
}

}  // namespace

namespace {
// Collects `generation` now; garbage whose finishing needs Python code (callbacks, finalizers,
// gc.callbacks hooks) is finished by a pending-work frame at this boundary.
void start_collection(VM& vm, int generation) {
  GcState& st = gc_state(vm);
  st.collecting = true;
  if (has_hooks(st)) {
    queue_collection(vm, nullptr, generation);
    return;
  }
  GcJob* job = find_garbage(vm, generation, nullptr);
  if (job && (!job->callbacks.empty() || !job->finalize.empty())) {
    queue_collection(vm, job, generation);
    return;
  }
  int64_t collected = job ? delete_garbage(vm, job) : 0;
  st.stats[generation].collected += collected;
  st.collecting = false;
}
}  // namespace

void gc_maybe_collect(VM& vm) {
  GcState& st = gc_state(vm);
  if (!st.enabled || st.collecting || vm.exc) return;
  // Near the memory limit, unreachable cycles in the old generation may be what fills the heap:
  // a full collection each time the heap has grown by a sixteenth of the limit since the last.
  Heap& h = vm.heap;
  if (h.used > h.limit - h.limit / 4 && h.used > st.pressure_mark + h.limit / 16) {
    start_collection(vm, kGcGenerations - 1);
    st.pressure_mark = h.used;
    return;
  }
  if (st.threshold[0] == 0 || g_store.count[0] <= st.threshold[0]) return;
  start_collection(vm, generation_to_collect(st));
}

void gc_collect_for_memory(VM& vm) {
  GcState& st = gc_state(vm);
  if (!st.enabled || st.collecting || vm.exc) return;
  start_collection(vm, kGcGenerations - 1);
}

Co<Value> gc_collect_co(VM& vm, int generation) {
  GcState& st = gc_state(vm);
  if (st.collecting) co_return Value::small(0);
  st.collecting = true;
  Value r = co_await collection_co(vm, generation, nullptr, nullptr);
  co_return r;
}

Co<Value> gc_pending_collection_co(VM& vm, GcJob* job, int generation) {
  // `collecting` was set when this was queued.
  Value r = co_await collection_co(vm, generation, job, nullptr);
  decref(r);
  co_return new_none();
}

void gc_job_discard(GcJob* job) {
  if (job) release_job(job);
  if (g_vm && g_vm->gc) g_vm->gc->collecting = false;
}

// ============================================================== 6. interpreter exit

namespace {
// Clears what is left of a module's namespace like CPython's _PyModule_ClearDict: names starting
// with one underscore first, then the others but __builtins__ (values replaced by None, in dict
// order); finalizers run as each value goes.
void clear_module_dict(VM& vm, Dict* globals) {
  for (int pass = 0; pass < 2; ++pass) {
    for (int64_t i = 0; i < globals->nentries; ++i) {
      DictEntry& e = globals->entries[i];
      if (!e.key || !is_str(e.key) || is_none(e.value)) continue;
      std::string_view k = as_str(e.key)->view();
      bool underscore = k.size() >= 1 && k[0] == '_' && !(k.size() >= 2 && k[1] == '_');
      if (pass == 0 && !underscore) continue;
      if (k == "__builtins__") continue;
      Value key = newref(e.key);
      dict_set(vm, globals, key, none());
      decref(key);
      run_pending_work_now(vm);
    }
  }
}
}  // namespace

void gc_at_exit(VM& vm) {
  GcState& st = gc_state(vm);
  auto collect = [&](const std::vector<Object*>* discount) {
    if (st.collecting) return;
    st.collecting = true;
    Value r = run_sync(vm, collection_co(vm, kGcGenerations - 1, nullptr, discount));
    if (!r) clear_error(vm);
    decref(r);
    run_pending_work_now(vm);
  };
  run_pending_work_now(vm);
  // Py_FinalizeEx collects first (if enabled), while everything is intact.
  if (st.enabled) collect(nullptr);
  // Then the modules written in Python (__main__ and the imported ones) leave sys.modules and
  // are collected: those that only their own cycles keep alive (functions and classes refer to
  // their globals) are garbage, and their objects' finalizers run in collection order.
  struct Entry {
    Str* name;
    Module* module;
  };
  std::vector<Entry> modules;  // in sys.modules order; names and modules owned
  std::vector<Object*> discount;
  for (int64_t i = 0; i < vm.modules->nentries; ++i) {
    DictEntry& e = vm.modules->entries[i];
    if (!e.key || !is_str(e.key) || !e.value.is_obj() || type_of(e.value) != &ModuleType) continue;
    Module* m = e.value.as<Module>();
    if (m->def) continue;  // builtin modules stay
    modules.push_back(Entry{as_str(newref(e.key)), newref(m)});
    discount.push_back(m);  // our reference
    if (m == vm.main_module) discount.push_back(m);  // the interpreter's
  }
  for (Entry& e : modules) dict_del_str(vm.modules, e.name);
  collect(&discount);
  // What is left (modules still referred to from elsewhere) is cleared, last imported first.
  for (std::size_t i = modules.size(); i-- > 0;)
    if (modules[i].module->dict) clear_module_dict(vm, modules[i].module->dict);
  for (Entry& e : modules) {
    if (!dict_get_str(vm.modules, e.name)) dict_set_str(vm.modules, e.name, Value(e.module));
    decref(e.name);
    decref(e.module);
  }
  // The last collection: CPython has cleared sys and builtins by now, so nothing its finalizers
  // print (or report) reaches the output.
  auto write = std::move(vm.write);
  vm.write = nullptr;
  collect(nullptr);
  vm.write = std::move(write);
}

// ============================================================== 7. introspection

int64_t gc_count(int generation) { return g_store.count[generation]; }

void gc_objects(int generation, std::vector<Object*>* out) {
  Store& s = g_store;
  auto add = [&](std::size_t a, std::size_t b) {
    for (std::size_t i = a; i < b; ++i)
      if (s.slots[i]) out->push_back(s.slots[i]);
  };
  std::size_t end[kGcGenerations] = {s.slots.size(), s.begin[0], s.begin[1]};
  for (int g = 0; g < kGcGenerations; ++g)
    if (generation < 0 || generation == g) add(s.begin[g], end[g]);
}

void gc_freeze() {
  // CPython appends generation 0, then 1, then 2 to the permanent generation.
  Store& s = g_store;
  std::size_t n = s.slots.size();
  std::vector<Object*> order(s.slots.begin(), s.slots.begin() + s.begin[2]);
  order.insert(order.end(), s.slots.begin() + s.begin[0], s.slots.end());
  order.insert(order.end(), s.slots.begin() + s.begin[1], s.slots.begin() + s.begin[0]);
  order.insert(order.end(), s.slots.begin() + s.begin[2], s.slots.begin() + s.begin[1]);
  s.slots.swap(order);
  for (std::size_t i = 0; i < n; ++i)
    if (s.slots[i]) set_slot(s.slots[i], i);
  for (std::size_t& b : s.begin) b = n;
  s.count[0] = 0;
}

void gc_unfreeze() {
  // The permanent generation is appended to the oldest one.
  Store& s = g_store;
  std::size_t perm = s.begin[2], end2 = s.begin[1];
  std::rotate(s.slots.begin(), s.slots.begin() + perm, s.slots.begin() + end2);
  for (std::size_t i = 0; i < end2; ++i)
    if (s.slots[i]) set_slot(s.slots[i], i);
  s.begin[2] = 0;
}

int64_t gc_freeze_count() {
  Store& s = g_store;
  int64_t n = 0;
  for (std::size_t i = 0; i < s.begin[2]; ++i)
    if (s.slots[i]) n++;
  return n;
}

void gc_referents(Value v, std::vector<Value>* out) {
  if (!v.is_obj()) return;
  Object* o = v.obj();
  Type* t = o->type;
  if (!type_has(t, kTypeHasGC)) return;
  if (type_has(t, kTypeTypeSubclass) && !type_has(static_cast<Type*>(o), kTypeHeap)) return;
  // CPython's traverse order for the common containers: lists and tuples from the end, dicts
  // value then key (only values when every key is a str).
  if (t == &ListType) {
    List* l = static_cast<List*>(o);
    for (int64_t i = l->size; i-- > 0;)
      if (l->items[i]) out->push_back(l->items[i]);
    return;
  }
  if (t == &TupleType) {
    Tuple* tu = static_cast<Tuple*>(o);
    for (int64_t i = tu->size; i-- > 0;)
      if (tu->items[i]) out->push_back(tu->items[i]);
    return;
  }
  if (t == &DictType) {
    Dict* d = static_cast<Dict*>(o);
    bool all_str = true;
    for (int64_t i = 0; i < d->nentries && all_str; ++i)
      if (d->entries[i].key && !is_str_exact(d->entries[i].key)) all_str = false;
    for (int64_t i = 0; i < d->nentries; ++i) {
      DictEntry& e = d->entries[i];
      if (!e.key) continue;
      out->push_back(e.value);
      if (!all_str) out->push_back(e.key);
    }
    return;
  }
  if (!t->traverse) return;
  t->traverse(
      o, [](Object* c, void* arg) { static_cast<std::vector<Value>*>(arg)->push_back(Value(c)); }, out);
}

void gc_referrers(const Value* targets, uint32_t n, std::vector<Object*>* out) {
  std::vector<Object*> all;
  gc_objects(-1, &all);
  std::vector<Value> kids;
  for (Object* o : all) {
    kids.clear();
    gc_referents(Value(o), &kids);
    for (Value k : kids) {
      bool hit = false;
      for (uint32_t i = 0; i < n && !hit; ++i) hit = targets[i] == k;
      if (hit) {
        out->push_back(o);
        break;
      }
    }
  }
}

}  // namespace coil
