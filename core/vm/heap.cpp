// heap.cpp - size-class free lists for small objects, malloc for large ones, byte accounting.
#include "vm/heap.h"

#include <cstdlib>
#include <cstring>
#include <vector>

#include "objects/type.h"

namespace coil {

namespace {

Heap g_default_heap;

// Under AddressSanitizer every block comes from malloc, so that ASan sees each object's bounds
// and lifetime (the free lists would hide use-after-free and overflows).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kPlainMalloc = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kPlainMalloc = true;
#else
constexpr bool kPlainMalloc = false;
#endif
#else
constexpr bool kPlainMalloc = false;
#endif

constexpr std::size_t kGranule = 16;
constexpr std::size_t kMaxSmall = 512;
constexpr std::size_t kClasses = kMaxSmall / kGranule;
constexpr std::size_t kChunk = 64 * 1024;

struct FreeBlock {
  FreeBlock* next;
};

// Free lists are shared by every interpreter in the process (all run on one OS thread).
FreeBlock* g_free[kClasses + 1];

inline std::size_t size_class(std::size_t size) { return (size + kGranule - 1) / kGranule; }

void refill(std::size_t cls) {
  std::size_t block = cls * kGranule;
  char* chunk = static_cast<char*>(std::malloc(kChunk));
  if (!chunk) std::abort();
  std::size_t n = kChunk / block;
  for (std::size_t i = 0; i < n; ++i) {
    FreeBlock* b = reinterpret_cast<FreeBlock*>(chunk + i * block);
    b->next = g_free[cls];
    g_free[cls] = b;
  }
}

inline void account(std::size_t size) {
  Heap* h = g_heap;
  h->used += size;
  if (h->used > h->peak) h->peak = h->used;
  if (h->used > h->limit) h->over_limit = true;
}

}  // namespace

Heap* g_heap = &g_default_heap;

bool heap_would_exceed(std::size_t extra) { return g_heap->used + extra > g_heap->limit; }

void* heap_alloc(std::size_t size) {
  if (size == 0) size = 1;
  if (size <= kMaxSmall && !kPlainMalloc) {
    std::size_t cls = size_class(size);
    if (!g_free[cls]) refill(cls);
    FreeBlock* b = g_free[cls];
    g_free[cls] = b->next;
    account(cls * kGranule);
    return b;
  }
  if (heap_would_exceed(size)) return nullptr;
  void* p = std::malloc(size);
  if (!p) return nullptr;
  account(size);
  return p;
}

void heap_free(void* p, std::size_t size) {
  if (!p) return;
  if (size == 0) size = 1;
  if (size <= kMaxSmall && !kPlainMalloc) {
    std::size_t cls = size_class(size);
    FreeBlock* b = static_cast<FreeBlock*>(p);
    b->next = g_free[cls];
    g_free[cls] = b;
    g_heap->used -= cls * kGranule;
  } else {
    std::free(p);
    g_heap->used -= size;
  }
}

void* heap_realloc(void* p, std::size_t old_size, std::size_t new_size) {
  if (!p) return heap_alloc(new_size);
  if ((old_size > kMaxSmall && new_size > kMaxSmall) || kPlainMalloc) {
    if (new_size > old_size && heap_would_exceed(new_size - old_size)) return nullptr;
    void* q = std::realloc(p, new_size);
    if (!q) return nullptr;
    g_heap->used -= old_size;
    account(new_size);
    return q;
  }
  if (!kPlainMalloc && old_size <= kMaxSmall && new_size <= kMaxSmall && size_class(old_size) == size_class(new_size)) return p;
  void* q = heap_alloc(new_size);
  if (!q) return nullptr;
  std::memcpy(q, p, old_size < new_size ? old_size : new_size);
  heap_free(p, old_size);
  return q;
}

Object* object_alloc(Type* type, std::size_t size) {
  Object* o = static_cast<Object*>(heap_alloc(size));
  if (!o) return nullptr;
  std::memset(o, 0, size);
  o->refcount = 1;
  o->gc_index = Object::kUntracked;
  o->type = type;
  incref(type);
  return o;
}

void object_free(Object* o, std::size_t size) {
  Type* t = o->type;
  heap_free(o, size);
  decref(t);
}

void* co_frame_alloc(std::size_t size) {
  void* p = heap_alloc(size);
  if (!p) {
    p = std::malloc(size);  // never fail a coroutine frame: the limit is enforced elsewhere
    if (!p) std::abort();
    account(size);
  }
  return p;
}
void co_frame_free(void* p, std::size_t size) { heap_free(p, size); }

}  // namespace coil
