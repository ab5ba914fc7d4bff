// generic_alias.h - types.GenericAlias (`list[int]`) and the __class_getitem__ builtin classes share.
#pragma once

#include "vm/value.h"
#include "vm/vm.h"

namespace coil {

extern Type GenericAliasType;

// GenericAlias(origin, args); args is a tuple or one argument. New reference.
Value generic_alias_new(VM& vm, Value origin, Value args);
// The classmethod list.__class_getitem__ and friends: args[0] is the class, args[1] the subscript.
Value generic_alias_class_getitem(VM& vm, Args a);
bool is_generic_alias(Value v);

}  // namespace coil
