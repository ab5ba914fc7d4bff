// structseq.h - tuple subclasses with named fields for builtin modules (like CPython's structseq).
#pragma once

#include <initializer_list>
#include <vector>

#include "objects/type.h"

namespace coil {

// A new type (e.g. "sys.version_info") whose instances are tuples with the given field names.
Type* structseq_new_type(const char* qualified_name, const std::vector<const char*>& fields);
// An instance holding `values` (references stolen).
Value structseq_make(VM& vm, Type* t, std::initializer_list<Value> values);

}  // namespace coil
