// registry.h - the table of builtin modules: each one is a ModuleDef defined in modules/mod_<name>.cpp.
#pragma once

#include <string_view>

#include "objects/module.h"
#include "objects/type.h"

namespace coil {

struct ModuleDef {
  const char* name;
  const MethodDef* methods;        // functions (null-terminated table), may be null
  bool (*init)(VM& vm, Module* m); // adds constants, types, submodule state; may be null
  const char* doc;
};

// The builtin modules (each defined in its modules/mod_<name>.cpp).
extern const ModuleDef kModBuiltins;
extern const ModuleDef kModSys;
extern const ModuleDef kModTime;
extern const ModuleDef kModGc;
extern const ModuleDef kModWeakref;
extern const ModuleDef kModIo;
extern const ModuleDef kModOs;
extern const ModuleDef kModTraceback;
extern const ModuleDef kModMath;
extern const ModuleDef kModAtexit;

// Calls the atexit registrations, newest first (interpreter shutdown, atexit._run_exitfuncs).
void run_atexit_callbacks(VM& vm);

// Builtin modules written in C++; null if `name` is not one.
const ModuleDef* find_builtin_module(std::string_view name);
// Modules written in Python and embedded at build time (core/pylib): the source, or null.
const char* find_pylib_module(std::string_view name, bool* is_package);
// Creates a builtin module object from its definition (runs init). Null + error on failure.
Module* create_builtin_module(VM& vm, const ModuleDef* def);

}  // namespace coil
