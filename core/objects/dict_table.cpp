// dict_table.cpp - the dict's hash table: compact entries in insertion order plus an index of positions.
#include <cstring>

#include "objects/dict.h"
#include "objects/str.h"
#include "vm/gc.h"
#include "vm/heap.h"
#include "vm/ops.h"

namespace coil {

namespace {

constexpr int64_t kSmall = 8;       // up to this many entries: no index, linear scan
constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
uint64_t g_dict_version = 1;

inline void touch(Dict* d) { d->version = ++g_dict_version; }

inline int32_t* index_of(Dict* d) { return static_cast<int32_t*>(d->index); }

inline bool fast_str_eq(Value a, Value b) {
  return a == b || (is_str_exact(a) && is_str_exact(b) && str_eq(a.as<Str>(), b.as<Str>()));
}

void free_index(Dict* d) {
  if (d->index) heap_free(d->index, (d->mask + 1) * sizeof(int32_t));
  d->index = nullptr;
  d->mask = 0;
}

// Rebuilds the index for `capacity` entries (or drops it for small dicts).
bool build_index(Dict* d) {
  free_index(d);
  if (d->capacity <= kSmall) return true;
  uint64_t size = 16;
  while (size < uint64_t(d->capacity) * 3 / 2 + 1) size <<= 1;
  int32_t* idx = static_cast<int32_t*>(heap_alloc(size * sizeof(int32_t)));
  if (!idx) return false;
  std::memset(idx, 0xff, size * sizeof(int32_t));  // kEmpty
  d->index = idx;
  d->mask = size - 1;
  for (int64_t i = 0; i < d->nentries; ++i) {
    DictEntry& e = d->entries[i];
    if (!e.key) continue;
    uint64_t perturb = uint64_t(e.hash);
    uint64_t j = perturb & d->mask;
    while (idx[j] != kEmpty) {
      perturb >>= 5;
      j = (j * 5 + perturb + 1) & d->mask;
    }
    idx[j] = int32_t(i);
  }
  return true;
}

// Compacts deleted entries away and makes room for at least `need` entries.
bool resize(Dict* d, int64_t need) {
  int64_t cap = kSmall;
  while (cap < need) cap *= 2;
  DictEntry* fresh = static_cast<DictEntry*>(heap_alloc(cap * sizeof(DictEntry)));
  if (!fresh) return false;
  int64_t n = 0;
  for (int64_t i = 0; i < d->nentries; ++i) {
    if (d->entries[i].key) fresh[n++] = d->entries[i];
  }
  if (d->entries) heap_free(d->entries, d->capacity * sizeof(DictEntry));
  d->entries = fresh;
  d->capacity = cap;
  d->nentries = n;
  return build_index(d);
}

// Finds the entry for key. Returns the entry position or -1; *slot receives the index slot
// (for indexed dicts) where the key is or would be inserted. -2 on error.
int64_t lookup(VM* vm, Dict* d, Value key, int64_t hash, uint64_t* slot) {
  if (!d->index) {
    for (int64_t i = 0; i < d->nentries; ++i) {
      DictEntry& e = d->entries[i];
      if (!e.key) continue;
      if (e.key == key) return i;
      if (e.hash != hash) continue;
      if (fast_str_eq(e.key, key)) return i;
      if (is_str_exact(e.key) && is_str_exact(key)) continue;
      if (!vm) continue;
      Value ek = e.key;
      incref(ek);
      uint64_t version = d->version;
      int r = rich_compare_bool(*vm, ek, key, kEQ);
      decref(ek);
      if (r < 0) return -2;
      if (d->version != version) {  // mutated by __eq__: start again
        return lookup(vm, d, key, hash, slot);
      }
      if (r) return i;
    }
    return -1;
  }
  int32_t* idx = index_of(d);
  uint64_t perturb = uint64_t(hash);
  uint64_t j = perturb & d->mask;
  int64_t free_slot = -1;
  for (;;) {
    int32_t ix = idx[j];
    if (ix == kEmpty) {
      *slot = free_slot >= 0 ? uint64_t(free_slot) : j;
      return -1;
    }
    if (ix == kDummy) {
      if (free_slot < 0) free_slot = int64_t(j);
    } else {
      DictEntry& e = d->entries[ix];
      if (e.key == key) {
        *slot = j;
        return ix;
      }
      if (e.hash == hash) {
        if (fast_str_eq(e.key, key)) {
          *slot = j;
          return ix;
        }
        if (vm && !(is_str_exact(e.key) && is_str_exact(key))) {
          Value ek = e.key;
          incref(ek);
          uint64_t version = d->version;
          int r = rich_compare_bool(*vm, ek, key, kEQ);
          decref(ek);
          if (r < 0) return -2;
          if (d->version != version) return lookup(vm, d, key, hash, slot);
          if (r) {
            *slot = j;
            return ix;
          }
        }
      }
    }
    perturb >>= 5;
    j = (j * 5 + perturb + 1) & d->mask;
  }
}

bool insert_new(Dict* d, Value key, int64_t hash, Value value, uint64_t slot, bool have_slot) {
  if (d->nentries >= d->capacity) {
    if (!resize(d, d->used + 1 > d->capacity ? (d->used + 1) * 2 : d->used + 1)) return false;
    have_slot = false;
  }
  int64_t pos = d->nentries++;
  d->entries[pos].hash = hash;
  d->entries[pos].key = key;
  d->entries[pos].value = value;
  incref(key);
  incref(value);
  if (!gc_is_tracked(d)) gc_maybe_track_dict(d, key, value);
  d->used++;
  if (d->index) {
    if (!have_slot) {
      int32_t* idx = index_of(d);
      uint64_t perturb = uint64_t(hash);
      uint64_t j = perturb & d->mask;
      while (idx[j] >= 0) {
        perturb >>= 5;
        j = (j * 5 + perturb + 1) & d->mask;
      }
      slot = j;
    }
    index_of(d)[slot] = int32_t(pos);
  }
  touch(d);
  return true;
}

}  // namespace

Value dict_get(VM& vm, Dict* d, Value key) {
  int64_t hash;
  if (!hash_value(vm, key, &hash)) return Value();
  uint64_t slot = 0;
  int64_t ix = lookup(&vm, d, key, hash, &slot);
  if (ix < 0) return Value();
  return d->entries[ix].value;
}

Value dict_get_str(Dict* d, Str* key) {
  uint64_t slot = 0;
  int64_t ix = lookup(nullptr, d, Value(key), str_hash(key), &slot);
  return ix >= 0 ? d->entries[ix].value : Value();
}

Value dict_get_cstr(Dict* d, const char* key) {
  Str* s = intern(key);
  return dict_get_str(d, s);
}

bool dict_set(VM& vm, Dict* d, Value key, Value value) {
  int64_t hash;
  if (!hash_value(vm, key, &hash)) return false;
  uint64_t slot = 0;
  int64_t ix = lookup(&vm, d, key, hash, &slot);
  if (ix == -2) return false;
  if (ix >= 0) {
    Value old = d->entries[ix].value;
    incref(value);
    d->entries[ix].value = value;
    if (!gc_is_tracked(d)) gc_maybe_track_dict(d, key, value);
    touch(d);
    decref(old);
    return true;
  }
  if (!insert_new(d, key, hash, value, slot, true)) {
    raise_memory_error(vm);
    return false;
  }
  return true;
}

bool dict_set_str(Dict* d, Str* key, Value value) {
  uint64_t slot = 0;
  int64_t hash = str_hash(key);
  int64_t ix = lookup(nullptr, d, Value(key), hash, &slot);
  if (ix >= 0) {
    Value old = d->entries[ix].value;
    incref(value);
    d->entries[ix].value = value;
    if (!gc_is_tracked(d)) gc_maybe_track_dict(d, key, value);
    touch(d);
    decref(old);
    return true;
  }
  return insert_new(d, Value(key), hash, value, slot, true);
}

bool dict_set_cstr(Dict* d, const char* key, Value value) { return dict_set_str(d, intern(key), value); }

static void remove_at(Dict* d, int64_t ix, uint64_t slot) {
  DictEntry& e = d->entries[ix];
  Value k = e.key, v = e.value;
  e.key = Value();
  e.value = Value();
  if (d->index) index_of(d)[slot] = kDummy;
  d->used--;
  // Trailing deleted entries can be reused at once.
  while (d->nentries > 0 && !d->entries[d->nentries - 1].key) {
    if (d->index) {
      // the index still names this position as a dummy; rebuild lazily on next resize
      break;
    }
    d->nentries--;
  }
  touch(d);
  decref(k);
  decref(v);
}

int dict_del(VM& vm, Dict* d, Value key) {
  int64_t hash;
  if (!hash_value(vm, key, &hash)) return -1;
  uint64_t slot = 0;
  int64_t ix = lookup(&vm, d, key, hash, &slot);
  if (ix == -2) return -1;
  if (ix < 0) return 0;
  remove_at(d, ix, slot);
  return 1;
}

int dict_del_str(Dict* d, Str* key) {
  uint64_t slot = 0;
  int64_t ix = lookup(nullptr, d, Value(key), str_hash(key), &slot);
  if (ix < 0) return 0;
  remove_at(d, ix, slot);
  return 1;
}

int dict_contains(VM& vm, Dict* d, Value key) {
  int64_t hash;
  if (!hash_value(vm, key, &hash)) return -1;
  uint64_t slot = 0;
  int64_t ix = lookup(&vm, d, key, hash, &slot);
  if (ix == -2) return -1;
  return ix >= 0;
}

void dict_clear(Dict* d) {
  DictEntry* entries = d->entries;
  int64_t n = d->nentries, cap = d->capacity;
  free_index(d);
  d->entries = nullptr;
  d->nentries = d->used = d->capacity = 0;
  touch(d);
  for (int64_t i = 0; i < n; ++i) {
    decref(entries[i].key);
    decref(entries[i].value);
  }
  if (entries) heap_free(entries, cap * sizeof(DictEntry));
}

bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value) {
  while (*pos < d->nentries) {
    DictEntry& e = d->entries[(*pos)++];
    if (e.key) {
      if (key) *key = e.key;
      if (value) *value = e.value;
      return true;
    }
  }
  return false;
}

