// pylib.cpp - lookup of modules written in Python and embedded into the binary (core/pylib).
#include <cstring>

#include "modules/registry.h"

namespace coil {

namespace {
struct PylibModule {
  const char* name;
  bool is_package;
  const char* source;
};
const PylibModule kPylibModules[] = {
#include "pylib_modules.inc"
};
}  // namespace

const char* find_pylib_module(std::string_view name, bool* is_package) {
  for (const PylibModule& m : kPylibModules) {
    if (name == m.name) {
      *is_package = m.is_package;
      return m.source;
    }
  }
  *is_package = false;
  return nullptr;
}

}  // namespace coil
