// gc.cpp - deallocation (with a depth guard) and the cycle collector for container objects.
#include <vector>

#include "objects/generator.h"
#include "vm/runtime.h"
#include "vm/weakref.h"

namespace coil {

VM* g_vm = nullptr;

// ------------------------------------------------------------------ tracking

namespace {
std::vector<Object*>& tracked() {
  static std::vector<Object*> v;
  return v;
}
int g_dealloc_depth = 0;
std::vector<Object*> g_deferred;
}  // namespace

void gc_track(Object* o) {
  auto& t = tracked();
  o->gc_index = (o->gc_index & ~Object::kUntracked) | uint32_t(t.size());
  t.push_back(o);
  if (g_vm) g_vm->gc_allocs++;
}

void gc_untrack(Object* o) {
  auto& t = tracked();
  uint32_t idx = o->gc_slot();
  if (idx == Object::kUntracked || idx >= t.size() || t[idx] != o) return;
  Object* last = t.back();
  t[idx] = last;
  last->gc_index = (last->gc_index & ~Object::kUntracked) | idx;
  t.pop_back();
  o->gc_index |= Object::kUntracked;
}

std::size_t gc_tracked_count() { return tracked().size(); }

// ------------------------------------------------------------------ deallocation

void dealloc_object(Object* o) {
  // Deeply nested structures (a linked list of a million nodes) would recurse once per level:
  // past a depth, deallocation is deferred and done iteratively.
  if (g_dealloc_depth > 200) {
    g_deferred.push_back(o);
    return;
  }
  ++g_dealloc_depth;
  Type* t = o->type;
  if (t->dealloc) t->dealloc(o);
  else generic_dealloc(o);
  --g_dealloc_depth;
  if (g_dealloc_depth == 0) {
    while (!g_deferred.empty()) {
      Object* d = g_deferred.back();
      g_deferred.pop_back();
      ++g_dealloc_depth;
      if (d->type->dealloc) d->type->dealloc(d);
      else generic_dealloc(d);
      --g_dealloc_depth;
    }
  }
}

// ------------------------------------------------------------------ collection

namespace {

std::vector<int64_t> g_refs;  // per tracked slot during a collection
std::vector<Object*> g_work;

void visit_decref(Object* o, void*) {
  uint32_t s = o->gc_slot();
  if (s != Object::kUntracked && s < g_refs.size() && tracked()[s] == o) g_refs[s]--;
}

void visit_reach(Object* o, void*) {
  uint32_t s = o->gc_slot();
  if (s != Object::kUntracked && s < g_refs.size() && tracked()[s] == o && g_refs[s] <= 0) {
    g_refs[s] = 1;
    g_work.push_back(o);
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

}  // namespace

int64_t gc_collect(VM& vm) {
  if (vm.in_gc) return 0;
  vm.in_gc = true;
  auto& t = tracked();
  std::size_t n = t.size();
  g_refs.assign(n, 0);
  for (std::size_t i = 0; i < n; ++i) g_refs[i] = int64_t(t[i]->refcount);
  for (std::size_t i = 0; i < n; ++i) {
    Object* o = t[i];
    if (o->type->traverse) o->type->traverse(o, visit_decref, nullptr);
  }
  // Objects still referenced from outside the tracked set are roots.
  g_work.clear();
  for (std::size_t i = 0; i < n; ++i) {
    if (g_refs[i] > 0) {
      g_refs[i] = 1;
      g_work.push_back(t[i]);
    }
  }
  while (!g_work.empty()) {
    Object* o = g_work.back();
    g_work.pop_back();
    if (o->type->traverse) o->type->traverse(o, visit_reach, nullptr);
  }
  std::vector<Object*> garbage;
  for (std::size_t i = 0; i < n; ++i)
    if (g_refs[i] <= 0) garbage.push_back(t[i]);
  g_refs.clear();
  int64_t found = int64_t(garbage.size());
  if (garbage.empty()) {
    vm.in_gc = false;
    return 0;
  }
  // Protect the garbage while we work on it.
  for (Object* o : garbage) incref(o);
  // Weak references to garbage die first (callbacks are queued).
  for (Object* o : garbage)
    if (o->gc_index & Object::kWeakrefBit) weakref_clear_all(o);
  // Finalizers run once (PEP 442); objects they resurrect survive this collection.
  bool finalizing = false;
  for (Object* o : garbage) {
    if (has_finalizer(o)) {
      o->gc_index |= Object::kFinalizedBit;
      incref(o);
      vm.pending_finalizers.push_back(Value(o));
      vm.pending_work = true;
      finalizing = true;
    }
  }
  if (finalizing) {
    // Collect again after the finalizers ran (at the next periodic check).
    for (Object* o : garbage) decref(o);
    vm.gc_allocs = vm.gc_threshold;
    vm.in_gc = false;
    return found;
  }
  for (Object* o : garbage) {
    if (o->type->clear && gc_is_tracked(o)) o->type->clear(o);
  }
  for (Object* o : garbage) decref(o);
  vm.in_gc = false;
  return found;
}

void gc_maybe_collect(VM& vm) {
  if (!vm.gc_enabled || vm.in_gc) return;
  if (vm.gc_allocs < vm.gc_threshold) return;
  vm.gc_allocs = 0;
  gc_collect(vm);
  int64_t survivors = int64_t(tracked().size());
  vm.gc_threshold = survivors > 350 ? survivors * 2 : 700;
}

}  // namespace coil
