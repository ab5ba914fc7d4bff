// singletons.h - None, NotImplemented and Ellipsis, and their types.
#pragma once

#include "objects/type.h"

namespace coil {

extern Type NoneType;
extern Type NotImplementedType;
extern Type EllipsisType;
extern Object* g_none;
extern Object* g_not_implemented;
extern Object* g_ellipsis;

inline Value none() { return Value(g_none); }
inline Value new_none() { incref(g_none); return Value(g_none); }
inline bool is_none(Value v) { return v.obj() == g_none; }
inline Value new_not_implemented() { incref(g_not_implemented); return Value(g_not_implemented); }
inline bool is_not_implemented(Value v) { return v.obj() == g_not_implemented; }

}  // namespace coil
