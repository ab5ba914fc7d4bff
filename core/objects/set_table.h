// set_table.h - the set/frozenset hash table with CPython 3.11's exact probing, resizing and
// set-to-set algorithms, so that iteration order matches CPython. Generic over the key equality
// (`Eq`: int operator()(Value stored, Value key) -> 1/0/-1, and void nomem() raising MemoryError).
#pragma once

#include <cstring>
#include <utility>

#include "objects/dict.h"
#include "objects/set.h"
#include "vm/heap.h"

namespace coil {

extern Object g_set_dummy;  // marks deleted entries (with hash -1); never a Python-visible object

namespace settable {

constexpr int kLinearProbes = 9;
constexpr int kPerturbShift = 5;
constexpr int64_t kMinSize = 8;

inline Value dummy() { return Value(&g_set_dummy); }
inline bool live(const SetEntry& e) { return e.key && e.key != dummy(); }

inline void init_empty(Set* so) {
  std::memset(static_cast<void*>(so->small), 0, sizeof so->small);
  so->fill = so->used = 0;
  so->table = so->small;
  so->mask = kMinSize - 1;
}

inline void free_table(SetEntry* table, uint64_t mask) {
  heap_free(table, std::size_t(mask + 1) * sizeof(SetEntry));
}

// Finds the entry holding key, or the empty entry ending the probe sequence; null on error.
template <class Eq>
SetEntry* lookkey(Set* so, Value key, int64_t hash, Eq& eq) {
restart:
  uint64_t mask = so->mask;
  uint64_t perturb = uint64_t(hash);
  uint64_t i = uint64_t(hash) & mask;
  for (;;) {
    SetEntry* entry = &so->table[i];
    int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && !entry->key) return entry;
      if (entry->hash == hash) {
        Value startkey = entry->key;
        if (startkey == key) return entry;
        SetEntry* table = so->table;
        incref(startkey);
        int cmp = eq(startkey, key);
        decref(startkey);
        if (cmp < 0) return nullptr;
        if (table != so->table || entry->key != startkey) goto restart;
        if (cmp > 0) return entry;
        mask = so->mask;
      }
      entry++;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Inserts a key known to be absent into a table without dummies (no comparisons).
inline void insert_clean(SetEntry* table, uint64_t mask, Value key, int64_t hash) {
  uint64_t perturb = uint64_t(hash);
  uint64_t i = uint64_t(hash) & mask;
  SetEntry* entry;
  for (;;) {
    entry = &table[i];
    if (!entry->key) goto found;
    if (i + kLinearProbes <= mask) {
      for (int j = 0; j < kLinearProbes; j++) {
        entry++;
        if (!entry->key) goto found;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found:
  entry->key = key;
  entry->hash = hash;
}

// Rebuilds the table with the smallest size > minused (dropping dummies). False: out of memory.
inline bool table_resize(Set* so, int64_t minused) {
  uint64_t newsize = kMinSize;
  while (newsize <= uint64_t(minused)) {
    newsize <<= 1;
    if (newsize > (uint64_t(1) << 58)) return false;
  }
  SetEntry* oldtable = so->table;
  uint64_t oldmask = so->mask;
  bool old_malloced = oldtable != so->small;
  SetEntry small_copy[kMinSize];
  SetEntry* newtable;
  if (newsize == uint64_t(kMinSize)) {
    newtable = so->small;
    if (newtable == oldtable) {
      if (so->fill == so->used) return true;
      std::memcpy(static_cast<void*>(small_copy), oldtable, sizeof small_copy);
      oldtable = small_copy;
    }
  } else {
    newtable = static_cast<SetEntry*>(heap_alloc(std::size_t(newsize) * sizeof(SetEntry)));
    if (!newtable) return false;
  }
  std::memset(static_cast<void*>(newtable), 0, std::size_t(newsize) * sizeof(SetEntry));
  so->mask = newsize - 1;
  so->table = newtable;
  uint64_t newmask = so->mask;
  if (so->fill == so->used) {
    for (uint64_t k = 0; k <= oldmask; ++k)
      if (oldtable[k].key) insert_clean(newtable, newmask, oldtable[k].key, oldtable[k].hash);
  } else {
    so->fill = so->used;
    for (uint64_t k = 0; k <= oldmask; ++k)
      if (live(oldtable[k])) insert_clean(newtable, newmask, oldtable[k].key, oldtable[k].hash);
  }
  if (old_malloced) free_table(oldtable, oldmask);
  return true;
}

// Adds key (borrowed; the table takes its own reference). 0 ok, -1 error (raised).
template <class Eq>
int add_entry(Set* so, Value key, int64_t hash, Eq& eq) {
  uint64_t mask, perturb, i;
  SetEntry* freeslot;
  SetEntry* entry;
  incref(key);
restart:
  mask = so->mask;
  i = uint64_t(hash) & mask;
  freeslot = nullptr;
  perturb = uint64_t(hash);
  for (;;) {
    entry = &so->table[i];
    int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && !entry->key) goto found_unused_or_dummy;
      if (entry->hash == hash) {
        Value startkey = entry->key;
        if (startkey == key) goto found_active;
        SetEntry* table = so->table;
        incref(startkey);
        int cmp = eq(startkey, key);
        decref(startkey);
        if (cmp > 0) goto found_active;
        if (cmp < 0) goto comparison_error;
        if (table != so->table || entry->key != startkey) goto restart;
        mask = so->mask;
      } else if (entry->hash == -1) {
        freeslot = entry;  // the last dummy on the probe path (as CPython 3.11)
      }
      entry++;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  if (!freeslot) goto found_unused;
  so->used++;
  freeslot->key = key;
  freeslot->hash = hash;
  return 0;
found_unused:
  so->fill++;
  so->used++;
  entry->key = key;
  entry->hash = hash;
  if (uint64_t(so->fill) * 5 < mask * 3) return 0;
  if (table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4)) return 0;
  eq.nomem();
  return -1;
found_active:
  decref(key);
  return 0;
comparison_error:
  decref(key);
  return -1;
}

// 1 present, 0 absent, -1 error.
template <class Eq>
int contains_entry(Set* so, Value key, int64_t hash, Eq& eq) {
  SetEntry* e = lookkey(so, key, hash, eq);
  if (!e) return -1;
  return e->key ? 1 : 0;
}

// 1 removed, 0 absent, -1 error.
template <class Eq>
int discard_entry(Set* so, Value key, int64_t hash, Eq& eq) {
  SetEntry* e = lookkey(so, key, hash, eq);
  if (!e) return -1;
  if (!e->key) return 0;
  Value old = e->key;
  e->key = dummy();
  e->hash = -1;
  so->used--;
  decref(old);
  return 1;
}

// Table-order iteration: *pos starts at 0.
inline bool next_entry(Set* so, int64_t* pos, SetEntry** out) {
  uint64_t i = uint64_t(*pos);
  uint64_t mask = so->mask;
  SetEntry* table = so->table;
  while (i <= mask && !live(table[i])) i++;
  *pos = int64_t(i + 1);
  if (i > mask) return false;
  *out = &table[i];
  return true;
}

// Empties the set; references are dropped after the set is in shape again.
inline void clear_table(Set* so) {
  SetEntry* table = so->table;
  bool malloced = table != so->small;
  int64_t fill = so->fill;
  uint64_t mask = so->mask;
  SetEntry small_copy[kMinSize];
  if (malloced) {
    init_empty(so);
  } else if (fill > 0) {
    std::memcpy(static_cast<void*>(small_copy), table, sizeof small_copy);
    table = small_copy;
    init_empty(so);
  }
  for (SetEntry* e = table; fill > 0; ++e) {
    if (e->key) {
      --fill;
      if (e->key != dummy()) decref(e->key);
    }
  }
  if (malloced) free_table(table, mask);
}

// so |= other (both sets): CPython's set_merge, copying in table order when so is empty.
template <class Eq>
int merge(Set* so, Set* other, Eq& eq) {
  if (so == other || other->used == 0) return 0;
  if ((so->fill + other->used) * 5 >= int64_t(so->mask) * 3) {
    if (!table_resize(so, (so->used + other->used) * 2)) {
      eq.nomem();
      return -1;
    }
  }
  SetEntry* so_entry = so->table;
  SetEntry* other_entry = other->table;
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (uint64_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
      Value key = other_entry->key;
      if (key) {
        so_entry->key = newref(key);
        so_entry->hash = other_entry->hash;
      }
    }
    so->fill = other->fill;
    so->used = other->used;
    return 0;
  }
  if (so->fill == 0) {
    SetEntry* newtable = so->table;
    uint64_t newmask = so->mask;
    so->fill = other->used;
    so->used = other->used;
    for (uint64_t i = other->mask + 1; i > 0; i--, other_entry++) {
      if (live(*other_entry)) insert_clean(newtable, newmask, newref(other_entry->key), other_entry->hash);
    }
    return 0;
  }
  for (uint64_t i = 0; i <= other->mask; i++) {
    SetEntry* e = &other->table[i];
    if (live(*e)) {
      Value key = e->key;
      incref(key);
      int r = add_entry(so, key, e->hash, eq);
      decref(key);
      if (r) return -1;
    }
  }
  return 0;
}

// so |= keys of d (exact dict): one resize up front, then insertion in dict order.
template <class Eq>
int merge_dict(Set* so, Dict* d, Eq& eq) {
  if ((so->fill + d->used) * 5 >= int64_t(so->mask) * 3) {
    if (!table_resize(so, (so->used + d->used) * 2)) {
      eq.nomem();
      return -1;
    }
  }
  for (int64_t i = 0; i < d->nentries; ++i) {
    DictEntry* e = &d->entries[i];
    if (!e->key) continue;
    Value key = e->key;
    incref(key);
    int r = add_entry(so, key, e->hash, eq);
    decref(key);
    if (r) return -1;
  }
  return 0;
}

// A set living on the C++ stack for temporaries (keys are owned; released on destruction).
struct TempSet {
  Set s;
  TempSet() : s() { init_empty(&s); }
  ~TempSet() { clear_table(&s); }
  TempSet(const TempSet&) = delete;
  TempSet& operator=(const TempSet&) = delete;
};

// result (empty) = so & other, iterating the smaller one (CPython's set_intersection for sets).
template <class Eq>
int intersect_sets(Set* result, Set* so, Set* other, Eq& eq) {
  if (other->used > so->used) std::swap(so, other);
  int64_t pos = 0;
  SetEntry* entry;
  while (next_entry(other, &pos, &entry)) {
    Value key = entry->key;
    int64_t hash = entry->hash;
    incref(key);
    int rv = contains_entry(so, key, hash, eq);
    if (rv > 0) rv = add_entry(result, key, hash, eq);
    decref(key);
    if (rv < 0) return -1;
  }
  return 0;
}

// result (empty) = so - other, iterating so (CPython's set_difference when so is not much bigger).
template <class Eq>
int difference_sets(Set* result, Set* so, Set* other, Eq& eq) {
  int64_t pos = 0;
  SetEntry* entry;
  while (next_entry(so, &pos, &entry)) {
    Value key = entry->key;
    int64_t hash = entry->hash;
    incref(key);
    int rv = contains_entry(other, key, hash, eq);
    if (rv == 0) rv = add_entry(result, key, hash, eq);
    decref(key);
    if (rv < 0) return -1;
  }
  return 0;
}

// result (empty) = so - keys of d.
template <class Eq, class DictHas>
int difference_dict(Set* result, Set* so, DictHas dict_has, Eq& eq) {
  int64_t pos = 0;
  SetEntry* entry;
  while (next_entry(so, &pos, &entry)) {
    Value key = entry->key;
    int64_t hash = entry->hash;
    incref(key);
    int rv = dict_has(key, hash);
    if (rv == 0) rv = add_entry(result, key, hash, eq);
    decref(key);
    if (rv < 0) return -1;
  }
  return 0;
}

// After removals: drop the dummies if more than a quarter of the table holds them.
template <class Eq>
int shrink_after_removals(Set* so, Eq& eq) {
  if (uint64_t(so->fill - so->used) <= so->mask / 4) return 0;
  if (table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4)) return 0;
  eq.nomem();
  return -1;
}

// so -= other (a set, not so itself), without the final shrink.
template <class Eq>
int discard_all(Set* so, Set* other, Eq& eq) {
  int64_t pos = 0;
  SetEntry* entry;
  while (next_entry(other, &pos, &entry)) {
    Value key = entry->key;
    incref(key);
    int rv = discard_entry(so, key, entry->hash, eq);
    decref(key);
    if (rv < 0) return -1;
  }
  return 0;
}

// so -= other for sets (CPython's set_difference_update_internal, set branch).
template <class Eq>
int difference_update_sets(Set* so, Set* other, Eq& eq) {
  if (so == other) {
    clear_table(so);
    return 0;
  }
  if ((other->used >> 3) > so->used) {
    TempSet tmp;
    if (intersect_sets(&tmp.s, so, other, eq) < 0) return -1;
    if (discard_all(so, &tmp.s, eq) < 0) return -1;
  } else if (discard_all(so, other, eq) < 0) {
    return -1;
  }
  return shrink_after_removals(so, eq);
}

// so ^= other (a set other than so): each key of other is removed if present, else added.
template <class Eq>
int symmetric_update_sets(Set* so, Set* other, Eq& eq) {
  int64_t pos = 0;
  SetEntry* entry;
  while (next_entry(other, &pos, &entry)) {
    Value key = entry->key;
    int64_t hash = entry->hash;
    incref(key);
    int rv = discard_entry(so, key, hash, eq);
    if (rv == 0) rv = add_entry(so, key, hash, eq);
    decref(key);
    if (rv < 0) return -1;
  }
  return 0;
}

// Exchanges the tables of a and b (CPython's set_swap_bodies, without the hash fields).
inline void swap_bodies(Set* a, Set* b) {
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  SetEntry* u = a->table == a->small ? b->small : a->table;
  a->table = b->table == b->small ? a->small : b->table;
  b->table = u;
  if (a->table == a->small || b->table == b->small) {
    SetEntry tab[kMinSize];
    std::memcpy(static_cast<void*>(tab), a->small, sizeof tab);
    std::memcpy(static_cast<void*>(a->small), b->small, sizeof tab);
    std::memcpy(static_cast<void*>(b->small), tab, sizeof tab);
  }
}

// CPython's frozenset hash over the table (entries' stored hashes, with null and dummy corrections).
inline int64_t table_hash(Set* so) {
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
  uint64_t hash = 0;
  for (uint64_t i = 0; i <= so->mask; ++i) hash ^= shuffle(uint64_t(so->table[i].hash));
  if ((so->mask + 1 - uint64_t(so->fill)) & 1) hash ^= shuffle(0);
  if ((so->fill - so->used) & 1) hash ^= shuffle(uint64_t(-1));
  hash ^= (uint64_t(so->used) + 1) * 1927868237ULL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == uint64_t(-1)) hash = 590923713ULL;
  return int64_t(hash);
}

}  // namespace settable
}  // namespace coil
