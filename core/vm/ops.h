// ops.h - the abstract object protocol: attribute access, operators, comparison, hashing, iteration.
//
// These plain versions may run Python code (user dunders) in a nested dispatch loop; the VM's
// opcodes and the suspendable natives use the coroutine forms in vm/ops_co.h instead.
#pragma once

#include "vm/errors.h"
#include "vm/vm.h"

namespace coil {

struct Str;

// Attributes
Value get_attr(VM& vm, Value obj, Str* name);              // new ref, or null + error
Value get_attr_opt(VM& vm, Value obj, Str* name);          // null without error if missing
bool set_attr(VM& vm, Value obj, Str* name, Value v);      // v null: delete
bool has_attr(VM& vm, Value obj, Str* name, bool* has);
Value generic_getattr(VM& vm, Value obj, Str* name);       // object.__getattribute__
bool generic_setattr(VM& vm, Value obj, Str* name, Value v);
// Finds `name` along type's MRO (borrowed; null if absent). Uses the global method cache.
Value type_lookup(Type* type, Str* name);
// Looks up a special method on the type and binds it (new ref) or returns null without error.
Value lookup_special(VM& vm, Value obj, Str* name);

// Representation
Value repr(VM& vm, Value v);       // -> str (new ref)
Value str_of(VM& vm, Value v);     // str(v)
Value ascii_of(VM& vm, Value v);
Value format_value(VM& vm, Value v, Value spec);  // format(v, spec); spec is a str

// Hashing and comparison
bool hash_value(VM& vm, Value v, int64_t* out);
Value rich_compare(VM& vm, Value a, Value b, CompareOp op);  // new ref
int rich_compare_bool(VM& vm, Value a, Value b, CompareOp op);  // 1/0/-1; identity shortcut for EQ/NE
int values_equal(VM& vm, Value a, Value b);   // == with the identity shortcut: 1/0/-1
int truthy(VM& vm, Value v);                  // 1/0/-1

// Arithmetic
Value binary_op(VM& vm, Value a, Value b, int op);  // op: BinOp, or kInplace + BinOp
Value unary_op(VM& vm, Value a, UnaryOp op);
Value ternary_pow(VM& vm, Value a, Value b, Value mod);

// Containers
Value get_item(VM& vm, Value container, Value key);
bool set_item(VM& vm, Value container, Value key, Value v);  // v null: delete
int64_t length(VM& vm, Value v);           // -1 on error
int contains(VM& vm, Value container, Value item);  // 1/0/-1
Value get_iter(VM& vm, Value v);
Value iter_next(VM& vm, Value it);         // new ref, Value::iter_done(), or null + error
// __index__: an exact int (new ref) or null + TypeError naming the type
Value number_index(VM& vm, Value v);
// Converts an index-like value to int64 (OverflowError -> IndexError/`err` type if too big).
bool index_to_i64(VM& vm, Value v, int64_t* out, Type* overflow_error);
// Argument converters of builtin functions (CPython's clinic): an integer via __index__, with
// "Python int too large to convert to C ssize_t" / "... to C int" when it does not fit.
bool ssize_arg(VM& vm, Value v, int64_t* out);
bool c_int_arg(VM& vm, Value v, int* out);
// For sequence indexing: "list indices must be integers or slices, not str"
bool sequence_index(VM& vm, Value key, int64_t* out, const char* what);

// Calls (plain: may nest the dispatch loop)
Value call(VM& vm, Value callable, Args args);
Value call0(VM& vm, Value callable);
Value call1(VM& vm, Value callable, Value a);
Value call2(VM& vm, Value callable, Value a, Value b);
Value call3(VM& vm, Value callable, Value a, Value b, Value c);
Value call_method(VM& vm, Value self, Str* name, Args args);  // self.name(*args)
Value call_method0(VM& vm, Value self, Str* name);
Value call_method1(VM& vm, Value self, Str* name, Value a);
bool is_callable(Value v);

// isinstance / issubclass with the __instancecheck__/__subclasscheck__ hooks
int is_instance(VM& vm, Value obj, Value cls);
int is_subclass(VM& vm, Value derived, Value cls);

}  // namespace coil
