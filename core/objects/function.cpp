// function.cpp - Python functions, bound methods, cells and code objects as Python-visible types.
#include <cinttypes>
#include <cstdio>

#include "vm/call.h"
#include "vm/runtime.h"
#include "vm/weakref.h"
#include "vm/stackless.h"

namespace coil {

Type FunctionType, MethodType, CellType, CodeType;

// -------------------------------------------------------------------------- function

Function* function_new(VM& vm, Code* code, Dict* globals, Dict* builtins) {
  (void)vm;
  Function* f = reinterpret_cast<Function*>(object_alloc(&FunctionType, sizeof(Function)));
  f->code = newref(code);
  f->globals = newref(globals);
  f->builtins = newref(builtins);
  f->name = newref(code->name);
  f->qualname = newref(code->qualname);
  Value mod = dict_get_str(globals, g_names.name);
  f->module = mod ? newref(mod) : new_none();
  f->doc = newref(code->docstring ? code->docstring : none());
  static uint32_t version = 1;
  f->version = version++;
  gc_track(f);
  return f;
}

namespace {

void function_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  Function* f = static_cast<Function*>(o);
  if (o->gc_index & Object::kWeakrefBit) weakref_clear_all(o);
  decref(f->code);
  decref(f->globals);
  decref(f->builtins);
  decref(f->name);
  decref(f->qualname);
  decref(f->module);
  xdecref(f->defaults);
  xdecref(f->kwdefaults);
  xdecref(f->closure);
  decref(f->doc);
  xdecref(f->dict);
  decref(f->annotations);
  generic_dealloc(o);
}

void function_traverse(Object* o, VisitFn visit, void* arg) {
  Function* f = static_cast<Function*>(o);
  visit(f->code, arg);
  visit(f->globals, arg);
  if (f->defaults) visit(f->defaults, arg);
  if (f->kwdefaults) visit(f->kwdefaults, arg);
  if (f->closure) visit(f->closure, arg);
  if (f->dict) visit(f->dict, arg);
  if (f->module.is_obj()) visit(f->module.obj(), arg);
  if (f->doc.is_obj()) visit(f->doc.obj(), arg);
  if (f->annotations.is_obj()) visit(f->annotations.obj(), arg);
}

void function_clear(Object* o) {
  Function* f = static_cast<Function*>(o);
  auto drop = [](auto*& p) {
    auto* old = p;
    p = nullptr;
    xdecref(old);
  };
  drop(f->defaults);
  drop(f->kwdefaults);
  drop(f->closure);
  drop(f->dict);
  Value a = f->annotations;
  f->annotations = Value();
  decref(a);
  Value d = f->doc;
  f->doc = new_none();
  decref(d);
  Value m = f->module;
  f->module = new_none();
  decref(m);
}

Value function_call(VM& vm, Value callable, Args a) {
  CallPrep p = prepare_call(vm, callable, Value(), a);
  if (!p.frame) return p.result;
  return run_nested(vm, p.frame);
}

Value function_get(VM&, Value self, Value obj, Value type) {
  (void)type;
  if (!obj) return newref(self);
  return Value(method_new(self, obj));
}

Value function_repr(VM&, Value self) {
  Function* f = self.as<Function>();
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(f));
  return Value(str_new(std::string("<function ") + f->qualname->data + buf));
}

