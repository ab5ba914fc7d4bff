// frames.h - the running Python frame and locals() (vm/frames.cpp).
#pragma once

#include "vm/frame.h"
#include "vm/vm.h"

namespace coil {

PyFrame* current_py_frame(VM& vm);           // the innermost Python frame of the running task
Dict* fast_locals_dict(VM& vm, PyFrame* f);  // new dict of a function frame's locals and cells
Value current_locals(VM& vm);                // locals() of the running frame (new ref)

}  // namespace coil
