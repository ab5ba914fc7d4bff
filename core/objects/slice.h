// slice.h - slice objects and the index arithmetic every sequence uses for a[i:j:k].
#pragma once

#include "objects/type.h"

namespace coil {

extern Type SliceType;

struct Slice : Object {
  Value start;  // never null: None when omitted
  Value stop;
  Value step;
};

inline bool is_slice(Value v) { return v.is_obj() && v.obj()->type == &SliceType; }

// A new slice (increfs the three values; a null argument means None).
Value slice_new(Value start, Value stop, Value step);

// CPython's PySlice_Unpack: the raw start/stop/step (None -> defaults, clamped to int64, errors:
// "slice indices must be integers or None or have an __index__ method", "slice step cannot be zero").
bool slice_unpack_raw(VM& vm, Value slice, int64_t* start, int64_t* stop, int64_t* step);
// CPython's PySlice_AdjustIndices: clips start/stop to a sequence of `length`, returns the item count.
int64_t slice_adjust_indices(int64_t length, int64_t* start, int64_t* stop, int64_t step);
// Both in one: PySlice_GetIndicesEx.
bool slice_unpack(VM& vm, Value slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step,
                  int64_t* slicelength);
// For lengths of any size (range, slice.indices): start/stop/step as new int references.
bool slice_long_indices(VM& vm, Value slice, Value length, Value* start, Value* stop, Value* step);

void init_slice_type();

}  // namespace coil