Value fn_get_name(VM&, Value self) { return newref(Value(self.as<Function>()->name)); }
bool fn_set_name(VM& vm, Value self, Value v) {
  if (!v || !is_str(v)) {
    raise(vm, &TypeErrorType, "__name__ must be set to a string object");
    return false;
  }
  Function* f = self.as<Function>();
  Str* old = f->name;
  f->name = newref(as_str(v));
  decref(old);
  return true;
}
Value fn_get_qualname(VM&, Value self) { return newref(Value(self.as<Function>()->qualname)); }
bool fn_set_qualname(VM& vm, Value self, Value v) {
  if (!v || !is_str(v)) {
    raise(vm, &TypeErrorType, "__qualname__ must be set to a string object");
    return false;
  }
  Function* f = self.as<Function>();
  Str* old = f->qualname;
  f->qualname = newref(as_str(v));
  decref(old);
  return true;
}
Value fn_get_defaults(VM&, Value self) {
  Tuple* d = self.as<Function>()->defaults;
  return d ? newref(Value(d)) : new_none();
}
bool fn_set_defaults(VM& vm, Value self, Value v) {
  Function* f = self.as<Function>();
  if (v && !is_none(v) && !is_tuple(v)) {
    raise(vm, &TypeErrorType, "__defaults__ must be set to a tuple object");
    return false;
  }
  Tuple* old = f->defaults;
  f->defaults = (v && !is_none(v)) ? newref(as_tuple(v)) : nullptr;
  xdecref(old);
  return true;
}
Value fn_get_kwdefaults(VM&, Value self) {
  Dict* d = self.as<Function>()->kwdefaults;
  return d ? newref(Value(d)) : new_none();
}
bool fn_set_kwdefaults(VM& vm, Value self, Value v) {
  Function* f = self.as<Function>();
  if (v && !is_none(v) && !is_dict(v)) {
    raise(vm, &TypeErrorType, "__kwdefaults__ must be set to a dict object");
    return false;
  }
  Dict* old = f->kwdefaults;
  f->kwdefaults = (v && !is_none(v)) ? newref(v.as<Dict>()) : nullptr;
  xdecref(old);
  return true;
}
Value fn_get_closure(VM&, Value self) {
  Tuple* c = self.as<Function>()->closure;
  return c ? newref(Value(c)) : new_none();
}
Value fn_get_code(VM&, Value self) { return newref(Value(self.as<Function>()->code)); }
bool fn_set_code(VM& vm, Value self, Value v) {
  if (!v || type_of(v) != &CodeType) {
    raise(vm, &TypeErrorType, "__code__ must be set to a code object");
    return false;
  }
  Function* f = self.as<Function>();
  Code* old = f->code;
  f->code = newref(v.as<Code>());
  decref(old);
  return true;
}
Value fn_get_globals(VM&, Value self) { return newref(Value(self.as<Function>()->globals)); }
Value fn_get_builtins(VM&, Value self) { return newref(Value(self.as<Function>()->builtins)); }
Value fn_get_doc(VM&, Value self) { return newref(self.as<Function>()->doc); }
bool fn_set_doc(VM&, Value self, Value v) {
  Function* f = self.as<Function>();
  Value old = f->doc;
  f->doc = v ? newref(v) : new_none();
  decref(old);
  return true;
}
Value fn_get_module(VM&, Value self) { return newref(self.as<Function>()->module); }
bool fn_set_module(VM&, Value self, Value v) {
  Function* f = self.as<Function>();
  Value old = f->module;
  f->module = v ? newref(v) : new_none();
  decref(old);
  return true;
}
Value fn_get_annotations(VM&, Value self) {
  Function* f = self.as<Function>();
  if (!f->annotations) f->annotations = Value(dict_new());
  else if (is_tuple(f->annotations)) {
    // compiled as a flat tuple (name, value, name, value, ...)
    Tuple* t = as_tuple(f->annotations);
    Dict* d = dict_new();
    for (int64_t i = 0; i + 1 < t->size; i += 2) dict_set_str(d, as_str(t->items[i]), t->items[i + 1]);
    Value old = f->annotations;
    f->annotations = Value(d);
    decref(old);
  }
  return newref(f->annotations);
}
bool fn_set_annotations(VM& vm, Value self, Value v) {
  Function* f = self.as<Function>();
  if (v && !is_none(v) && !is_dict(v)) {
    raise(vm, &TypeErrorType, "__annotations__ must be set to a dict object");
    return false;
  }
  Value old = f->annotations;
  f->annotations = (v && !is_none(v)) ? newref(v) : Value();
  decref(old);
  return true;
}
Value fn_get_dict(VM&, Value self) {
  Function* f = self.as<Function>();
  if (!f->dict) f->dict = dict_new();
  return newref(Value(f->dict));
}
bool fn_set_dict(VM& vm, Value self, Value v) {
  if (!v || !is_dict(v)) {
    raise(vm, &TypeErrorType, "__dict__ must be set to a dictionary, not a 'NoneType'");
    return false;
  }
  Function* f = self.as<Function>();
  Dict* old = f->dict;
  f->dict = newref(v.as<Dict>());
  xdecref(old);
  return true;
}

