// run_module.h - python3's -m (and DIR) runner: pushes runpy's _run_module_as_main as the program.
#pragma once

#include <string_view>

#include "vm/vm.h"

namespace coil {

// Pushes, on the running task, the frame that finds module `name` on sys.path and runs it as
// __main__ (set_argv0: sys.argv[0] becomes its file; false with "__main__": python3 DIR).
// False with an exception set if the runner itself could not be set up.
bool push_run_module(VM& vm, std::string_view name, bool set_argv0);

}  // namespace coil
