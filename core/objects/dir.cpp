// dir.cpp - the default __dir__ of objects and of types (what dir() lists before sorting).
#include "vm/runtime.h"

namespace coil {

namespace {

void merge_class_dict(VM& vm, Dict* out, Value cls) {
  Value d = get_attr_opt(vm, cls, g_names.dict);
  if (d && is_dict(d)) dict_update(vm, out, d.as<Dict>());
  else if (d && !is_none(d)) {
    Value keys = call_method0(vm, d, g_names.keys);
    if (keys) {
      for_each_item(vm, keys, [&](Value k) { return dict_set(vm, out, k, none()); });
      decref(keys);
    }
    clear_error(vm);
  }
  decref(d);
  clear_error(vm);
  Value bases = get_attr_opt(vm, cls, intern("__bases__"));
  if (bases && is_tuple(bases)) {
    Tuple* b = as_tuple(bases);
    for (int64_t i = 0; i < b->size; ++i) merge_class_dict(vm, out, b->items[i]);
  }
  decref(bases);
  clear_error(vm);
}

Value keys_list(VM& vm, Dict* d) {
  List* l = list_new(0);
  int64_t pos = 0;
  Value k;
  while (dict_next(d, &pos, &k, nullptr)) list_append(vm, l, k);
  return Value(l);
}

}  // namespace

Value object_dir(VM& vm, Args a) {
  Value self = a[0];
  Dict* out = dict_new();
  Value d = get_attr_opt(vm, self, g_names.dict);
  if (d && is_dict(d)) {
    Dict* copy = dict_copy(vm, d.as<Dict>());
    dict_update(vm, out, copy);
    decref(copy);
  }
  decref(d);
  clear_error(vm);
  Value cls = get_attr_opt(vm, self, g_names.class_);
  if (cls) merge_class_dict(vm, out, cls);
  decref(cls);
  clear_error(vm);
  Value r = keys_list(vm, out);
  decref(out);
  return r;
}

Value type_dir(VM& vm, Args a) {
  Dict* out = dict_new();
  merge_class_dict(vm, out, a[0]);
  Value r = keys_list(vm, out);
  decref(out);
  return r;
}

}  // namespace coil
