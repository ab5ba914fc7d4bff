// mappingproxy.h - the read-only mapping view returned by type.__dict__ (types.MappingProxyType).
#pragma once

#include "objects/type.h"

namespace coil {

extern Type MappingProxyType;

struct MappingProxy : Object {
  Value mapping;
};

// A new read-only proxy of `mapping` (increfs it).
Value make_mappingproxy(VM& vm, Value mapping);

void init_mappingproxy_type();

}  // namespace coil
