// bootstrap.cpp - process-wide start-up (builtin types, interned names) and creating an
// interpreter state with its builtins, sys and __main__ modules.
#include "vm/bootstrap.h"

#include "modules/registry.h"
#include "vm/runtime.h"

namespace coil {

void str_core_init();
void ready_all_static_types();

// Every builtin type's init function (objects/*.cpp, vm/*.cpp): keep in dependency-free order;
// type_ready runs after all of them.
void init_object_type();
void init_type_type();
void init_singleton_types();
void init_int_types();
void init_float_type();
void init_complex_type();
void init_str_type();
void init_bytes_type();
void init_bytearray_type();
void init_memoryview_type();
void init_tuple_type();
void init_list_type();
void init_dict_types();
void init_set_types();
void init_range_type();
void init_slice_type();
void init_iterator_types();
void init_mappingproxy_type();
void init_descriptor_types();
void init_function_types();
void init_generator_types();
void init_asyncgen_types();
void init_module_type();
void init_exception_types();
void init_traceback_types();
void init_super_type();
void init_weakref_types();
void init_namespace_type();
void init_structseq_support();
void init_textio_type();
void init_union_type();
void init_generic_alias_type();
void exception_types_ready();

namespace {
bool g_runtime_ready = false;
}

void runtime_init() {
  if (g_runtime_ready) return;
  g_runtime_ready = true;
  str_core_init();
  names_init();
  init_object_type();
  init_type_type();
  init_singleton_types();
  init_int_types();
  init_float_type();
  init_complex_type();
  init_str_type();
  init_bytes_type();
  init_bytearray_type();
  init_memoryview_type();
  init_tuple_type();
  init_list_type();
  init_dict_types();
  init_set_types();
  init_range_type();
  init_slice_type();
  init_iterator_types();
  init_mappingproxy_type();
  init_descriptor_types();
  init_function_types();
  init_generator_types();
  init_asyncgen_types();
  init_module_type();
  init_exception_types();
  init_traceback_types();
  init_super_type();
  init_weakref_types();
  init_namespace_type();
  init_structseq_support();
  init_textio_type();
  init_union_type();
  init_generic_alias_type();
  ready_all_static_types();
  exception_types_ready();
}

VM* vm_create(std::size_t memory_limit, int recursion_limit, const std::vector<std::string>& argv) {
  runtime_init();
  VM* vm = new VM();
  VM* saved = g_vm;
  Heap* saved_heap = g_heap;
  g_vm = vm;
  g_heap = &vm->heap;
  vm->heap.limit = memory_limit;
  vm->recursion_limit = recursion_limit;
  vm->ticks = 1000;
  // the main task
  Task* t = new Task();
  t->id = vm->next_task_id++;
  vm->tasks.push_back(t);
  vm->task = t;
  vm->modules = dict_new();
  List* args = list_new(0);
  for (const std::string& a : argv) {
    Str* s = str_new(a);
    list_append(*vm, args, Value(s));
    decref(s);
  }
  vm->argv = Value(args);
  Module* builtins = create_builtin_module(*vm, find_builtin_module("builtins"));
  vm->builtins_module = builtins;
  vm->builtins = builtins->dict;
  dict_set_str(vm->modules, intern("builtins"), Value(builtins));
  Module* sys = create_builtin_module(*vm, find_builtin_module("sys"));
  vm->sys = sys;
  dict_set_str(vm->modules, intern("sys"), Value(sys));
  Module* main = module_new(intern("__main__"));
  vm->main_module = main;
  dict_set_str(main->dict, g_names.builtins, Value(builtins));
  dict_set_str(vm->modules, intern("__main__"), Value(main));
  g_vm = saved ? saved : vm;
  g_heap = saved_heap == &vm->heap ? saved_heap : (saved ? saved_heap : &vm->heap);
  return vm;
}

}  // namespace coil
