// unhashable.h - marks a builtin type comparable-but-unhashable the way CPython's type_ready does.
#pragma once

#include "objects/dict.h"
#include "objects/singletons.h"
#include "objects/str.h"

namespace coil {

// Puts `__hash__ = None` in the type's dict (created here if type_ready has not run yet), so that
// hash() fails and heap subclasses, whose slots come from their MRO, stay unhashable too.
inline void mark_unhashable(Type* t) {
  if (!t->dict) t->dict = dict_new();
  dict_set_str(t->dict, intern("__hash__"), none());
}

}  // namespace coil
