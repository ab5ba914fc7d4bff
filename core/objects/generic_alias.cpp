// generic_alias.cpp - types.GenericAlias: `list[int]`, made by __class_getitem__ of builtin classes (PEP 585).
#include "objects/generic_alias.h"

#include <string>

#include "vm/runtime.h"

namespace coil {

Type GenericAliasType;
Value union_type_or(VM& vm, Value a, Value b);  // objects/union.cpp

namespace {

struct GenericAlias : Object {
  Value origin;
  Tuple* args;
  Tuple* parameters;  // the type variables among args, computed on creation
};

GenericAlias* as_alias(Value v) { return v.as<GenericAlias>(); }

// The parameters of an alias: arguments that are type variables (they have __typing_subst__),
// and the parameters of arguments that have their own.
Tuple* collect_parameters(VM& vm, Tuple* args) {
  List* found = list_new(0);
  auto add = [&](Value p) {
    for (int64_t i = 0; i < found->size; ++i)
      if (found->items[i] == p) return;
    list_append(vm, found, p);
  };
  static Str* const subst = intern("__typing_subst__");
  static Str* const params = intern("__parameters__");
  for (int64_t i = 0; i < args->size; ++i) {
    Value a = args->items[i];
    if (is_type(a)) continue;
    Value s = get_attr_opt(vm, a, subst);
    if (s) {
      decref(s);
      add(a);
      continue;
    }
    clear_error(vm);
    Value ps = get_attr_opt(vm, a, params);
    if (ps && is_tuple(ps)) {
      Tuple* t = as_tuple(ps);
      for (int64_t j = 0; j < t->size; ++j) add(t->items[j]);
    }
    decref(ps);
    clear_error(vm);
  }
  Tuple* r = tuple_from_array(found->items, found->size);
  decref(found);
  return r;
}

// One item of the repr: `...`, a nested alias as is, a class by its (module-qualified) name.
bool repr_item(VM& vm, Value p, std::string* out) {
  if (p.is_obj() && p.obj() == g_ellipsis) {
    *out += "...";
    return true;
  }
  auto plain = [&]() {
    Value r = repr(vm, p);
    if (!r) return false;
    *out += as_str(r)->data;
    decref(r);
    return true;
  };
  if (type_of(p) == &GenericAliasType) return plain();
  Value qualname = get_attr_opt(vm, p, g_names.qualname);
  if (!qualname) {
    if (has_error(vm)) return false;
    return plain();
  }
  Value module = get_attr_opt(vm, p, g_names.module);
  if (!module || is_none(module) || !is_str(module) || !is_str(qualname)) {
    decref(module);
    decref(qualname);
    if (has_error(vm)) return false;
    return plain();
  }
  if (!str_eq_ascii(as_str(module), "builtins")) {
    *out += as_str(module)->data;
    *out += ".";
  }
  *out += as_str(qualname)->data;
  decref(module);
  decref(qualname);
  return true;
}

Value alias_repr(VM& vm, Value self) {
  GenericAlias* ga = as_alias(self);
  std::string out;
  if (!repr_item(vm, ga->origin, &out)) return Value();
  out += "[";
  if (ga->args->size == 0) out += "()";
  for (int64_t i = 0; i < ga->args->size; ++i) {
    if (i) out += ", ";
    if (!repr_item(vm, ga->args->items[i], &out)) return Value();
  }
  out += "]";
  return Value(str_new(out));
}

void alias_dealloc(Object* o) {
  GenericAlias* ga = static_cast<GenericAlias*>(o);
  decref(ga->origin);
  decref(ga->args);
  decref(ga->parameters);
  generic_dealloc(o);
}

// Calling an alias calls its origin, and records the alias on the instance when it can.
Value alias_call(VM& vm, Value self, Args a) {
  GenericAlias* ga = as_alias(self);
  Value r = call(vm, ga->origin, a);
  if (!r) return r;
  static Str* const orig_class = intern("__orig_class__");
  if (!set_attr(vm, r, orig_class, self)) {
    if (!error_matches(vm, &AttributeErrorType) && !error_matches(vm, &TypeErrorType)) {
      decref(r);
      return Value();
    }
    clear_error(vm);
  }
  return r;
}

// Attributes not of the alias itself come from the origin: list[int].append is list.append.
Value alias_getattr(VM& vm, Value self, Str* name) {
  static const char* const own[] = {"__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
                                    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
                                    "__reduce__", "__copy__", "__deepcopy__"};
  for (const char* n : own)
    if (str_eq_ascii(name, n)) return generic_getattr(vm, self, name);
  return get_attr(vm, as_alias(self)->origin, name);
}

bool alias_hash(VM& vm, Value self, int64_t* out) {
  int64_t h1, h2;
  if (!hash_value(vm, as_alias(self)->origin, &h1) || !hash_value(vm, Value(as_alias(self)->args), &h2)) return false;
  *out = h1 ^ h2;
  if (*out == -1) *out = -2;
  return true;
}

Value alias_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if ((op != kEQ && op != kNE) || type_of(b) != &GenericAliasType) return new_not_implemented();
  int eq = values_equal(vm, as_alias(a)->origin, as_alias(b)->origin);
  if (eq > 0) eq = values_equal(vm, Value(as_alias(a)->args), Value(as_alias(b)->args));
  if (eq < 0) return Value();
  return new_bool(op == kEQ ? eq : !eq);
}

Value alias_getitem(VM& vm, Value self, Value) {
  GenericAlias* ga = as_alias(self);
  if (ga->parameters->size == 0) {
    Value r = alias_repr(vm, self);
    if (!r) return r;
    Value e = raisef(vm, &TypeErrorType, "%s is not a generic class", as_str(r)->data);
    decref(r);
    return e;
  }
  return raise(vm, &TypeErrorType, "substituting the type variables of a generic alias is not supported yet");
}

Value alias_or(VM& vm, Value a, Value b) { return union_type_or(vm, a, b); }

Value alias_mro_entries(VM&, Args a) { return Value(tuple_of({as_alias(a[0])->origin})); }
Value alias_instancecheck(VM& vm, Args) {
  return raise(vm, &TypeErrorType, "isinstance() argument 2 cannot be a parameterized generic");
}
Value alias_subclasscheck(VM& vm, Args) {
  return raise(vm, &TypeErrorType, "issubclass() argument 2 cannot be a parameterized generic");
}
Value alias_dir(VM& vm, Args a) {
  // the origin's names plus the alias's own
  Value d = call_method0(vm, as_alias(a[0])->origin, intern("__dir__"));
  if (!d) return d;
  List* names = list_from_iterable(vm, d);
  decref(d);
  if (!names) return Value();
  for (const char* n : {"__origin__", "__args__", "__parameters__", "__unpacked__", "__mro_entries__"})
    list_append(vm, names, Value(intern(n)));
  return Value(names);
}

Value alias_new(VM& vm, Type*, Args a) {
  if (a.nkw()) return raise(vm, &TypeErrorType, "GenericAlias() takes no keyword arguments");
  if (a.n != 2) return raisef(vm, &TypeErrorType, "GenericAlias expected 2 arguments, got %u", unsigned(a.n));
  return generic_alias_new(vm, a[0], a[1]);
}

Value get_origin(VM&, Value self) { return newref(as_alias(self)->origin); }
Value get_args(VM&, Value self) { return newref(Value(as_alias(self)->args)); }
Value get_parameters(VM&, Value self) { return newref(Value(as_alias(self)->parameters)); }
Value get_unpacked(VM&, Value) { return new_bool(false); }

const GetSetDef kAliasGetSets[] = {
    {"__origin__", get_origin, nullptr, "the class that was subscripted"},
    {"__args__", get_args, nullptr, "the subscript, as a tuple"},
    {"__parameters__", get_parameters, nullptr, "the type variables among __args__"},
    {"__unpacked__", get_unpacked, nullptr, "whether the alias is starred (*tuple[int])"},
    {nullptr, nullptr, nullptr, nullptr},
};

const MethodDef kAliasMethods[] = {
    {"__mro_entries__", alias_mro_entries, kMethPlain, "class C(list[int]) derives from list", nullptr},
    {"__instancecheck__", alias_instancecheck, kMethPlain, nullptr, nullptr},
    {"__subclasscheck__", alias_subclasscheck, kMethPlain, nullptr, nullptr},
    {"__dir__", alias_dir, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr},
};

}  // namespace

