// tuple.h - the tuple type: an immutable array of values.
#pragma once

#include <initializer_list>

#include "objects/type.h"

namespace coil {

extern Type TupleType;

struct Tuple : Object {
  int64_t size;
  int64_t hash_cache;  // unused (tuples do not cache hashes in CPython either)
  Value items[1];
};

Tuple* tuple_new(int64_t n);  // items are null; fill them (owned references)
Tuple* tuple_of(std::initializer_list<Value> items);  // increfs each item
Tuple* tuple_empty();
Tuple* tuple_from_array(const Value* items, int64_t n);  // increfs
inline bool is_tuple_exact(Value v) { return v.is_obj() && v.obj()->type == &TupleType; }
bool is_tuple(Value v);
Tuple* as_tuple(Value v);  // tuple or subclass payload
inline uint32_t Args::nkw() const { return kwnames ? uint32_t(kwnames->size) : 0; }
inline Str* Args::kwname(uint32_t i) const { return kwnames->items[i].as<Str>(); }

}  // namespace coil
