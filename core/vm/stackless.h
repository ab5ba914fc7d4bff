// stackless.h - the operations opcodes use that may need to run Python code: instead of nesting
// the dispatch loop they return Value::pending() and leave a frame in vm.pending_frame (a Python
// frame to run, or a NativeFrame running a coroutine). Otherwise they return a new reference or
// null with an exception set.
#pragma once

#include "vm/vm.h"

namespace coil {

struct Cell;
struct Code;
struct Function;
struct Generator;
struct List;
struct Set;
struct Str;

// Calls
Value call_stackless(VM& vm, Value callable, Value self, Args args);  // self null: no self
Value call_ex_stackless(VM& vm, Value callable, Value args_tuple, Value kwargs);
Function* function_new(VM& vm, Code* code, Dict* globals, Dict* builtins);

// Operators and containers
Value unary_op_stackless(VM& vm, Value v, UnaryOp op);
Value binary_op_stackless(VM& vm, Value a, Value b, int op);
Value compare_stackless(VM& vm, Value a, Value b, CompareOp op);
Value get_item_stackless(VM& vm, Value container, Value key);
Value set_item_stackless(VM& vm, Value container, Value key, Value v);  // v null: delete; returns None
Value get_iter_stackless(VM& vm, Value v);
Value for_iter_next(VM& vm, Value it);  // also Value::iter_done()

// Generators, coroutines, async
Value send_stackless(VM& vm, Value receiver, Value v);  // iter_done(): returned (take_send_return)
Value take_send_return();
Value get_awaitable(VM& vm, Value v, int where);
Value get_aiter(VM& vm, Value v);
Value get_anext(VM& vm, Value v);
Value before_async_with(VM& vm, Value mgr, Value* exit_out);
Value async_gen_wrap(Value v);  // steals v
void convert_stop_iteration(VM& vm, Generator* gen);  // PEP 479 on a generator's escaping exception

// with statements
Value before_with(VM& vm, Value mgr, Value* exit_out);  // may be pending (Python __enter__)
Value with_exit_call(VM& vm, Value exit_fn, Value exc);  // exit(type, exc, tb); may be pending

// Exceptions
Value current_handled_exception(VM& vm);  // borrowed, or null
bool check_except_type_valid(VM& vm, Value type);
bool exception_group_match(VM& vm, Value eg, Value type, Value* match, Value* rest);
Value prep_reraise_star(VM& vm, Value orig, Value excs);
void set_name_error_name(VM& vm, Str* name);

// Names in module/class bodies (the locals mapping may be any mapping)
Value mapping_lookup_name(VM& vm, Value mapping, Str* name);  // new ref, or null (error if vm.exc)
bool mapping_store_name(VM& vm, Value mapping, Str* name, Value v);
int mapping_delete_name(VM& vm, Value mapping, Str* name);    // 1, 0 missing, -1 error

// Containers built by opcodes
Value slice_new(Value start, Value stop, Value step);  // increfs
bool list_extend(VM& vm, List* l, Value iterable, bool star_unpack);
bool set_update(VM& vm, Set* s, Value iterable);
bool dict_update_from_mapping(VM& vm, Dict* d, Value other, bool merge, Value callable);
// Unpacks into out[0..]: `before` items, then (if after >= 0) a list, then `after` items;
// out is filled in reverse order (first item on top of the stack).
bool unpack_iterable(VM& vm, Value seq, int before, int after, Value* out);

// Imports, annotations, REPL, match
struct PyFrame;
Value import_name(VM& vm, PyFrame* f, Str* name, Value fromlist, Value level);
Value import_from(VM& vm, Value module, Str* name);
bool import_star(VM& vm, PyFrame* f, Value module);
bool setup_annotations(VM& vm, PyFrame* f);
bool display_hook(VM& vm, Value v);
Value match_keys(VM& vm, Value subject, Value keys);
Value match_class(VM& vm, Value subject, Value cls, int npos, Tuple* kwnames);

// Frames of blocking builtins
int wait_frame_poll(VM& vm, WaitFrame* wf);   // 1 done, 0 waiting, -1 error
int wait_frame_block(VM& vm, WaitFrame* wf);  // inside a nested run: wait for real (or raise)
void wait_frame_free(VM& vm, WaitFrame* wf);

}  // namespace coil
