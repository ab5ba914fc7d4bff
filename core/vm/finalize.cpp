// finalize.cpp - the queue of deferred finalization work (__del__, generator close, weakref
// callbacks, the end of a cycle collection) and the frames that run it at instruction boundaries.
#include "vm/finalize.h"

#include <vector>

#include "objects/generator.h"
#include "vm/call.h"
#include "vm/gc.h"
#include "vm/periodic.h"
#include "vm/runtime.h"

namespace coil {

namespace {

void report_unraisable(VM& vm, Value where) {
  Object* exc = take_error(vm);
  if (exc) {
    write_unraisable(vm, exc, where, nullptr);
    decref(exc);
  }
}

void release(PendingWork& w) {
  switch (w.kind) {
    case PendingWork::Finalizer: decref(w.a); break;
    case PendingWork::WeakrefCallback:
      decref(w.a);
      decref(w.b);
      break;
    case PendingWork::Collection: gc_job_discard(w.job); break;
  }
}

// Releases the items a batch has not run yet if its coroutine is destroyed early.
struct BatchGuard {
  std::vector<PendingWork>* items;
  std::size_t next = 0;
  ~BatchGuard() {
    for (; next < items->size(); ++next) release((*items)[next]);
  }
};

Co<Value> pending_batch_co(VM& vm, std::vector<PendingWork> items) {
  BatchGuard guard{&items};
  while (guard.next < items.size()) {
    PendingWork& w = items[guard.next];
    switch (w.kind) {
      case PendingWork::Finalizer:
        co_await finalize_object_co(vm, w.a);
        break;
      case PendingWork::WeakrefCallback: {
        Value r = co_await call_co1(vm, w.a, w.b);
        if (!r) report_unraisable(vm, w.a);
        decref(r);
        break;
      }
      case PendingWork::Collection: {
        GcJob* job = w.job;
        w.job = nullptr;  // the collection owns it from now on
        co_await gc_pending_collection_co(vm, job, w.generation);
        break;
      }
    }
    release(w);
    ++guard.next;
  }
  co_return new_none();
}

void push_work(VM& vm, const PendingWork& w) {
  vm.pending.push_back(w);
  vm.pending_work = true;
}

}  // namespace

Co<Value> finalize_object_co(VM& vm, Value obj) {
  Type* t = type_of(obj);
  if (t == &GeneratorType || t == &CoroutineType || t == &AsyncGeneratorType) {
    incref(obj);  // generator_finalize_co consumes a reference
    co_await generator_finalize_co(vm, obj);
    co_return new_none();
  }
  Value del = type_lookup(t, g_names.del);
  if (!del) co_return new_none();
  incref(del);
  Value r = co_await call_co(vm, del, obj, Args{nullptr, 0, nullptr});
  if (!r) report_unraisable(vm, del);
  decref(r);
  decref(del);
  co_return new_none();
}

void queue_finalizer(Object* o) {
  if (!g_vm) return;
  push_work(*g_vm, PendingWork{PendingWork::Finalizer, Value(o), Value(), nullptr, 0});
}

void queue_weakref_callback(Value callback, Value weakref) {
  if (!g_vm) {
    decref(callback);
    decref(weakref);
    return;
  }
  push_work(*g_vm, PendingWork{PendingWork::WeakrefCallback, callback, weakref, nullptr, 0});
}

void queue_collection(VM& vm, GcJob* job, int generation) {
  push_work(vm, PendingWork{PendingWork::Collection, Value(), Value(), job, generation});
}

bool run_pending_work(VM& vm) {
  if (vm.exc || vm.pending.empty()) {
    vm.pending_work = !vm.pending.empty();
    return false;
  }
  std::vector<PendingWork> items;
  items.swap(vm.pending);
  vm.pending_work = false;
  NativeFrame* nf = native_frame_new(vm, pending_batch_co(vm, std::move(items)));
  push_frame(vm, nf, Delivery::Discard);
  return true;
}

void run_pending_work_now(VM& vm) {
  // A finalizer that keeps creating finalizable garbage would never end: give up after a while.
  for (int rounds = 0; rounds < 10000 && !vm.pending.empty(); ++rounds) {
    if (vm.exc) clear_error(vm);
    std::vector<PendingWork> items;
    items.swap(vm.pending);
    vm.pending_work = false;
    Value r = run_sync(vm, pending_batch_co(vm, std::move(items)));
    if (!r) clear_error(vm);
    decref(r);
  }
}

}  // namespace coil
