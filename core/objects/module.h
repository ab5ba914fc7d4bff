// module.h - module objects: a namespace dict with a name.
#pragma once

#include "objects/type.h"

namespace coil {

struct Str;
struct Dict;

extern Type ModuleType;

struct Module : Object {
  Dict* dict;
  const struct ModuleDef* def;  // for builtin modules, else null
};

Module* module_new(Str* name);  // sets __name__, __doc__=None, __package__, __loader__, __spec__ = None

}  // namespace coil
