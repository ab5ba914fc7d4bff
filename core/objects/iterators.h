// iterators.h - builtin iterator types: enumerate, zip, map, filter, reversed, the sequence
// iterator (`iterator`, for objects with only __getitem__) and callable_iterator (iter(f, sentinel)).
#pragma once

#include "objects/type.h"

namespace coil {

extern Type EnumerateType;
extern Type ZipType;
extern Type MapType;
extern Type FilterType;
extern Type ReversedType;
extern Type SeqIterType;       // "iterator"
extern Type CallableIterType;  // "callable_iterator"

// iter(seq) for objects with __getitem__ but no __iter__ (new reference).
Value seq_iter_new(VM& vm, Value seq);
// iter(callable, sentinel) (new reference; raises if callable is not callable).
Value callable_iter_new(VM& vm, Value callable, Value sentinel);

void init_iterator_types();

}  // namespace coil
