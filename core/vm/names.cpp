// names.cpp - interns the identifiers listed in names.h once per process.
#include "vm/names.h"

namespace coil {

Names g_names;

void names_init() {
#define COIL_NAME_INIT(field, text) g_names.field = intern(text);
  COIL_NAMES(COIL_NAME_INIT)
#undef COIL_NAME_INIT
}

}  // namespace coil
