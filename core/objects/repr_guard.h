// repr_guard.h - the "repr in progress" set that turns recursive container reprs into [...] / {...}.
#pragma once

#include "vm/value.h"

namespace coil {

struct VM;

// Returns true if `o` is already being repr'd (the caller prints its "..." form); otherwise
// records it and returns false: the caller must call repr_leave(o) when done.
bool repr_enter(VM& vm, Object* o);
void repr_leave(VM& vm, Object* o);

}  // namespace coil
