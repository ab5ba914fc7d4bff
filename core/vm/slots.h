// slots.h - the bridge between C++ slots and Python dunder methods, in both directions:
// wrapper descriptors expose native slots as methods (int.__add__, object.__init__), and
// heap types get "Python slots" that dispatch to the dunders their classes define.
#pragma once

#include "objects/type.h"

namespace coil {

struct Str;

void add_slot_wrappers(Type* t);   // static types: one wrapper per native slot not in the dict
void add_method_table(Type* t);    // static types: methods, getsets, members into the dict
void type_update_slots(Type* t);   // heap types: recompute every slot from the MRO
void type_update_slot_for(Type* t, Str* name);  // after `cls.<dunder> = ...`

// Python-dispatching slot functions (installed in heap types; they nest the loop if called
// directly; the VM's stackless paths recognise them and push frames instead).
Value slot_repr(VM&, Value);
Value slot_str(VM&, Value);
bool slot_hash(VM&, Value, int64_t*);
Value slot_richcompare(VM&, Value, Value, CompareOp);
Value slot_getattr_hook(VM&, Value, Str*);
bool slot_setattr(VM&, Value, Str*, Value);
Value slot_descr_get(VM&, Value, Value, Value);
bool slot_descr_set(VM&, Value, Value, Value);
Value slot_call(VM&, Value, Args);
Value slot_iter(VM&, Value);
Value slot_next(VM&, Value);
bool slot_init(VM&, Value, Args);
Value slot_new(VM&, Type*, Args);
int slot_truth(VM&, Value);
int64_t slot_len(VM&, Value);
Value slot_getitem(VM&, Value, Value);
bool slot_setitem(VM&, Value, Value, Value);
int slot_contains(VM&, Value, Value);
Value slot_index(VM&, Value);
Value slot_int(VM&, Value);
Value slot_float(VM&, Value);
Value slot_pow3(VM&, Value, Value, Value);
extern Value (*const kSlotBinary[kBinOpCount])(VM&, Value, Value);
extern Value (*const kSlotInplace[kBinOpCount])(VM&, Value, Value);
extern Value (*const kSlotUnary[kUnaryOpCount])(VM&, Value);

// Dunder names of the binary operators: forward, reflected, in-place (indexed by BinOp).
extern Str* const* binop_dunder(int op, int which);  // which: 0 forward, 1 reflected, 2 in-place
Str* binop_name(int op, int which);
const char* binop_symbol(int op);  // "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"
Str* unary_name(UnaryOp op);

// Calls `descr` (found on type(self) under a dunder name) with self prepended.
Value call_special(VM& vm, Value descr, Value self, Value* args, uint32_t n);
// The same without nesting: Python functions become a frame (pending), others run now.
Value call_special_stackless(VM& vm, Value descr, Value self, Value* args, uint32_t n);
// Looks up `name` on type(self) and calls it; null + AttributeError-free null if missing (*found=false).
Value call_dunder(VM& vm, Value self, Str* name, Value* args, uint32_t n, bool* found);

}  // namespace coil
