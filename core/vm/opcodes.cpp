// opcodes.cpp - per-opcode tables generated from opcodes.def: names, cache flags, stack effects.
#include "vm/opcodes.h"

namespace coil {

const char* const kOpcodeNames[kOpcodeCount] = {
#define OP(name, cache, effect, doc) #name,
#include "vm/opcodes.def"
#undef OP
};

const uint8_t kOpcodeHasCache[kOpcodeCount] = {
#define OP(name, cache, effect, doc) cache,
#include "vm/opcodes.def"
#undef OP
};

int opcode_stack_effect(int op, int oparg, bool jump) {
  (void)jump;
  switch (op) {
#define OP(name, cache, effect, doc) \
  case name:                         \
    return (effect);
#include "vm/opcodes.def"
#undef OP
    default:
      return 0;
  }
}

}  // namespace coil
