// pylib.cpp - lookup of the modules written in Python that are embedded into the binary (core/pylib).
#include <cstring>

#include "modules/registry.h"

namespace coil {

namespace {

struct PylibModule {
  const char* name;
  bool is_package;
  const char* source;
};

// Sorted by name (tools/gen_pylib.py).
const PylibModule kPylibModules[] = {
#include "pylib_modules.inc"
    {nullptr, false, nullptr},
};

}  // namespace

const char* find_pylib_module(std::string_view name, bool* is_package) {
  for (const PylibModule* m = kPylibModules; m->name; ++m) {
    if (name == m->name) {
      *is_package = m->is_package;
      return m->source;
    }
  }
  *is_package = false;
  return nullptr;
}

}  // namespace coil
