// frames.cpp - finding the running Python frame and building its locals() dictionary.
#include "vm/runtime.h"

namespace coil {

PyFrame* current_py_frame(VM& vm) {
  Frame* f = vm.task ? vm.task->top : nullptr;
  while (f && f->kind != FrameKind::Python) f = f->back;
  return static_cast<PyFrame*>(f);
}

// A dict of the fast locals and cells of a function frame (what locals() returns there).
Dict* fast_locals_dict(VM& vm, PyFrame* f) {
  (void)vm;
  Dict* d = dict_new();
  Code* code = f->code;
  for (int32_t i = 0; i < code->nlocalsplus; ++i) {
    Str* name = code->localsplusnames->items[i].as<Str>();
    if (name->size && name->data[0] == '$') continue;  // hidden temporaries
    Value v = f->slots[i];
    uint8_t kind = code->localspluskinds[i];
    if (v && (kind & (kCell | kFree)) && type_of(v) == &CellType) v = v.as<Cell>()->contents;
    if ((kind & kFree) && !(code->flags & kCoOptimized)) continue;  // class bodies don't show free vars
    if (v) dict_set_str(d, name, v);
  }
  return d;
}

// locals(): the mapping of module/class bodies, or a snapshot dict for functions.
Value current_locals(VM& vm) {
  PyFrame* f = current_py_frame(vm);
  if (!f) return Value(dict_new());
  if (f->locals) return newref(f->locals);
  return Value(fast_locals_dict(vm, f));
}

}  // namespace coil