const GetSetDef kFunctionGetSets[] = {
    {"__name__", fn_get_name, fn_set_name, nullptr},
    {"__qualname__", fn_get_qualname, fn_set_qualname, nullptr},
    {"__defaults__", fn_get_defaults, fn_set_defaults, nullptr},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults, nullptr},
    {"__closure__", fn_get_closure, nullptr, nullptr},
    {"__code__", fn_get_code, fn_set_code, nullptr},
    {"__globals__", fn_get_globals, nullptr, nullptr},
    {"__builtins__", fn_get_builtins, nullptr, nullptr},
    {"__doc__", fn_get_doc, fn_set_doc, nullptr},
    {"__module__", fn_get_module, fn_set_module, nullptr},
    {"__annotations__", fn_get_annotations, fn_set_annotations, nullptr},
    {"__dict__", fn_get_dict, fn_set_dict, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// -------------------------------------------------------------------------- bound method

void method_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  Method* m = static_cast<Method*>(o);
  decref(m->func);
  decref(m->self);
  generic_dealloc(o);
}
void method_traverse(Object* o, VisitFn visit, void* arg) {
  Method* m = static_cast<Method*>(o);
  if (m->func.is_obj()) visit(m->func.obj(), arg);
  if (m->self.is_obj()) visit(m->self.obj(), arg);
}
Value method_call(VM& vm, Value callable, Args a) {
  Method* m = callable.as<Method>();
  uint32_t total = a.n + a.nkw();
  Value buf[8];
  Value* all = total + 1 <= 8 ? buf : new Value[total + 1];
  all[0] = m->self;
  for (uint32_t i = 0; i < total; ++i) all[i + 1] = a.v[i];
  Value r = call(vm, m->func, Args{all, a.n + 1, a.kwnames});
  if (all != buf) delete[] all;
  return r;
}
Value method_repr(VM& vm, Value self) {
  Method* m = self.as<Method>();
  Value name = get_attr_opt(vm, m->func, g_names.qualname);
  if (!name) {
    clear_error(vm);
    name = get_attr_opt(vm, m->func, g_names.name);
    if (!name) clear_error(vm);
  }
  std::string n = name && is_str(name) ? as_str(name)->data : "?";
  decref(name);
  Value r = repr(vm, m->self);
  if (!r) return Value();
  std::string s = "<bound method " + n + " of " + as_str(r)->data + ">";
  decref(r);
  return Value(str_new(s));
}
Value method_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if ((op != kEQ && op != kNE) || type_of(b) != &MethodType) return new_not_implemented();
  Method* x = a.as<Method>();
  Method* y = b.as<Method>();
  int eq = values_equal(vm, x->func, y->func);
  if (eq < 0) return Value();
  bool r = eq && x->self == y->self;
  return new_bool(op == kEQ ? r : !r);
}
bool method_hash(VM& vm, Value self, int64_t* out) {
  Method* m = self.as<Method>();
  int64_t a, b;
  if (!hash_value(vm, m->func, &a)) return false;
  uint64_t p = uint64_t(reinterpret_cast<uintptr_t>(m->self.obj()));
  b = int64_t((p >> 4) | (p << 60));
  *out = a ^ b;
  if (*out == -1) *out = -2;
  return true;
}
Value method_getattr(VM& vm, Value self, Str* name) {
  // Attributes not found on the method object come from the function (e.g. __name__, __doc__).
  Value r = generic_getattr(vm, self, name);
  if (r || !error_matches(vm, &AttributeErrorType)) return r;
  clear_error(vm);
  return get_attr(vm, self.as<Method>()->func, name);
}
Value method_get_func(VM&, Value self) { return newref(self.as<Method>()->func); }
Value method_get_self(VM&, Value self) { return newref(self.as<Method>()->self); }
Value method_get_doc(VM& vm, Value self) { return get_attr(vm, self.as<Method>()->func, g_names.doc); }
const GetSetDef kMethodGetSets[] = {
    {"__func__", method_get_func, nullptr, nullptr},
    {"__self__", method_get_self, nullptr, nullptr},
    {"__doc__", method_get_doc, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// -------------------------------------------------------------------------- cell

void cell_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  decref(static_cast<Cell*>(o)->contents);
  generic_dealloc(o);
}
void cell_traverse(Object* o, VisitFn visit, void* arg) {
  Value v = static_cast<Cell*>(o)->contents;
  if (v.is_obj()) visit(v.obj(), arg);
}
void cell_clear(Object* o) {
  Cell* c = static_cast<Cell*>(o);
  Value v = c->contents;
  c->contents = Value();
  decref(v);
}
Value cell_get_contents(VM& vm, Value self) {
  Value v = self.as<Cell>()->contents;
  if (!v) return raise(vm, &ValueErrorType, "Cell is empty");
  return newref(v);
}
bool cell_set_contents(VM&, Value self, Value v) {
  Cell* c = self.as<Cell>();
  Value old = c->contents;
  c->contents = v ? newref(v) : Value();
  decref(old);
  return true;
}
const GetSetDef kCellGetSets[] = {{"cell_contents", cell_get_contents, cell_set_contents, nullptr},
                                  {nullptr, nullptr, nullptr, nullptr}};
Value cell_repr(VM&, Value self) {
  Cell* c = self.as<Cell>();
  char buf[128];
  if (!c->contents) {
    std::snprintf(buf, sizeof buf, "<cell at %p: empty>", static_cast<void*>(c));
  } else {
    std::snprintf(buf, sizeof buf, "<cell at %p: %s object at %p>", static_cast<void*>(c), tname(c->contents),
                  static_cast<void*>(c->contents.is_obj() ? c->contents.obj() : nullptr));
  }
  return Value(str_from_cstr(buf));
}

// -------------------------------------------------------------------------- code

void code_dealloc(Object* o) {
  Code* c = static_cast<Code*>(o);
  delete[] c->words;
  delete[] c->positions;
  delete[] c->exctable;
  delete[] c->caches;
  delete[] c->localspluskinds;
  xdecref(c->consts);
  xdecref(c->names);
  xdecref(c->localsplusnames);
  xdecref(c->name);
  xdecref(c->qualname);
  xdecref(c->filename);
  decref(c->docstring);
  generic_dealloc(o);
}
Value code_repr(VM&, Value self) {
  Code* c = self.as<Code>();
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p, file \"", static_cast<void*>(c));
  return Value(str_new(std::string("<code object ") + c->name->data + buf + c->filename->data + "\", line " +
                       std::to_string(c->firstlineno) + ">"));
}
Value code_get_name(VM&, Value self) { return newref(Value(self.as<Code>()->name)); }
Value code_get_qualname(VM&, Value self) { return newref(Value(self.as<Code>()->qualname)); }
Value code_get_filename(VM&, Value self) { return newref(Value(self.as<Code>()->filename)); }
Value code_get_firstlineno(VM&, Value self) { return int_from_i64(self.as<Code>()->firstlineno); }
Value code_get_argcount(VM&, Value self) { return int_from_i64(self.as<Code>()->argcount); }
Value code_get_posonlyargcount(VM&, Value self) { return int_from_i64(self.as<Code>()->posonlyargcount); }
Value code_get_kwonlyargcount(VM&, Value self) { return int_from_i64(self.as<Code>()->kwonlyargcount); }
Value code_get_flags(VM&, Value self) { return int_from_i64(self.as<Code>()->flags); }
Value code_get_nlocals(VM&, Value self) { return int_from_i64(self.as<Code>()->nlocals); }
Value code_get_consts(VM&, Value self) { return newref(Value(self.as<Code>()->consts)); }
Value code_get_names(VM&, Value self) { return newref(Value(self.as<Code>()->names)); }
Value code_names_of_kind(Code* c, uint8_t want, uint8_t exclude) {
  int64_t n = 0;
  for (int32_t i = 0; i < c->nlocalsplus; ++i)
    if ((c->localspluskinds[i] & want) && !(c->localspluskinds[i] & exclude)) ++n;
  Tuple* t = tuple_new(n);
  int64_t k = 0;
  for (int32_t i = 0; i < c->nlocalsplus; ++i)
    if ((c->localspluskinds[i] & want) && !(c->localspluskinds[i] & exclude))
      t->items[k++] = newref(c->localsplusnames->items[i]);
  return Value(t);
}
Value code_get_varnames(VM&, Value self) { return code_names_of_kind(self.as<Code>(), kLocal, 0); }
Value code_get_cellvars(VM&, Value self) { return code_names_of_kind(self.as<Code>(), kCell, 0); }
Value code_get_freevars(VM&, Value self) { return code_names_of_kind(self.as<Code>(), kFree, 0); }
Value code_get_stacksize(VM&, Value self) { return int_from_i64(self.as<Code>()->stacksize); }
Value code_get_code(VM&, Value self) {
  Code* c = self.as<Code>();
  // An approximation for introspection: the instruction words as little-endian bytes.
  Str* s = str_alloc(0);
  (void)c;
  return Value(str_finish(s));
}
const GetSetDef kCodeGetSets[] = {
    {"co_name", code_get_name, nullptr, nullptr},
    {"co_qualname", code_get_qualname, nullptr, nullptr},
    {"co_filename", code_get_filename, nullptr, nullptr},
    {"co_firstlineno", code_get_firstlineno, nullptr, nullptr},
    {"co_argcount", code_get_argcount, nullptr, nullptr},
    {"co_posonlyargcount", code_get_posonlyargcount, nullptr, nullptr},
    {"co_kwonlyargcount", code_get_kwonlyargcount, nullptr, nullptr},
    {"co_flags", code_get_flags, nullptr, nullptr},
    {"co_nlocals", code_get_nlocals, nullptr, nullptr},
    {"co_consts", code_get_consts, nullptr, nullptr},
    {"co_names", code_get_names, nullptr, nullptr},
    {"co_varnames", code_get_varnames, nullptr, nullptr},
    {"co_cellvars", code_get_cellvars, nullptr, nullptr},
    {"co_freevars", code_get_freevars, nullptr, nullptr},
    {"co_stacksize", code_get_stacksize, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// method(function, instance) (types.MethodType)
Value method_tp_new(VM& vm, Type*, Args a) {
  if (a.nkw()) return raise(vm, &TypeErrorType, "method() takes no keyword arguments");
  if (a.n != 2) return raisef(vm, &TypeErrorType, "method expected 2 arguments, got %u", a.n);
  if (!is_callable(a[0])) return raise(vm, &TypeErrorType, "first argument must be callable");
  if (is_none(a[1])) return raise(vm, &TypeErrorType, "instance must not be None");
  return Value(method_new(a[0], a[1]));
}

}  // namespace

Method* method_new(Value func, Value self) {
  Method* m = reinterpret_cast<Method*>(object_alloc(&MethodType, sizeof(Method)));
  m->func = newref(func);
  m->self = newref(self);
  gc_track(m);
  return m;
}

Cell* cell_new(Value contents) {
  Cell* c = reinterpret_cast<Cell*>(object_alloc(&CellType, sizeof(Cell)));
  c->contents = newref(contents);
  gc_track(c);
  return c;
}

void init_function_types() {
  Type* t = &FunctionType;
  static_type_init(t, "function", sizeof(Function), &ObjectType, kTypeHasGC | kTypeHasWeakrefs);
  t->dealloc = function_dealloc;
  t->traverse = function_traverse;
  t->clear = function_clear;
  t->call = function_call;
  t->descr_get = function_get;
  t->repr = function_repr;
  t->getsets = kFunctionGetSets;
  t->dict_offset = offsetof(Function, dict);

  t = &MethodType;
  static_type_init(t, "method", sizeof(Method), &ObjectType, kTypeHasGC | kTypeHasWeakrefs);
  t->dealloc = method_dealloc;
  t->traverse = method_traverse;
  t->call = method_call;
  t->repr = method_repr;
  t->richcompare = method_richcompare;
  t->hash = method_hash;
  t->getattr = method_getattr;
  t->getsets = kMethodGetSets;
  t->new_ = method_tp_new;

  t = &CellType;
  static_type_init(t, "cell", sizeof(Cell), &ObjectType, kTypeHasGC);
  t->dealloc = cell_dealloc;
  t->traverse = cell_traverse;
  t->clear = cell_clear;
  t->getsets = kCellGetSets;
  t->repr = cell_repr;

  t = &CodeType;
  static_type_init(t, "code", sizeof(Code), &ObjectType, 0);
  t->dealloc = code_dealloc;
  t->repr = code_repr;
  t->getsets = kCodeGetSets;
  (void)code_get_code;
}

}  // namespace coil
