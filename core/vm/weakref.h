// weakref.h - weak references: objects that point at another without owning it.
#pragma once

#include <vector>

#include "objects/type.h"

namespace coil {

extern Type WeakrefType;           // weakref.ref / weakref.ReferenceType
extern Type WeakProxyType;         // weakref.ProxyType
extern Type WeakCallableProxyType; // weakref.CallableProxyType

struct Weakref : Object {
  Object* referent;  // borrowed; null once the referent died
  Value callback;    // owned or null
  int64_t hash;      // -1 until computed
};

bool weakref_supported(Type* t);
// Creates weakref.ref(obj, callback) (reusing an existing callback-less ref like CPython).
Value weakref_new(VM& vm, Type* type, Value obj, Value callback);
// The referent died: clear every weak reference to it and queue their callbacks.
void weakref_clear_all(Object* o);
// For the cycle collector: clears every weak reference to o without calling callbacks and
// appends them to *out, newest first (the callbacks stay on them).
void weakref_detach_all(Object* o, std::vector<Weakref*>* out);
bool is_weakref_object(Object* o);     // a weakref.ref (or subclass) or a proxy
void weakref_forget_referent(Weakref* w);  // w itself is garbage: it stops referring
int64_t weakref_count(Object* o);
Value weakref_list(VM& vm, Object* o);  // list of weakrefs to o
Value weakref_head(Object* o);  // o.__weakref__: the first weak reference to o (CPython's order), or None

}  // namespace coil
