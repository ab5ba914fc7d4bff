// site_builtins.h - installs python3's site builtins (exit, quit, copyright, credits, license, help).
#pragma once

#include "vm/vm.h"

namespace coil {

// Creates sys.modules['_sitebuiltins'] and sets the builtins; false with an exception set on failure.
bool install_site_builtins(VM& vm);

}  // namespace coil
