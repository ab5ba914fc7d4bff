// boxed.h - instances of classes derived from int, str, tuple or bytes hold a value of the base type.
//
// Those builtin types are variable-sized, so a subclass instance cannot extend their layout;
// instead it is a Boxed object (followed by the subclass's __dict__ pointer and __slots__)
// whose `value` is an exact int/str/tuple/bytes. as_str()/as_tuple()/int_value()/as_bytes()
// return the boxed value for such instances.
#pragma once

#include "objects/type.h"

namespace coil {

struct Boxed : Object {
  Value value;  // an exact instance of the builtin base (a small int for ints that fit)
};

// Allocates an instance of `type` (a heap subclass of a boxed builtin) holding `value` (stolen).
Value boxed_new(VM& vm, Type* type, Value value);

}  // namespace coil
