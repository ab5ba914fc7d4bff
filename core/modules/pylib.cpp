// pylib.cpp - lookup of modules written in Python and embedded into the binary (core/pylib).
#include <cstring>

#include "modules/registry.h"

namespace coil {

// The generated table (core/pylib/*.py compiled into an include file by the build) is not there
// yet: no embedded modules.
const char* find_pylib_module(std::string_view name, bool* is_package) {
  (void)name;
  *is_package = false;
  return nullptr;
}

}  // namespace coil
