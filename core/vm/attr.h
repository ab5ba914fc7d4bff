// attr.h - attribute access for the LOAD_ATTR/LOAD_METHOD/STORE_ATTR opcodes, with inline caches.
#pragma once

#include "objects/function.h"
#include "vm/vm.h"

namespace coil {

// getattr(obj, name): a new reference, null + error, or pending (a Python getter frame to run).
Value load_attr(VM& vm, Value obj, Str* name, CacheEntry* cache);
// For obj.name(...): when the attribute is a plain function found on the type, returns it
// (new ref) and sets *meth to it so the caller passes obj as self; otherwise like load_attr.
Value load_method(VM& vm, Value obj, Str* name, CacheEntry* cache, Value* meth);
// setattr/delattr (v null): None, null + error, or pending (a Python setter frame to run).
Value store_attr(VM& vm, Value obj, Str* name, Value v, CacheEntry* cache);

// Whether a descriptor found on a type is a data descriptor (has __set__ or __delete__).
bool is_data_descriptor(Value descr);

}  // namespace coil
