// dict.h - the dict type: an insertion-ordered hash table (compact layout like CPython's).
#pragma once

#include "objects/type.h"

namespace coil {

extern Type DictType;

struct DictEntry {
  int64_t hash;
  Value key;    // null: deleted
  Value value;
};

struct Dict : Object {
  int64_t used;       // live entries
  int64_t nentries;   // entries used in `entries` (live + deleted)
  int64_t capacity;   // allocated entries
  uint64_t mask;      // index table size - 1 (0 when there is no index: small dicts scan)
  void* index;        // int32_t[mask+1] of entry positions, -1 empty, -2 dummy
  DictEntry* entries;
  uint64_t version;   // bumped on every mutation (global caches check it)
};

Dict* dict_new();
inline bool is_dict_exact(Value v) { return v.is_obj() && v.obj()->type == &DictType; }
bool is_dict(Value v);

// Lookups return a borrowed value, or null: with an exception set on error (check vm.exc),
// without one when the key is absent.
Value dict_get(VM& vm, Dict* d, Value key);
Value dict_get_str(Dict* d, Str* key);  // key is an exact str; never raises
Value dict_get_cstr(Dict* d, const char* key);
bool dict_set(VM& vm, Dict* d, Value key, Value value);  // increfs both; false on error
bool dict_set_str(Dict* d, Str* key, Value value);
bool dict_set_cstr(Dict* d, const char* key, Value value);
int dict_del(VM& vm, Dict* d, Value key);  // 1 deleted, 0 missing, -1 error
int dict_del_str(Dict* d, Str* key);
int dict_contains(VM& vm, Dict* d, Value key);
void dict_clear(Dict* d);
Dict* dict_copy(VM& vm, Dict* d);
bool dict_update(VM& vm, Dict* d, Dict* other);
// Iteration: `*pos` starts at 0; returns false at the end.
bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value);

}  // namespace coil
