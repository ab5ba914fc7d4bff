// disassemble.cpp - a dis.dis-like listing of compiled code, for developers (coil --dis).
#include <cstdio>

#include "coil/debug.h"
#include "compiler/compile.h"
#include "vm/bootstrap.h"
#include "vm/opcodes.h"
#include "vm/runtime.h"

namespace coil::debug {

namespace {

void dis_code(VM& vm, Code* code, std::string* out) {
  char buf[256];
  std::snprintf(buf, sizeof buf, "Disassembly of <code %s> (locals+ %d, stack %d, flags 0x%x):\n", code->qualname->data,
                code->nlocalsplus, code->stacksize, code->flags);
  *out += buf;
  for (uint32_t i = 0; i < code->nwords; ++i) {
    uint32_t w = code->words[i];
    Opcode op = word_op(w);
    uint32_t arg = word_arg(w);
    std::string extra;
    if (op == LOAD_CONST || op == KW_NAMES) {
      Value r = repr(vm, code->consts->items[arg]);
      if (r) {
        extra = as_str(r)->data;
        decref(r);
      } else {
        clear_error(vm);
      }
    } else if (op == LOAD_NAME || op == STORE_NAME || op == DELETE_NAME || op == LOAD_ATTR || op == STORE_ATTR ||
               op == LOAD_METHOD || op == DELETE_ATTR || op == STORE_GLOBAL || op == IMPORT_NAME ||
               op == IMPORT_FROM || op == DELETE_GLOBAL) {
      extra = code->names->items[arg].as<Str>()->data;
    } else if (op == LOAD_GLOBAL) {
      extra = code->names->items[arg >> 1].as<Str>()->data;
    } else if (op == LOAD_FAST || op == STORE_FAST || op == DELETE_FAST || op == LOAD_DEREF || op == STORE_DEREF ||
               op == LOAD_CLOSURE || op == MAKE_CELL || op == LOAD_CLASSDEREF || op == DELETE_DEREF) {
      if (arg < uint32_t(code->nlocalsplus)) extra = code->localsplusnames->items[arg].as<Str>()->data;
    }
    std::snprintf(buf, sizeof buf, "%4d %5u %-26s %6u %s\n", code->positions[i].line, i, kOpcodeNames[op], arg,
                  extra.c_str());
    *out += buf;
    if (kOpcodeHasCache[op]) ++i;
  }
  for (uint32_t k = 0; k < code->nexc; ++k) {
    const ExceptionTableEntry& e = code->exctable[k];
    std::snprintf(buf, sizeof buf, "  exc [%u, %u) -> %u depth %u%s\n", e.start, e.end, e.target, e.depth,
                  e.lasti ? " lasti" : "");
    *out += buf;
  }
  for (int64_t i = 0; i < code->consts->size; ++i) {
    Value c = code->consts->items[i];
    if (type_of(c) == &CodeType) {
      *out += "\n";
      dis_code(vm, c.as<Code>(), out);
    }
  }
}

}  // namespace

std::string disassemble(std::string_view source, std::string_view filename) {
  VM* vm = vm_create(std::size_t(1) << 30, 1000, {""});
  VM* saved = g_vm;
  Heap* saved_heap = g_heap;
  g_vm = vm;
  g_heap = &vm->heap;
  std::string out;
  SyntaxErrorInfo err;
  Code* code = compile_source(*vm, source, filename, CompileMode::File, &err);
  if (!code) {
    out = err.type + ": " + err.msg + "\n";
  } else {
    dis_code(*vm, code, &out);
    decref(code);
  }
  g_vm = saved;
  g_heap = saved_heap;
  return out;
}

}  // namespace coil::debug
