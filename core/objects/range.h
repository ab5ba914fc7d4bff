// range.h - range objects (arbitrary-size int bounds) and their iterators.
#pragma once

#include "objects/type.h"

namespace coil {

extern Type RangeType;
extern Type RangeIterType;      // range_iterator (bounds fit in int64)
extern Type LongRangeIterType;  // longrange_iterator

struct Range : Object {
  Value start;   // exact ints (small or BigInt), owned
  Value stop;
  Value step;    // never zero
  Value length;  // number of items, >= 0
};

inline bool is_range(Value v) { return v.is_obj() && v.obj()->type == &RangeType; }

// range(start, stop, step) from exact ints (step != 0); new reference or null + MemoryError.
Value range_new(VM& vm, Value start, Value stop, Value step);

void init_range_type();

}  // namespace coil
