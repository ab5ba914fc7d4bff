// heap.h - memory for Python objects: a size-class allocator with accounting against the memory limit.
#pragma once

#include <cstddef>
#include <cstdint>

#include "vm/value.h"

namespace coil {

struct Heap {
  std::size_t used = 0;        // bytes currently allocated for objects
  std::size_t limit = std::size_t(1) << 30;
  bool over_limit = false;     // set when `used` crossed `limit`; the VM raises MemoryError
  std::size_t peak = 0;
};

extern Heap* g_heap;  // the heap of the interpreter that runs now

// Raw memory. Allocation never fails for small sizes (the limit is enforced by the VM at the
// next instruction boundary); a request that alone would exceed the limit returns null.
void* heap_alloc(std::size_t size);
void* heap_realloc(void* p, std::size_t old_size, std::size_t new_size);
void heap_free(void* p, std::size_t size);
bool heap_would_exceed(std::size_t extra);

// Allocates and zero-fills an object of `size` bytes with refcount 1 and the given type.
Object* object_alloc(Type* type, std::size_t size);
void object_free(Object* o, std::size_t size);

// The cycle collector's registry of container objects.
void gc_track(Object* o);
void gc_untrack(Object* o);
inline bool gc_is_tracked(const Object* o) { return o->gc_slot() != Object::kUntracked; }

}  // namespace coil