Value generic_alias_new(VM& vm, Value origin, Value args) {
  GenericAlias* ga = reinterpret_cast<GenericAlias*>(object_alloc(&GenericAliasType, sizeof(GenericAlias)));
  ga->origin = newref(origin);
  ga->args = type_of(args) == &TupleType ? newref(args.as<Tuple>()) : tuple_of({args});
  ga->parameters = collect_parameters(vm, ga->args);
  return Value(ga);
}

Value generic_alias_class_getitem(VM& vm, Args a) {
  if (a.n != 2) return raisef(vm, &TypeErrorType, "__class_getitem__() takes exactly one argument (%u given)", unsigned(a.n ? a.n - 1 : 0));
  return generic_alias_new(vm, a[0], a[1]);
}

bool is_generic_alias(Value v) { return v.is_obj() && v.obj()->type == &GenericAliasType; }

void init_generic_alias_type() {
  static NumberSlots number;
  number.binary[kOr] = alias_or;
  Type* t = &GenericAliasType;
  static_type_init(t, "types.GenericAlias", sizeof(GenericAlias), &ObjectType, 0);
  t->name = intern("GenericAlias");
  t->cdoc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).";
  t->new_ = alias_new;
  t->repr = alias_repr;
  t->dealloc = alias_dealloc;
  t->call = alias_call;
  t->getattr = alias_getattr;
  t->hash = alias_hash;
  t->richcompare = alias_richcompare;
  t->getitem = alias_getitem;
  t->getsets = kAliasGetSets;
  t->methods = kAliasMethods;
  t->number = &number;
}

}  // namespace coil
