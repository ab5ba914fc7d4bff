// registry.cpp - the list of builtin modules (one line per module) and their instantiation.
#include "modules/registry.h"

#include <cstring>

#include "vm/runtime.h"

namespace coil {


namespace {
const ModuleDef* const kBuiltinModules[] = {
    &kModBuiltins,
    &kModSys,
    &kModTime,
    &kModGc,
    &kModWeakref,
    &kModIo,
    &kModOs,
    &kModTraceback,
    &kModMath,
    &kModAtexit,
};
}  // namespace

const ModuleDef* find_builtin_module(std::string_view name) {
  for (const ModuleDef* d : kBuiltinModules)
    if (name == d->name) return d;
  return nullptr;
}

Module* create_builtin_module(VM& vm, const ModuleDef* def) {
  Module* m = module_new(intern(def->name));
  m->def = def;
  if (def->doc) {
    Str* doc = str_from_cstr(def->doc);
    dict_set_str(m->dict, g_names.doc, Value(doc));
    decref(doc);
  }
  if (def->methods) {
    for (const MethodDef* md = def->methods; md->name; ++md) {
      BuiltinFunction* f = builtin_function_new(md, Value(m), Value(intern(def->name)), false);
      dict_set_str(m->dict, intern(md->name), Value(f));
      decref(f);
    }
  }
  if (def->init && !def->init(vm, m)) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace coil
