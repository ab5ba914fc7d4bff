// instance.h - the layout of instances of classes defined in Python (heap types based on object).
#pragma once

#include "objects/type.h"

namespace coil {

struct Dict;

extern Type ObjectType;
extern Type TypeType;

// Instances of a heap type whose solid base is `object`. dict_offset/slots_offset in the type
// say where the __dict__ pointer and the __slots__ values are (subclasses of builtin types put
// them after the builtin layout instead).
struct Instance : Object {
  Dict* dict;
  Value slots[1];
};

inline Dict** instance_dict_ptr(Object* o) {
  int32_t off = o->type->dict_offset;
  return off ? reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + off) : nullptr;
}
inline Value* instance_slots(Object* o) {
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + o->type->slots_offset);
}

bool is_type(Value v);  // a type object (type or a metaclass instance)
bool is_subtype(Type* a, Type* b);  // a is b or a subclass of b (by MRO)

}  // namespace coil
