// list.h - the list type: a growable array of values.
#pragma once

#include "objects/type.h"

namespace coil {

extern Type ListType;

struct List : Object {
  int64_t size;
  int64_t capacity;
  Value* items;
};

List* list_new(int64_t size = 0);  // items set to None... no: null; fill them
bool list_append(VM& vm, List* l, Value v);  // increfs v
bool list_reserve(VM& vm, List* l, int64_t capacity);
inline bool is_list_exact(Value v) { return v.is_obj() && v.obj()->type == &ListType; }
bool is_list(Value v);
// Sorts in place with optional key values (parallel array); stable; returns false on error.
bool list_sort_values(VM& vm, Value* items, Value* keys, int64_t n, bool reverse);
// list.sort(*, key, reverse) as a coroutine native: a[0] is the list (sorted() uses it too).
Co<Value> list_sort_co(VM& vm, Args a);

}  // namespace coil
