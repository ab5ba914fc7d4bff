// opcodes.h - the opcode enumeration and per-opcode facts generated from opcodes.def.
#pragma once

#include <cstdint>

namespace coil {

enum Opcode : uint8_t {
#define OP(name, cache, effect, doc) name,
#include "vm/opcodes.def"
#undef OP
  kOpcodeCount
};

extern const char* const kOpcodeNames[kOpcodeCount];
extern const uint8_t kOpcodeHasCache[kOpcodeCount];
int opcode_stack_effect(int op, int oparg, bool jump);

inline uint32_t make_word(Opcode op, uint32_t arg) { return uint32_t(op) | (arg << 8); }
inline Opcode word_op(uint32_t w) { return Opcode(w & 0xff); }
inline uint32_t word_arg(uint32_t w) { return w >> 8; }

}  // namespace coil