Dict* dict_copy(VM& vm, Dict* d) {
  Dict* r = dict_new();
  if (!r) return nullptr;
  if (!resize(r, d->used)) {
    decref(r);
    raise_memory_error(vm);
    return nullptr;
  }
  for (int64_t i = 0; i < d->nentries; ++i) {
    DictEntry& e = d->entries[i];
    if (e.key) insert_new(r, e.key, e.hash, e.value, 0, false);
  }
  return r;
}

bool dict_update(VM& vm, Dict* d, Dict* other) {
  if (d == other) return true;
  for (int64_t i = 0; i < other->nentries; ++i) {
    DictEntry& e = other->entries[i];
    if (!e.key) continue;
    Value k = e.key, v = e.value;
    incref(k);
    incref(v);
    bool ok;
    if (is_str_exact(k)) {
      ok = dict_set_str(d, k.as<Str>(), v);
    } else {
      ok = dict_set(vm, d, k, v);
    }
    decref(k);
    decref(v);
    if (!ok) return false;
  }
  return true;
}

void dict_free_storage(Dict* d) {
  free_index(d);
  if (d->entries) heap_free(d->entries, d->capacity * sizeof(DictEntry));
  d->entries = nullptr;
  d->capacity = d->nentries = d->used = 0;
}

}  // namespace coil
