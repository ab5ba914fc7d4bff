// descriptors.cpp - builtin functions and methods, slot wrappers, getset/member descriptors,
// staticmethod, classmethod and property.
#include <cinttypes>
#include <cstdio>

#include "vm/call.h"
#include "vm/runtime.h"
#include "vm/slots.h"
#include "vm/stackless.h"

namespace coil {

Type BuiltinFunctionType, MethodDescriptorType, ClassMethodDescriptorType, WrapperDescriptorType,
    MethodWrapperType, GetSetDescriptorType, MemberDescriptorType, StaticMethodType, ClassMethodType,
    PropertyType;

Value wrapper_call(VM& vm, WrapperDescriptor* d, Value self, Args a);  // vm/slots.cpp
Object* instance_alloc_for(VM& vm, Type* type);

// -------------------------------------------------------------------------- builtin functions

BuiltinFunction* builtin_function_new(const MethodDef* def, Value self, Value module, bool pass_self) {
  BuiltinFunction* f = reinterpret_cast<BuiltinFunction*>(object_alloc(&BuiltinFunctionType, sizeof(BuiltinFunction)));
  f->def = def;
  f->self = newref(self);
  f->module = newref(module);
  f->pass_self = pass_self && self;
  return f;
}

namespace {

bool bound_to_object(BuiltinFunction* f) { return f->pass_self; }

}  // namespace

// Calls a MethodDef with optional self prepended; plain natives only (coroutine ones go through
// the stackless call path or run_sync).
Value call_method_def(VM& vm, const MethodDef* def, Value self, Args a) {
  if ((def->flags & kMethNoKw) && a.nkw())
    return raisef(vm, &TypeErrorType, "%s() takes no keyword arguments", def->name);
  if (!self) {
    if (def->cofn) return run_sync(vm, def->cofn(vm, a));
    return def->fn(vm, a);
  }
  uint32_t total = a.n + a.nkw();
  Value buf[8];
  Value* all = total + 1 <= 8 ? buf : new Value[total + 1];
  all[0] = self;
  for (uint32_t i = 0; i < total; ++i) all[i + 1] = a.v[i];
  Args b{all, a.n + 1, a.kwnames};
  Value r = def->cofn ? run_sync(vm, def->cofn(vm, b)) : def->fn(vm, b);
  if (all != buf) delete[] all;
  return r;
}

namespace {

Value builtin_call(VM& vm, Value callable, Args a) {
  BuiltinFunction* f = callable.as<BuiltinFunction>();
  return call_method_def(vm, f->def, bound_to_object(f) ? f->self : Value(), a);
}

Value builtin_repr(VM& vm, Value self) {
  (void)vm;
  BuiltinFunction* f = self.as<BuiltinFunction>();
  if (!bound_to_object(f)) return Value(str_new(std::string("<built-in function ") + f->def->name + ">"));
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(f->self.is_obj() ? f->self.obj() : nullptr));
  if (is_type(f->self))
    return Value(str_new(std::string("<built-in method ") + f->def->name + " of type object" + buf));
  return Value(str_new(std::string("<built-in method ") + f->def->name + " of " + tname(f->self) + " object" + buf));
}

void builtin_dealloc(Object* o) {
  BuiltinFunction* f = static_cast<BuiltinFunction*>(o);
  decref(f->self);
  decref(f->module);
  generic_dealloc(o);
}

void builtin_traverse(Object* o, VisitFn visit, void* arg) {
  BuiltinFunction* f = static_cast<BuiltinFunction*>(o);
  if (f->self.is_obj()) visit(f->self.obj(), arg);
}

Value builtin_get_name(VM&, Value self) { return Value(str_from_cstr(self.as<BuiltinFunction>()->def->name)); }
Value builtin_get_qualname(VM&, Value self) {
  BuiltinFunction* f = self.as<BuiltinFunction>();
  if (bound_to_object(f)) {
    Type* t = is_type(f->self) ? f->self.as<Type>() : type_of(f->self);
    return Value(str_new(std::string(type_name(t)) + "." + f->def->name));
  }
  return Value(str_from_cstr(f->def->name));
}
Value builtin_get_doc(VM&, Value self) {
  const char* d = self.as<BuiltinFunction>()->def->doc;
  return d ? Value(str_from_cstr(d)) : new_none();
}
Value builtin_get_self(VM&, Value self) {
  BuiltinFunction* f = self.as<BuiltinFunction>();
  return f->self ? newref(f->self) : new_none();
}
Value builtin_get_module(VM&, Value self) {
  BuiltinFunction* f = self.as<BuiltinFunction>();
  return f->module ? newref(f->module) : new_none();
}

const GetSetDef kBuiltinGetSets[] = {
    {"__name__", builtin_get_name, nullptr, nullptr},
    {"__qualname__", builtin_get_qualname, nullptr, nullptr},
    {"__doc__", builtin_get_doc, nullptr, nullptr},
    {"__self__", builtin_get_self, nullptr, nullptr},
    {"__module__", builtin_get_module, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

bool builtin_hash(VM& vm, Value self, int64_t* out) {
  BuiltinFunction* f = self.as<BuiltinFunction>();
  int64_t h = 0;
  if (f->self && !hash_value(vm, f->self, &h)) return false;
  *out = h ^ int64_t(reinterpret_cast<uintptr_t>(f->def) >> 3);
  if (*out == -1) *out = -2;
  return true;
}

Value builtin_richcompare(VM&, Value a, Value b, CompareOp op) {
  if ((op != kEQ && op != kNE) || type_of(b) != &BuiltinFunctionType) return new_not_implemented();
  BuiltinFunction* x = a.as<BuiltinFunction>();
  BuiltinFunction* y = b.as<BuiltinFunction>();
  bool eq = x->def == y->def && x->self == y->self;
  return new_bool(op == kEQ ? eq : !eq);
}

// -------------------------------------------------------------------------- method descriptors

Value method_descr_call(VM& vm, Value callable, Args a) {
  MethodDescriptor* d = callable.as<MethodDescriptor>();
  if (d->def->flags & kMethClass) {
    // classmethod descriptor called on the class dict entry directly: first arg is the class
    if (a.n < 1) return raisef(vm, &TypeErrorType, "descriptor '%s' of '%s' object needs an argument", d->def->name, type_name(d->owner));
    return call_method_def(vm, d->def, Value(), a);
  }
  if (a.n < 1)
    return raisef(vm, &TypeErrorType, "unbound method %s.%s() needs an argument", type_name(d->owner), d->def->name);
  if (!is_subtype(type_of(a[0]), d->owner))
    return raisef(vm, &TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                  d->def->name, type_name(d->owner), tname(a[0]));
  return call_method_def(vm, d->def, Value(), a);
}

Value method_descr_get(VM& vm, Value self, Value obj, Value type) {
  MethodDescriptor* d = self.as<MethodDescriptor>();
  if (d->def->flags & kMethClass) {
    Value cls = type ? type : Value(type_of(obj));
    return Value(builtin_function_new(d->def, cls, Value()));
  }
  if (d->def->flags & kMethStatic) return Value(builtin_function_new(d->def, Value(), Value()));
  if (!obj) return newref(self);
  if (!is_subtype(type_of(obj), d->owner))
    return raisef(vm, &TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                  d->def->name, type_name(d->owner), tname(obj));
  return Value(builtin_function_new(d->def, obj, Value()));
}

Value method_descr_repr(VM&, Value self) {
  MethodDescriptor* d = self.as<MethodDescriptor>();
  const char* kind = (d->def->flags & kMethClass) ? "<method '" : "<method '";
  return Value(str_new(std::string(kind) + d->def->name + "' of '" + type_name(d->owner) + "' objects>"));
}

void method_descr_dealloc(Object* o) { generic_dealloc(o); }

Value method_descr_get_name(VM&, Value self) { return Value(str_from_cstr(self.as<MethodDescriptor>()->def->name)); }
Value method_descr_get_qualname(VM&, Value self) {
  MethodDescriptor* d = self.as<MethodDescriptor>();
  return Value(str_new(std::string(type_name(d->owner)) + "." + d->def->name));
}
Value method_descr_get_doc(VM&, Value self) {
  const char* d = self.as<MethodDescriptor>()->def->doc;
  return d ? Value(str_from_cstr(d)) : new_none();
}
Value method_descr_get_objclass(VM&, Value self) { return newref(Value(self.as<MethodDescriptor>()->owner)); }

const GetSetDef kMethodDescrGetSets[] = {
    {"__name__", method_descr_get_name, nullptr, nullptr},
    {"__qualname__", method_descr_get_qualname, nullptr, nullptr},
    {"__doc__", method_descr_get_doc, nullptr, nullptr},
    {"__objclass__", method_descr_get_objclass, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// -------------------------------------------------------------------------- slot wrappers

Value wrapper_descr_call(VM& vm, Value callable, Args a) {
  WrapperDescriptor* d = callable.as<WrapperDescriptor>();
  if (a.n < 1)
    return raisef(vm, &TypeErrorType, "descriptor '%s' of '%s' object needs an argument", d->name->data,
                  type_name(d->owner));
  return wrapper_call(vm, d, a[0], Args{a.v + 1, a.n - 1, a.kwnames});
}

Value wrapper_descr_get(VM& vm, Value self, Value obj, Value type) {
  (void)type;
  WrapperDescriptor* d = self.as<WrapperDescriptor>();
  if (!obj) return newref(self);
  if (!is_subtype(type_of(obj), d->owner))
    return raisef(vm, &TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                  d->name->data, type_name(d->owner), tname(obj));
  MethodWrapper* m = reinterpret_cast<MethodWrapper*>(object_alloc(&MethodWrapperType, sizeof(MethodWrapper)));
  m->descr = newref(d);
  m->self = newref(obj);
  return Value(m);
}

Value wrapper_descr_repr(VM&, Value self) {
  WrapperDescriptor* d = self.as<WrapperDescriptor>();
  return Value(str_new(std::string("<slot wrapper '") + d->name->data + "' of '" + type_name(d->owner) + "' objects>"));
}

Value wrapper_descr_get_name(VM&, Value self) { return newref(Value(self.as<WrapperDescriptor>()->name)); }
Value wrapper_descr_get_qualname(VM&, Value self) {
  WrapperDescriptor* d = self.as<WrapperDescriptor>();
  return Value(str_new(std::string(type_name(d->owner)) + "." + d->name->data));
}
Value wrapper_descr_get_objclass(VM&, Value self) { return newref(Value(self.as<WrapperDescriptor>()->owner)); }
const GetSetDef kWrapperDescrGetSets[] = {
    {"__name__", wrapper_descr_get_name, nullptr, nullptr},
    {"__qualname__", wrapper_descr_get_qualname, nullptr, nullptr},
    {"__objclass__", wrapper_descr_get_objclass, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

Value method_wrapper_call(VM& vm, Value callable, Args a) {
  MethodWrapper* m = callable.as<MethodWrapper>();
  return wrapper_call(vm, m->descr, m->self, a);
}
Value method_wrapper_repr(VM&, Value self) {
  MethodWrapper* m = self.as<MethodWrapper>();
  char buf[64];
  std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(m->self.is_obj() ? m->self.obj() : nullptr));
  return Value(str_new(std::string("<method-wrapper '") + m->descr->name->data + "' of " + tname(m->self) + buf));
}
void method_wrapper_dealloc(Object* o) {
  MethodWrapper* m = static_cast<MethodWrapper*>(o);
  decref(m->descr);
  decref(m->self);
  generic_dealloc(o);
}
Value method_wrapper_get_name(VM&, Value self) { return newref(Value(self.as<MethodWrapper>()->descr->name)); }
Value method_wrapper_get_self(VM&, Value self) { return newref(self.as<MethodWrapper>()->self); }
const GetSetDef kMethodWrapperGetSets[] = {
    {"__name__", method_wrapper_get_name, nullptr, nullptr},
    {"__self__", method_wrapper_get_self, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};
Value method_wrapper_richcompare(VM&, Value a, Value b, CompareOp op) {
  if ((op != kEQ && op != kNE) || type_of(b) != &MethodWrapperType) return new_not_implemented();
  MethodWrapper* x = a.as<MethodWrapper>();
  MethodWrapper* y = b.as<MethodWrapper>();
  bool eq = x->descr == y->descr && x->self == y->self;
  return new_bool(op == kEQ ? eq : !eq);
}

// -------------------------------------------------------------------------- getset / member

Value getset_get(VM& vm, Value self, Value obj, Value type) {
  (void)type;
  GetSetDescriptor* d = self.as<GetSetDescriptor>();
  if (!obj) return newref(self);
  if (!is_subtype(type_of(obj), d->owner))
    return raisef(vm, &TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                  d->def->name, type_name(d->owner), tname(obj));
  if (!d->def->get)
    return raisef(vm, &AttributeErrorType, "attribute '%s' of '%s' objects is not readable", d->def->name,
                  type_name(d->owner));
  return d->def->get(vm, obj);
}

bool getset_set(VM& vm, Value self, Value obj, Value v) {
  GetSetDescriptor* d = self.as<GetSetDescriptor>();
  if (!is_subtype(type_of(obj), d->owner)) {
    raisef(vm, &TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
           type_name(d->owner), tname(obj));
    return false;
  }
  if (!d->def->set) {
    raisef(vm, &AttributeErrorType, "attribute '%s' of '%s' objects is not writable", d->def->name,
           type_name(d->owner));
    return false;
  }
  return d->def->set(vm, obj, v);
}

Value getset_repr(VM&, Value self) {
  GetSetDescriptor* d = self.as<GetSetDescriptor>();
  return Value(str_new(std::string("<attribute '") + d->def->name + "' of '" + type_name(d->owner) + "' objects>"));
}
Value getset_get_name(VM&, Value self) { return Value(str_from_cstr(self.as<GetSetDescriptor>()->def->name)); }
Value getset_get_doc(VM&, Value self) {
  const char* d = self.as<GetSetDescriptor>()->def->doc;
  return d ? Value(str_from_cstr(d)) : new_none();
}
Value getset_get_objclass(VM&, Value self) { return newref(Value(self.as<GetSetDescriptor>()->owner)); }
const GetSetDef kGetSetGetSets[] = {
    {"__name__", getset_get_name, nullptr, nullptr},
    {"__doc__", getset_get_doc, nullptr, nullptr},
    {"__objclass__", getset_get_objclass, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

Value member_get(VM& vm, Value self, Value obj, Value type) {
  (void)type;
  MemberDescriptor* d = self.as<MemberDescriptor>();
  if (!obj) return newref(self);
  if (!is_subtype(type_of(obj), d->owner))
    return raisef(vm, &TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                  d->name->data, type_name(d->owner), tname(obj));
  char* base = reinterpret_cast<char*>(obj.obj()) + d->offset;
  switch (d->kind) {
    case kMemberObject:
    case kMemberObjectReadOnly: {
      Value v = *reinterpret_cast<Value*>(base);
      return v ? newref(v) : new_none();
    }
    case kMemberSlot: {
      Value v = *reinterpret_cast<Value*>(base);
      if (!v) {
        Value r = raisef(vm, &AttributeErrorType, "'%s' object has no attribute '%s'", tname(obj), d->name->data);
        return r;
      }
      return newref(v);
    }
    case kMemberInt64:
      return int_from_i64(*reinterpret_cast<int64_t*>(base));
    case kMemberBool:
      return new_bool(*reinterpret_cast<uint8_t*>(base) != 0);
  }
  return new_none();
}

bool member_set(VM& vm, Value self, Value obj, Value v) {
  MemberDescriptor* d = self.as<MemberDescriptor>();
  if (!is_subtype(type_of(obj), d->owner)) {
    raisef(vm, &TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->name->data,
           type_name(d->owner), tname(obj));
    return false;
  }
  char* base = reinterpret_cast<char*>(obj.obj()) + d->offset;
  switch (d->kind) {
    case kMemberObjectReadOnly:
    case kMemberInt64:
    case kMemberBool:
      raise(vm, &AttributeErrorType, "readonly attribute");
      return false;
    case kMemberObject: {
      Value* slot = reinterpret_cast<Value*>(base);
      Value old = *slot;
      *slot = v ? newref(v) : Value();
      decref(old);
      return true;
    }
    case kMemberSlot: {
      Value* slot = reinterpret_cast<Value*>(base);
      Value old = *slot;
      if (!v && !old) {
        raise(vm, &AttributeErrorType, std::string_view(d->name->data, d->name->size));
        return false;
      }
      *slot = v ? newref(v) : Value();
      decref(old);
      return true;
    }
  }
  return true;
}

Value member_repr(VM&, Value self) {
  MemberDescriptor* d = self.as<MemberDescriptor>();
  return Value(str_new(std::string("<member '") + d->name->data + "' of '" + type_name(d->owner) + "' objects>"));
}
void member_dealloc(Object* o) {
  MemberDescriptor* d = static_cast<MemberDescriptor*>(o);
  xdecref(d->name);
  generic_dealloc(o);
}
Value member_get_name(VM&, Value self) { return newref(Value(self.as<MemberDescriptor>()->name)); }
Value member_get_objclass(VM&, Value self) { return newref(Value(self.as<MemberDescriptor>()->owner)); }
const GetSetDef kMemberGetSets[] = {
    {"__name__", member_get_name, nullptr, nullptr},
    {"__objclass__", member_get_objclass, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

}  // namespace

Value make_method_descriptor(Type* owner, const MethodDef* def) {
  MethodDescriptor* d = reinterpret_cast<MethodDescriptor*>(object_alloc(
      (def->flags & kMethClass) ? &ClassMethodDescriptorType : &MethodDescriptorType, sizeof(MethodDescriptor)));
  d->def = def;
  d->owner = owner;
  return Value(d);
}

Value make_getset_descriptor(Type* owner, const GetSetDef* def) {
  GetSetDescriptor* d = reinterpret_cast<GetSetDescriptor*>(object_alloc(&GetSetDescriptorType, sizeof(GetSetDescriptor)));
  d->def = def;
  d->owner = owner;
  return Value(d);
}

Value make_member_descriptor(Type* owner, const MemberDef* def) {
  MemberDescriptor* d = reinterpret_cast<MemberDescriptor*>(object_alloc(&MemberDescriptorType, sizeof(MemberDescriptor)));
  d->def = def;
  d->owner = owner;
  d->name = intern(def->name);
  d->offset = def->offset;
  d->kind = def->kind;
  return Value(d);
}

Value make_slot_member(Type* owner, Str* name, uint32_t offset) {
  MemberDescriptor* d = reinterpret_cast<MemberDescriptor*>(object_alloc(&MemberDescriptorType, sizeof(MemberDescriptor)));
  d->def = nullptr;
  d->owner = owner;
  d->name = newref(name);
  d->offset = offset;
  d->kind = kMemberSlot;
  return Value(d);
}

// -------------------------------------------------------------------------- staticmethod / classmethod

namespace {

Value staticmethod_get(VM&, Value self, Value, Value) { return newref(self.as<StaticMethod>()->callable); }

Value staticmethod_new(VM& vm, Type* type, Args a) {
  if (a.nkw()) return raise(vm, &TypeErrorType, "staticmethod() takes no keyword arguments");
  if (a.n != 1) return raisef(vm, &TypeErrorType, "staticmethod expected 1 argument, got %u", a.n);
  Object* o = object_alloc(type, type->basicsize);
  gc_track(o);
  StaticMethod* sm = static_cast<StaticMethod*>(o);
  sm->callable = newref(a[0]);
  // copy __name__, __doc__, ... (functools.wraps-like attributes) into __dict__ (3.10+)
  return Value(o);
}

bool staticmethod_init(VM&, Value, Args) { return true; }

Value staticmethod_call(VM& vm, Value self, Args a) { return call(vm, self.as<StaticMethod>()->callable, a); }

void staticmethod_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  StaticMethod* sm = static_cast<StaticMethod*>(o);
  decref(sm->callable);
  xdecref(sm->dict);
  generic_dealloc(o);
}
void staticmethod_traverse(Object* o, VisitFn visit, void* arg) {
  StaticMethod* sm = static_cast<StaticMethod*>(o);
  if (sm->callable.is_obj()) visit(sm->callable.obj(), arg);
  if (sm->dict) visit(sm->dict, arg);
}
void staticmethod_clear(Object* o) {
  StaticMethod* sm = static_cast<StaticMethod*>(o);
  Value c = sm->callable;
  sm->callable = new_none();
  decref(c);
}
Value staticmethod_get_func(VM&, Value self) { return newref(self.as<StaticMethod>()->callable); }
Value staticmethod_get_isabstract(VM& vm, Value self) {
  Value v = get_attr_opt(vm, self.as<StaticMethod>()->callable, g_names.isabstractmethod);
  if (!v) return has_error(vm) ? Value() : new_bool(false);
  return v;
}
Value staticmethod_get_wrapped_attr(VM& vm, Value self, Str* name) {
  return get_attr(vm, self.as<StaticMethod>()->callable, name);
}
Value staticmethod_get_name(VM& vm, Value self) { return staticmethod_get_wrapped_attr(vm, self, g_names.name); }
Value staticmethod_get_qualname(VM& vm, Value self) { return staticmethod_get_wrapped_attr(vm, self, g_names.qualname); }
Value staticmethod_get_doc(VM& vm, Value self) { return staticmethod_get_wrapped_attr(vm, self, g_names.doc); }
const GetSetDef kStaticMethodGetSets[] = {
    {"__func__", staticmethod_get_func, nullptr, nullptr},
    {"__wrapped__", staticmethod_get_func, nullptr, nullptr},
    {"__isabstractmethod__", staticmethod_get_isabstract, nullptr, nullptr},
    {"__name__", staticmethod_get_name, nullptr, nullptr},
    {"__qualname__", staticmethod_get_qualname, nullptr, nullptr},
    {"__doc__", staticmethod_get_doc, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

Value classmethod_get(VM& vm, Value self, Value obj, Value type) {
  Value cls = type ? type : Value(type_of(obj));
  Value fn = self.as<ClassMethod>()->callable;
  // 3.11: chains through __get__ of the wrapped object (e.g. classmethod(property(...)))
  Type* ft = type_of(fn);
  if (ft->descr_get && ft != &FunctionType) return ft->descr_get(vm, fn, cls, Value(type_of(cls)));
  (void)vm;
  return Value(method_new(fn, cls));
}

Value classmethod_new(VM& vm, Type* type, Args a) {
  if (a.nkw()) return raise(vm, &TypeErrorType, "classmethod() takes no keyword arguments");
  if (a.n != 1) return raisef(vm, &TypeErrorType, "classmethod expected 1 argument, got %u", a.n);
  Object* o = object_alloc(type, type->basicsize);
  gc_track(o);
  static_cast<ClassMethod*>(o)->callable = newref(a[0]);
  return Value(o);
}

Value classmethod_get_func(VM&, Value self) { return newref(self.as<ClassMethod>()->callable); }
Value classmethod_get_isabstract(VM& vm, Value self) {
  Value v = get_attr_opt(vm, self.as<ClassMethod>()->callable, g_names.isabstractmethod);
  if (!v) return has_error(vm) ? Value() : new_bool(false);
  return v;
}
Value classmethod_get_name(VM& vm, Value self) { return get_attr(vm, self.as<ClassMethod>()->callable, g_names.name); }
Value classmethod_get_qualname(VM& vm, Value self) { return get_attr(vm, self.as<ClassMethod>()->callable, g_names.qualname); }
Value classmethod_get_doc(VM& vm, Value self) { return get_attr(vm, self.as<ClassMethod>()->callable, g_names.doc); }
const GetSetDef kClassMethodGetSets[] = {
    {"__func__", classmethod_get_func, nullptr, nullptr},
    {"__wrapped__", classmethod_get_func, nullptr, nullptr},
    {"__isabstractmethod__", classmethod_get_isabstract, nullptr, nullptr},
    {"__name__", classmethod_get_name, nullptr, nullptr},
    {"__qualname__", classmethod_get_qualname, nullptr, nullptr},
    {"__doc__", classmethod_get_doc, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

// -------------------------------------------------------------------------- property

Value property_new(VM& vm, Type* type, Args) {
  Object* o = instance_alloc_for(vm, type);
  if (!o) return Value();
  Property* p = static_cast<Property*>(o);
  p->fget = new_none();
  p->fset = new_none();
  p->fdel = new_none();
  p->doc = new_none();
  return Value(o);
}

bool property_init(VM& vm, Value self, Args a) {
  Value out[4];
  if (!parse_args(vm, a, "property", "|fget,fset,fdel,doc", out)) return false;
  Property* p = self.as<Property>();
  auto set = [](Value& slot, Value v) {
    Value old = slot;
    slot = v && !v.is_null() ? newref(v) : new_none();
    decref(old);
  };
  set(p->fget, out[0]);
  set(p->fset, out[1]);
  set(p->fdel, out[2]);
  set(p->doc, out[3]);
  p->getter_doc = false;
  if ((!out[3] || is_none(out[3])) && out[0] && !is_none(out[0])) {
    Value d = get_attr_opt(vm, out[0], g_names.doc);
    if (!d && has_error(vm)) return false;
    if (d) {
      set(p->doc, d);
      decref(d);
      p->getter_doc = true;
    }
  }
  // A property subclass stores the doc in its instance __dict__ (3.11 behaviour).
  if (type_has(type_of(self), kTypeHeap) && !is_none(p->doc)) {
    Dict** dp = instance_dict_ptr(self.obj());
    if (dp) {
      if (!*dp) *dp = dict_new();
      dict_set_str(*dp, g_names.doc, p->doc);
    }
  }
  return true;
}

std::string property_error_name(VM& vm, Property* p, Value obj) {
  (void)vm;
  if (p->name) return std::string("property '") + p->name->data + "' of '" + tname(obj) + "' object";
  return std::string("property of '") + tname(obj) + "' object";
}

Value property_get(VM& vm, Value self, Value obj, Value type) {
  (void)type;
  if (!obj) return newref(self);
  Property* p = self.as<Property>();
  if (is_none(p->fget))
    return raisef(vm, &AttributeErrorType, "%s has no getter", property_error_name(vm, p, obj).c_str());
  return call1(vm, p->fget, obj);
}

bool property_set(VM& vm, Value self, Value obj, Value v) {
  Property* p = self.as<Property>();
  Value fn = v ? p->fset : p->fdel;
  if (is_none(fn)) {
    raisef(vm, &AttributeErrorType, "%s has no %s", property_error_name(vm, p, obj).c_str(), v ? "setter" : "deleter");
    return false;
  }
  Value r = v ? call2(vm, fn, obj, v) : call1(vm, fn, obj);
  if (!r) return false;
  decref(r);
  return true;
}

Value property_copy(VM& vm, Value self, Value fget, Value fset, Value fdel) {
  Property* p = self.as<Property>();
  Value doc = p->getter_doc && fget && !is_none(fget) ? none() : p->doc;
  // A missing or None accessor keeps the current one.
  auto pick = [](Value given, Value current) { return given && !is_none(given) ? given : current; };
  Value args[4] = {pick(fget, p->fget), pick(fset, p->fset), pick(fdel, p->fdel), doc};
  Type* t = type_of(self);
  Value r = call(vm, Value(t), Args{args, 4, nullptr});
  if (r && type_of(r) == &PropertyType && p->name) {
    Property* q = r.as<Property>();
    xdecref(q->name);
    q->name = newref(p->name);
  } else if (r && is_subtype(type_of(r), &PropertyType) && p->name) {
    Property* q = r.as<Property>();
    xdecref(q->name);
    q->name = newref(p->name);
  }
  return r;
}

Value property_getter(VM& vm, Args a) {
  if (!check_nargs(vm, a, "getter", 2, 2)) return Value();
  return property_copy(vm, a[0], a[1], Value(), Value());
}
Value property_setter(VM& vm, Args a) {
  if (!check_nargs(vm, a, "setter", 2, 2)) return Value();
  return property_copy(vm, a[0], Value(), a[1], Value());
}
Value property_deleter(VM& vm, Args a) {
  if (!check_nargs(vm, a, "deleter", 2, 2)) return Value();
  return property_copy(vm, a[0], Value(), Value(), a[1]);
}
Value property_set_name(VM& vm, Args a) {
  if (!check_nargs(vm, a, "__set_name__", 3, 3)) return Value();
  Property* p = a[0].as<Property>();
  if (is_str(a[2])) {
    Str* old = p->name;
    p->name = newref(as_str(a[2]));
    xdecref(old);
  }
  (void)vm;
  return new_none();
}

const MethodDef kPropertyMethods[] = {
    {"getter", property_getter, kMethPlain, "Descriptor to obtain a copy of the property with a different getter.", nullptr},
    {"setter", property_setter, kMethPlain, "Descriptor to obtain a copy of the property with a different setter.", nullptr},
    {"deleter", property_deleter, kMethPlain, "Descriptor to obtain a copy of the property with a different deleter.", nullptr},
    {"__set_name__", property_set_name, kMethPlain, "Method to set name of a property.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const MemberDef kPropertyMembers[] = {
    {"fget", kMemberObjectReadOnly, offsetof(Property, fget), nullptr},
    {"fset", kMemberObjectReadOnly, offsetof(Property, fset), nullptr},
    {"fdel", kMemberObjectReadOnly, offsetof(Property, fdel), nullptr},
    {"__doc__", kMemberObject, offsetof(Property, doc), nullptr},
    {nullptr, kMemberObject, 0, nullptr}};

Value property_get_isabstract(VM& vm, Value self) {
  Property* p = self.as<Property>();
  for (Value f : {p->fget, p->fset, p->fdel}) {
    if (is_none(f)) continue;
    Value v = get_attr_opt(vm, f, g_names.isabstractmethod);
    if (!v) {
      if (has_error(vm)) return Value();
      continue;
    }
    int t = truthy(vm, v);
    decref(v);
    if (t < 0) return Value();
    if (t) return new_bool(true);
  }
  return new_bool(false);
}
const GetSetDef kPropertyGetSets[] = {
    {"__isabstractmethod__", property_get_isabstract, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

void property_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  Property* p = static_cast<Property*>(o);
  decref(p->fget);
  decref(p->fset);
  decref(p->fdel);
  decref(p->doc);
  xdecref(p->name);
  generic_dealloc(o);
}
void property_traverse(Object* o, VisitFn visit, void* arg) {
  Property* p = static_cast<Property*>(o);
  for (Value v : {p->fget, p->fset, p->fdel, p->doc})
    if (v.is_obj()) visit(v.obj(), arg);
}
void property_clear(Object* o) {
  Property* p = static_cast<Property*>(o);
  for (Value* v : {&p->fget, &p->fset, &p->fdel, &p->doc}) {
    Value old = *v;
    *v = new_none();
    decref(old);
  }
}

}  // namespace

Object* instance_alloc_for(VM& vm, Type* type) {
  Object* o = object_alloc(type, type->basicsize);
  if (!o) {
    raise_memory_error(vm);
    return nullptr;
  }
  if (type_has(type, kTypeHasGC)) gc_track(o);
  return o;
}

void init_descriptor_types() {
  Type* t = &BuiltinFunctionType;
  static_type_init(t, "builtin_function_or_method", sizeof(BuiltinFunction), &ObjectType, 0);
  t->dealloc = builtin_dealloc;
  t->traverse = builtin_traverse;
  t->call = builtin_call;
  t->repr = builtin_repr;
  t->getsets = kBuiltinGetSets;
  t->hash = builtin_hash;
  t->richcompare = builtin_richcompare;

  t = &MethodDescriptorType;
  static_type_init(t, "method_descriptor", sizeof(MethodDescriptor), &ObjectType, 0);
  t->dealloc = method_descr_dealloc;
  t->call = method_descr_call;
  t->descr_get = method_descr_get;
  t->repr = method_descr_repr;
  t->getsets = kMethodDescrGetSets;

  t = &ClassMethodDescriptorType;
  static_type_init(t, "classmethod_descriptor", sizeof(MethodDescriptor), &ObjectType, 0);
  t->dealloc = method_descr_dealloc;
  t->call = method_descr_call;
  t->descr_get = method_descr_get;
  t->repr = method_descr_repr;
  t->getsets = kMethodDescrGetSets;

  t = &WrapperDescriptorType;
  static_type_init(t, "wrapper_descriptor", sizeof(WrapperDescriptor), &ObjectType, 0);
  t->call = wrapper_descr_call;
  t->descr_get = wrapper_descr_get;
  t->repr = wrapper_descr_repr;
  t->getsets = kWrapperDescrGetSets;

  t = &MethodWrapperType;
  static_type_init(t, "method-wrapper", sizeof(MethodWrapper), &ObjectType, 0);
  t->call = method_wrapper_call;
  t->repr = method_wrapper_repr;
  t->dealloc = method_wrapper_dealloc;
  t->getsets = kMethodWrapperGetSets;
  t->richcompare = method_wrapper_richcompare;

  t = &GetSetDescriptorType;
  static_type_init(t, "getset_descriptor", sizeof(GetSetDescriptor), &ObjectType, 0);
  t->descr_get = getset_get;
  t->descr_set = getset_set;
  t->repr = getset_repr;
  t->getsets = kGetSetGetSets;

  t = &MemberDescriptorType;
  static_type_init(t, "member_descriptor", sizeof(MemberDescriptor), &ObjectType, 0);
  t->descr_get = member_get;
  t->descr_set = member_set;
  t->repr = member_repr;
  t->dealloc = member_dealloc;
  t->getsets = kMemberGetSets;

  t = &StaticMethodType;
  static_type_init(t, "staticmethod", sizeof(StaticMethod), &ObjectType, kTypeBaseType | kTypeHasGC);
  t->dict_offset = offsetof(StaticMethod, dict);
  t->descr_get = staticmethod_get;
  t->new_ = staticmethod_new;
  t->init = staticmethod_init;
  t->call = staticmethod_call;
  t->dealloc = staticmethod_dealloc;
  t->traverse = staticmethod_traverse;
  t->clear = staticmethod_clear;
  t->getsets = kStaticMethodGetSets;

  t = &ClassMethodType;
  static_type_init(t, "classmethod", sizeof(ClassMethod), &ObjectType, kTypeBaseType | kTypeHasGC);
  t->dict_offset = offsetof(ClassMethod, dict);
  t->descr_get = classmethod_get;
  t->new_ = classmethod_new;
  t->init = staticmethod_init;
  t->dealloc = staticmethod_dealloc;
  t->traverse = staticmethod_traverse;
  t->clear = staticmethod_clear;
  t->getsets = kClassMethodGetSets;

  t = &PropertyType;
  static_type_init(t, "property", sizeof(Property), &ObjectType, kTypeBaseType | kTypeHasGC);
  t->new_ = property_new;
  t->init = property_init;
  t->descr_get = property_get;
  t->descr_set = property_set;
  t->methods = kPropertyMethods;
  t->members = kPropertyMembers;
  t->getsets = kPropertyGetSets;
  t->dealloc = property_dealloc;
  t->traverse = property_traverse;
  t->clear = property_clear;
}

}  // namespace coil
