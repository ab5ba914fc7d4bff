// bootstrap.h - process start-up and interpreter creation.
#pragma once

#include <string>
#include <vector>

#include "vm/vm.h"

namespace coil {

void runtime_init();  // once per process: builtin types and interned names
VM* vm_create(std::size_t memory_limit, int recursion_limit, const std::vector<std::string>& argv);

}  // namespace coil
