// module.cpp - module objects: attribute access through the module dict, repr, __dict__, __dir__.
#include "objects/module.h"

#include "vm/runtime.h"
#include "vm/weakref.h"

namespace coil {

Type ModuleType;

Module* module_new(Str* name) {
  Module* m = reinterpret_cast<Module*>(object_alloc(&ModuleType, sizeof(Module)));
  m->dict = dict_new();
  dict_set_str(m->dict, g_names.name, Value(name));
  dict_set_str(m->dict, g_names.doc, none());
  dict_set_str(m->dict, g_names.package, none());
  dict_set_str(m->dict, g_names.loader, none());
  dict_set_str(m->dict, g_names.spec, none());
  gc_track(m);
  return m;
}

namespace {

std::string module_name_of(Module* m) {
  Value n = dict_get_str(m->dict, g_names.name);
  if (n && is_str(n)) return as_str(n)->data;
  return "?";
}

void module_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  if (o->gc_index & Object::kWeakrefBit) weakref_clear_all(o);
  Module* m = static_cast<Module*>(o);
  xdecref(m->dict);
  generic_dealloc(o);
}

void module_traverse(Object* o, VisitFn visit, void* arg) {
  Module* m = static_cast<Module*>(o);
  if (m->dict) visit(m->dict, arg);
}

void module_clear(Object* o) {
  Module* m = static_cast<Module*>(o);
  if (m->dict) dict_clear(m->dict);
}

Value module_repr(VM& vm, Value self) {
  Module* m = self.as<Module>();
  std::string name = module_name_of(m);
  Value file = dict_get_str(m->dict, g_names.file);
  if (file && is_str(file)) return Value(str_new("<module '" + name + "' from '" + as_str(file)->data + "'>"));
  (void)vm;
  if (m->def) return Value(str_new("<module '" + name + "' (built-in)>"));
  return Value(str_new("<module '" + name + "'>"));
}

}  // namespace

Value module_getattro(VM& vm, Value self, Str* name) {
  Module* m = self.as<Module>();
  // data descriptors on the type first (__dict__, __class__), then the module dict
  Value descr = type_lookup(type_of(self), name);
  if (descr && type_of(descr)->descr_set) return generic_getattr(vm, self, name);
  Value v = dict_get_str(m->dict, name);
  if (v) return newref(v);
  if (descr) return generic_getattr(vm, self, name);
  // module-level __getattr__ (PEP 562)
  Value getattr = dict_get_str(m->dict, g_names.getattr);
  if (getattr) return call1(vm, getattr, Value(name));
  std::string mname = module_name_of(m);
  Value r = raisef(vm, &AttributeErrorType, "module '%s' has no attribute '%s'", mname.c_str(), name->data);
  set_attribute_error_context(vm, self, name);
  return r;
}

namespace {

bool module_setattro(VM& vm, Value self, Str* name, Value v) {
  Module* m = self.as<Module>();
  Value descr = type_lookup(type_of(self), name);
  if (descr && type_of(descr)->descr_set) return generic_setattr(vm, self, name, v);
  Str* key = intern(name->view());
  if (v) {
    if (!dict_set_str(m->dict, key, v)) {
      raise_memory_error(vm);
      return false;
    }
    return true;
  }
  if (!dict_del_str(m->dict, key)) {
    std::string mname = module_name_of(m);
    raisef(vm, &AttributeErrorType, "module '%s' has no attribute '%s'", mname.c_str(), name->data);
    return false;
  }
  return true;
}

Value module_get_dict(VM&, Value self) { return newref(Value(self.as<Module>()->dict)); }

Value module_new_fn(VM& vm, Type* type, Args a) {
  Value out[2];
  if (!parse_args(vm, a, "module", "name,|doc", out)) return Value();
  if (!is_str(out[0])) return raisef(vm, &TypeErrorType, "module.__init__() argument 'name' must be str, not %s", tname(out[0]));
  Module* m = module_new(as_str(out[0]));
  if (out[1]) dict_set_str(m->dict, g_names.doc, out[1]);
  if (type != &ModuleType) {
    // subclasses keep the same layout
    incref(type);
    Type* old = m->type;
    m->type = type;
    decref(old);
  }
  return Value(m);
}

bool module_init(VM&, Value, Args) { return true; }

Value module_dir(VM& vm, Args a) {
  Module* m = a[0].as<Module>();
  Value d = dict_get_str(m->dict, intern("__dir__"));
  if (d) return call0(vm, d);
  List* l = list_new(0);
  int64_t pos = 0;
  Value k;
  while (dict_next(m->dict, &pos, &k, nullptr)) list_append(vm, l, k);
  return Value(l);
}

const GetSetDef kModuleGetSets[] = {{"__dict__", module_get_dict, nullptr, nullptr},
                                    {nullptr, nullptr, nullptr, nullptr}};
const MethodDef kModuleMethods[] = {{"__dir__", module_dir, kMethPlain, nullptr, nullptr},
                                    {nullptr, nullptr, 0, nullptr, nullptr}};

}  // namespace

void init_module_type() {
  Type* t = &ModuleType;
  static_type_init(t, "module", sizeof(Module), &ObjectType, kTypeBaseType | kTypeHasGC | kTypeHasWeakrefs);
  t->cdoc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.";
  t->dealloc = module_dealloc;
  t->traverse = module_traverse;
  t->clear = module_clear;
  t->repr = module_repr;
  t->getattr = module_getattro;
  t->setattr = module_setattro;
  t->new_ = module_new_fn;
  t->init = module_init;
  t->getsets = kModuleGetSets;
  t->methods = kModuleMethods;
  t->dict_offset = offsetof(Module, dict);
}

}  // namespace coil
