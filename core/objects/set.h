// set.h - set and frozenset: open-addressing hash tables with CPython's probing (same iteration order).
#pragma once

#include "objects/type.h"

namespace coil {

extern Type SetType;
extern Type FrozenSetType;

struct SetEntry {
  int64_t hash;
  Value key;  // null: empty; the dummy marker: deleted
};

struct Set : Object {
  int64_t fill;  // active + dummy
  int64_t used;  // active
  uint64_t mask;
  SetEntry* table;
  int64_t hash_cache;  // frozenset hash, -1 if unknown
  SetEntry small[8];
};

Set* set_new(Type* type);  // SetType or FrozenSetType
bool is_anyset(Value v);
bool is_set(Value v);
bool is_frozenset(Value v);
int set_add(VM& vm, Set* s, Value key);       // 0 ok, -1 error
int set_contains(VM& vm, Set* s, Value key);  // 1, 0, -1
int set_discard(VM& vm, Set* s, Value key);   // 1 removed, 0 missing, -1 error
bool set_next(Set* s, int64_t* pos, Value* key);

}  // namespace coil
