// class_new.cpp - creating classes: type(name, bases, dict), metaclass selection, __slots__,
// instance layout, __set_name__, __init_subclass__, and builtins.__build_class__.
#include <algorithm>
#include <cstring>
#include <vector>

#include "objects/boxed.h"
#include "vm/call.h"
#include "vm/runtime.h"
#include "vm/weakref.h"
#include "vm/slots.h"

namespace coil {

void subtype_dealloc(Object* o);
void subtype_traverse(Object* o, VisitFn visit, void* arg);
void subtype_clear(Object* o);
Value make_slot_member(Type* owner, Str* name, uint32_t offset);
Value make_getset_descriptor(Type* owner, const GetSetDef* def);
void type_assign_version(Type* t);

namespace {

// The fixed part a heap subclass extends: boxed builtins are extended through a Boxed.
uint32_t base_extend_size(Type* solid) {
  if (type_has(solid, kTypeBoxed)) return sizeof(Boxed);
  return solid->basicsize;
}

// The nearest builtin type in t's base chain: a class statement's instances extend its C++ struct.
Type* builtin_base(Type* t) {
  while (t && type_has(t, kTypeHeap)) t = t->base;
  return t ? t : &ObjectType;
}

// Whether t's instances carry state beyond base's (CPython's extra_ivars): a class statement's
// __slots__, or a builtin type's larger struct. An added __dict__ does not count.
bool extra_ivars(Type* t, Type* base) {
  if (type_has(t, kTypeHeap)) return t->nslots > 0;
  return t->basicsize != base->basicsize;
}

// The type whose instance layout t has (CPython's solid_base).
Type* layout_base(Type* t) {
  Type* base = t->base ? layout_base(t->base) : &ObjectType;
  return extra_ivars(t, base) ? t : base;
}

// The most derived layout among the bases (CPython's best_base).
Type* find_best_base(VM& vm, Tuple* bases) {
  Type* base = nullptr;
  Type* winner = nullptr;
  for (int64_t i = 0; i < bases->size; ++i) {
    Value b = bases->items[i];
    if (!is_type(b)) {
      raise(vm, &TypeErrorType, "bases must be types");
      return nullptr;
    }
    Type* bt = b.as<Type>();
    if (!type_has(bt, kTypeBaseType)) {
      raisef(vm, &TypeErrorType, "type '%s' is not an acceptable base type", type_name(bt));
      return nullptr;
    }
    Type* candidate = layout_base(bt);
    if (!winner) {
      winner = candidate;
      base = bt;
    } else if (is_subtype(winner, candidate)) {
      // winner is more derived
    } else if (is_subtype(candidate, winner)) {
      winner = candidate;
      base = bt;
    } else {
      raise(vm, &TypeErrorType, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return base;
}

Type* calculate_metaclass(VM& vm, Type* metatype, Tuple* bases) {
  Type* winner = metatype;
  for (int64_t i = 0; i < bases->size; ++i) {
    Type* tmptype = type_of(bases->items[i]);
    if (is_subtype(winner, tmptype)) continue;
    if (is_subtype(tmptype, winner)) {
      winner = tmptype;
      continue;
    }
    raise(vm, &TypeErrorType,
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
          "metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

bool valid_identifier(Str* s) {
  if (s->length == 0) return false;
  for (uint64_t i = 0; i < s->length; ++i) {
    uint32_t c = str_char_at(s, i);
    if (i == 0 ? !(uni_isidstart(c) || c == '_') : !(uni_isidcontinue(c) || c == '_')) return false;
  }
  return true;
}

std::string mangle_name(const std::string& cls, const std::string& name) {
  if (name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
  if (name.size() >= 4 && name.compare(name.size() - 2, 2, "__") == 0) return name;
  std::size_t p = cls.find_first_not_of('_');
  if (p == std::string::npos) return name;
  return "_" + cls.substr(p) + name;
}

Value subtype_get_dict(VM& vm, Value self) {
  Dict** dp = instance_dict_ptr(self.obj());
  if (!dp) return raise(vm, &AttributeErrorType, "This object has no __dict__");
  if (!*dp) *dp = dict_new();
  return newref(Value(*dp));
}
bool subtype_set_dict(VM& vm, Value self, Value v) {
  Dict** dp = instance_dict_ptr(self.obj());
  if (!dp) {
    raise(vm, &AttributeErrorType, "This object has no __dict__");
    return false;
  }
  if (!v || !is_dict(v)) {
    raisef(vm, &TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", v ? tname(v) : "NoneType");
    return false;
  }
  Dict* old = *dp;
  *dp = newref(v.as<Dict>());
  xdecref(old);
  return true;
}
Value subtype_get_weakref(VM&, Value self) { return self.is_obj() ? weakref_head(self.obj()) : new_none(); }

const GetSetDef kSubtypeDictGetSet = {"__dict__", subtype_get_dict, subtype_set_dict, nullptr};
const GetSetDef kSubtypeWeakrefGetSet = {"__weakref__", subtype_get_weakref, nullptr, nullptr};

}  // namespace

Type* best_base(VM& vm, Tuple* bases) { return find_best_base(vm, bases); }

// type.__new__(metatype, name, bases, dict, **kwds)
Value type_new(VM& vm, Type* metatype, Args args) {
  if (args.n == 1 && !args.nkw() && metatype == &TypeType) return newref(Value(type_of(args[0])));
  if (args.n != 3) {
    if (metatype == &TypeType) return raise(vm, &TypeErrorType, "type() takes 1 or 3 arguments");
    return raisef(vm, &TypeErrorType, "type.__new__() takes exactly 3 arguments (%u given)", args.n);
  }
  if (!is_str(args[0]))
    return raisef(vm, &TypeErrorType, "type.__new__() argument 1 must be str, not %s", tname(args[0]));
  if (!is_tuple(args[1]))
    return raisef(vm, &TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", tname(args[1]));
  if (!is_dict(args[2]))
    return raisef(vm, &TypeErrorType, "type.__new__() argument 3 must be dict, not %s", tname(args[2]));
  Str* name = as_str(args[0]);
  Tuple* bases = as_tuple(args[1]);
  Dict* ns = args[2].as<Dict>();

  // Metaclass selection.
  Type* winner = calculate_metaclass(vm, metatype, bases);
  if (!winner) return Value();
  if (winner != metatype && winner->new_ != metatype->new_) return winner->new_(vm, winner, args);
  metatype = winner;

  Tuple* real_bases = bases->size ? newref(bases) : tuple_of({Value(&ObjectType)});
  Type* base = find_best_base(vm, real_bases);
  if (!base) {
    decref(real_bases);
    return Value();
  }
  Type* solid = builtin_base(base);

  // __slots__
  Value slots_v = dict_get_str(ns, g_names.slots);
  std::vector<Str*> slot_names;
  bool add_dict = true, add_weak = true;
  bool base_has_dict = false;
  for (int64_t i = 0; i < real_bases->size; ++i) {
    Type* b = real_bases->items[i].as<Type>();
    if (b->dict_offset) base_has_dict = true;
  }
  if (base->dict_offset) base_has_dict = true;
  if (type_has(base, kTypeTypeSubclass)) base_has_dict = true;  // classes keep their namespace in Type::dict
  bool base_has_weak = type_has(base, kTypeHasWeakrefs);
  if (slots_v) {
    add_dict = false;
    add_weak = false;
    List* items;
    if (is_str(slots_v)) {
      items = list_new(0);
      list_append(vm, items, slots_v);
    } else {
      items = list_from_iterable(vm, slots_v);
      if (!items) {
        decref(real_bases);
        return Value();
      }
    }
    for (int64_t i = 0; i < items->size; ++i) {
      Value s = items->items[i];
      if (!is_str(s)) {
        raisef(vm, &TypeErrorType, "__slots__ items must be strings, not '%s'", tname(s));
        decref(items);
        decref(real_bases);
        return Value();
      }
      Str* sn = as_str(s);
      if (!valid_identifier(sn)) {
        raise(vm, &TypeErrorType, "__slots__ must be identifiers");
        decref(items);
        decref(real_bases);
        return Value();
      }
      if (str_eq_ascii(sn, "__dict__")) {
        if (add_dict || base_has_dict) {
          raise(vm, &TypeErrorType, "__dict__ slot disallowed: we already got one");
          decref(items);
          decref(real_bases);
          return Value();
        }
        add_dict = true;
        continue;
      }
      if (str_eq_ascii(sn, "__weakref__")) {
        if (add_weak || base_has_weak) {
          raise(vm, &TypeErrorType, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
          decref(items);
          decref(real_bases);
          return Value();
        }
        add_weak = true;
        continue;
      }
      Str* mangled = intern(mangle_name(name->data, sn->data));
      if (dict_get_str(ns, mangled)) {
        raisef(vm, &ValueErrorType, "'%s' in __slots__ conflicts with class variable", sn->data);
        decref(items);
        decref(real_bases);
        return Value();
      }
      for (Str* prev : slot_names)
        if (prev == mangled) {
          // duplicates are silently fine in CPython? (they error at member creation) keep first
        }
      slot_names.push_back(mangled);
    }
    decref(items);
    std::sort(slot_names.begin(), slot_names.end(), [](Str* a, Str* b) { return str_compare(a, b) < 0; });
    slot_names.erase(std::unique(slot_names.begin(), slot_names.end()), slot_names.end());
  }
  if (base_has_dict) add_dict = false;
  if (base_has_weak) add_weak = false;

  // Allocate the type object.
  Object* o = object_alloc(metatype, metatype->basicsize < sizeof(Type) ? sizeof(Type) : metatype->basicsize);
  if (!o) {
    decref(real_bases);
    return raise_memory_error(vm);
  }
  Type* t = static_cast<Type*>(o);
  t->cname = "";
  t->flags = kTypeHeap | kTypeBaseType | kTypeHasGC | kTypeReady;
  t->base = base;
  t->bases = real_bases;
  t->name = intern_str(name);
  // qualname
  Value qn = dict_get_str(ns, g_names.qualname);
  if (qn) {
    if (!is_str(qn)) {
      raisef(vm, &TypeErrorType, "type __qualname__ must be a str, not %s", tname(qn));
      t->qualname = newref(t->name);
      decref(t);
      return Value();
    }
    t->qualname = intern_str(as_str(qn));
  } else {
    t->qualname = newref(t->name);
  }
  t->dict = dict_copy(vm, ns);
  if (qn) dict_del_str(t->dict, g_names.qualname);
  // inherit flags
  for (int64_t i = 0; i < real_bases->size; ++i) {
    Type* b = real_bases->items[i].as<Type>();
    t->flags |= b->flags & (kTypeIntSubclass | kTypeFloatSubclass | kTypeStrSubclass | kTypeTupleSubclass |
                            kTypeBytesSubclass | kTypeListSubclass | kTypeDictSubclass | kTypeExcSubclass |
                            kTypeTypeSubclass | kTypeBoxed | kTypeSequence | kTypeMapping | kTypeHasWeakrefs);
  }
  // Layout
  uint32_t size = base->dict_offset || base->nslots || type_has(base, kTypeHeap) ? base->basicsize : base_extend_size(solid);
  if (!type_has(base, kTypeHeap)) size = base_extend_size(solid);
  size = (size + 7) & ~7u;
  t->dict_offset = base->dict_offset;
  if (add_dict) {
    t->dict_offset = int32_t(size);
    size += sizeof(Dict*);
  }
  t->slots_offset = int32_t(size);
  t->nslots = int32_t(slot_names.size());
  size += uint32_t(slot_names.size() * sizeof(Value));
  t->basicsize = size;
  if (add_weak || base_has_weak) t->flags |= kTypeHasWeakrefs;
  if (!slots_v) t->flags |= kTypeHasWeakrefs;
  // __slots__ members
  for (std::size_t i = 0; i < slot_names.size(); ++i) {
    Value m = make_slot_member(t, slot_names[i], uint32_t(t->slots_offset + int32_t(i * sizeof(Value))));
    dict_set_str(t->dict, slot_names[i], m);
    decref(m);
  }
  if (add_dict && !dict_get_str(t->dict, g_names.dict)) {
    Value d = make_getset_descriptor(t, &kSubtypeDictGetSet);
    dict_set_str(t->dict, g_names.dict, d);
    decref(d);
  }
  if (add_weak && !dict_get_str(t->dict, g_names.weakref)) {
    Value d = make_getset_descriptor(t, &kSubtypeWeakrefGetSet);
    dict_set_str(t->dict, g_names.weakref, d);
    decref(d);
  }
  // __module__ from the caller's globals
  if (!dict_get_str(t->dict, g_names.module)) {
    Frame* top = vm.task ? vm.task->top : nullptr;
    while (top && top->kind != FrameKind::Python) top = top->back;
    if (top) {
      Value mn = dict_get_str(static_cast<PyFrame*>(top)->globals, g_names.name);
      if (mn) dict_set_str(t->dict, g_names.module, mn);
    }
  }
  if (!dict_get_str(t->dict, g_names.doc)) dict_set_str(t->dict, g_names.doc, none());
  // A class that defines __eq__ but not __hash__ is unhashable.
  if (dict_get_str(t->dict, g_names.eq) && !dict_get_str(t->dict, g_names.hash)) dict_set_str(t->dict, g_names.hash, none());
  // Special methods that are implicitly static/class methods.
  {
    Value nw = dict_get_str(t->dict, g_names.new_);
    if (nw && type_of(nw) == &FunctionType) {
      Value args1[1] = {nw};
      Value sm = call(vm, Value(&StaticMethodType), Args{args1, 1, nullptr});
      dict_set_str(t->dict, g_names.new_, sm);
      decref(sm);
    }
    for (Str* cm : {g_names.init_subclass, g_names.class_getitem}) {
      Value f = dict_get_str(t->dict, cm);
      if (f && type_of(f) == &FunctionType) {
        Value args1[1] = {f};
        Value c = call(vm, Value(&ClassMethodType), Args{args1, 1, nullptr});
        dict_set_str(t->dict, cm, c);
        decref(c);
      }
    }
  }
  // Life cycle: instances are freed by subtype_dealloc, traversed including __dict__/__slots__.
  t->dealloc = subtype_dealloc;
  t->traverse = subtype_traverse;
  t->clear = subtype_clear;
  // MRO and slots
  if (metatype != &TypeType) {
    Value mro_m = type_lookup(metatype, g_names.mro);
    Value type_mro = type_lookup(&TypeType, g_names.mro);
    if (mro_m && mro_m != type_mro) {
      // custom mro(): computed after a provisional C3
      if (!mro_compute(vm, t)) {
        decref(t);
        return Value();
      }
      Value r = call_method0(vm, Value(t), g_names.mro);
      if (!r) {
        decref(t);
        return Value();
      }
      Tuple* m = tuple_from_iterable(vm, r);
      decref(r);
      if (!m) {
        decref(t);
        return Value();
      }
      decref(t->mro);
      t->mro = m;
    } else if (!mro_compute(vm, t)) {
      decref(t);
      return Value();
    }
  } else if (!mro_compute(vm, t)) {
    decref(t);
    return Value();
  }
  for (int64_t i = 0; i < real_bases->size; ++i) type_add_subclass(real_bases->items[i].as<Type>(), t);
  type_assign_version(t);
  // Inherit the base's slots first, then let dunders defined in Python take over.
  t->number = nullptr;
  t->new_ = base->new_;
  t->init = base->init;
  t->concat = base->concat;
  t->repeat = base->repeat;
  type_update_slots(t);
  if (!t->new_) t->new_ = base->new_;
  if (type_lookup(t, g_names.abstractmethods)) {
    // set by ABCMeta via the __abstractmethods__ setter; nothing here
  }
  gc_track(t);

  // __classcell__
  Value cell = dict_get_str(t->dict, g_names.classcell);
  if (cell) {
    if (type_of(cell) != &CellType) {
      raisef(vm, &TypeErrorType, "__classcell__ must be a nonlocal cell, not %s", tname(cell));
      decref(t);
      return Value();
    }
    Cell* c = cell.as<Cell>();
    Value old = c->contents;
    c->contents = newref(Value(t));
    decref(old);
    dict_del_str(t->dict, g_names.classcell);
  }

  // __set_name__ on the attributes
  {
    List* items = list_new(0);
    int64_t pos = 0;
    Value k, v;
    while (dict_next(t->dict, &pos, &k, &v)) {
      Tuple* kv = tuple_of({k, v});
      list_append(vm, items, Value(kv));
      decref(kv);
    }
    for (int64_t i = 0; i < items->size; ++i) {
      Tuple* kv = items->items[i].as<Tuple>();
      Value attr = kv->items[1];
      Value set_name = type_lookup(type_of(attr), g_names.set_name);
      if (!set_name) continue;
      incref(set_name);
      Value a2[2] = {Value(t), kv->items[0]};
      Value r = call_special(vm, set_name, attr, a2, 2);
      decref(set_name);
      if (!r) {
        if (error_matches(vm, &RuntimeErrorType) || true) {
          // 3.11 wraps the error: RuntimeError("Error calling __set_name__ on 'A' instance 'x' in 'C'")
          Object* cause = take_error(vm);
          raisef(vm, &RuntimeErrorType, "Error calling __set_name__ on '%s' instance '%s' in '%s'", tname(attr),
                 as_str(kv->items[0])->data, t->name->data);
          BaseException* e = reinterpret_cast<BaseException*>(vm.exc);
          decref(e->cause);
          e->cause = newref(Value(cause));
          decref(e->context);
          e->context = Value(cause);
        }
        decref(items);
        decref(t);
        return Value();
      }
      decref(r);
    }
    decref(items);
  }

  // __init_subclass__ of the parent (super(t, t).__init_subclass__(**kwds))
  {
    Value isc;
    Tuple* mro = t->mro;
    for (int64_t i = 1; i < mro->size && !isc; ++i) {
      Type* b = mro->items[i].as<Type>();
      Value d = b->dict ? dict_get_str(b->dict, g_names.init_subclass) : Value();
      if (d) isc = d;
    }
    if (isc) {
      incref(isc);
      Value bound;
      if (type_of(isc)->descr_get) bound = type_of(isc)->descr_get(vm, isc, Value(), Value(t));
      else bound = newref(isc);
      decref(isc);
      if (!bound) {
        decref(t);
        return Value();
      }
      Value r = call(vm, bound, Args{args.v + args.n, 0, args.kwnames});
      decref(bound);
      if (!r) {
        decref(t);
        return Value();
      }
      decref(r);
    }
  }
  return Value(t);
}

// ------------------------------------------------------------------ __build_class__

namespace {

Co<Value> build_class_co(VM& vm, Args a) {
  if (a.n < 2) co_return raise(vm, &TypeErrorType, "__build_class__: not enough arguments");
  Value func = a[0];
  if (type_of(func) != &FunctionType) co_return raise(vm, &TypeErrorType, "__build_class__: func must be a function");
  if (!is_str(a[1])) co_return raise(vm, &TypeErrorType, "__build_class__: name is not a string");
  Value name = a[1];
  Tuple* orig_bases = tuple_from_array(a.v + 2, a.n - 2);
  // PEP 560: __mro_entries__
  Tuple* bases = orig_bases;
  incref(bases);
  {
    bool changed = false;
    List* nb = list_new(0);
    for (int64_t i = 0; i < orig_bases->size; ++i) {
      Value b = orig_bases->items[i];
      if (is_type(b)) {
        list_append(vm, nb, b);
        continue;
      }
      Value me = get_attr_opt(vm, b, g_names.mro_entries);
      if (!me) {
        if (has_error(vm)) {
          decref(nb);
          decref(bases);
          decref(orig_bases);
          co_return Value();
        }
        list_append(vm, nb, b);
        continue;
      }
      Value r = call1(vm, me, Value(orig_bases));
      decref(me);
      if (!r) {
        decref(nb);
        decref(bases);
        decref(orig_bases);
        co_return Value();
      }
      if (!is_tuple(r)) {
        decref(r);
        decref(nb);
        decref(bases);
        decref(orig_bases);
        co_return raise(vm, &TypeErrorType, "__mro_entries__ must return a tuple");
      }
      Tuple* rt = as_tuple(r);
      for (int64_t k = 0; k < rt->size; ++k) list_append(vm, nb, rt->items[k]);
      decref(r);
      changed = true;
    }
    if (changed) {
      decref(bases);
      bases = tuple_from_array(nb->items, nb->size);
    }
    decref(nb);
  }
  // metaclass and class keywords
  Value meta;
  std::vector<Value> kwvals;
  std::vector<Value> kwnames;
  for (uint32_t i = 0; i < a.nkw(); ++i) {
    Str* k = a.kwname(i);
    if (str_eq_ascii(k, "metaclass")) {
      meta = a.kwvalue(i);
    } else {
      kwnames.push_back(Value(k));
      kwvals.push_back(a.kwvalue(i));
    }
  }
  bool is_class = false;
  if (!meta) {
    meta = bases->size ? Value(type_of(bases->items[0])) : Value(&TypeType);
    is_class = true;
  } else {
    is_class = is_type(meta);
  }
  incref(meta);
  if (is_class) {
    Type* winner = calculate_metaclass(vm, meta.as<Type>(), bases);
    if (!winner) {
      decref(meta);
      decref(bases);
      decref(orig_bases);
      co_return Value();
    }
    decref(meta);
    meta = newref(Value(winner));
  }
  Tuple* kwt = tuple_new(int64_t(kwnames.size()));
  for (std::size_t i = 0; i < kwnames.size(); ++i) kwt->items[i] = newref(kwnames[i]);
  // namespace = meta.__prepare__(name, bases, **kwds)
  Value ns;
  Value prep = get_attr_opt(vm, meta, g_names.prepare);
  if (prep) {
    std::vector<Value> pargs = {name, Value(bases)};
    for (Value v : kwvals) pargs.push_back(v);
    ns = co_await call_co(vm, prep, Args{pargs.data(), 2, kwt->size ? kwt : nullptr});
    decref(prep);
  } else if (!has_error(vm)) {
    ns = Value(dict_new());
  }
  if (!ns) {
    decref(kwt);
    decref(meta);
    decref(bases);
    decref(orig_bases);
    co_return Value();
  }
  if (!type_of(ns)->getitem) {
    std::string mname = is_type(meta) ? type_name(meta.as<Type>()) : "<metaclass>";
    raisef(vm, &TypeErrorType, "%s.__prepare__() must return a mapping, not %s", mname.c_str(), tname(ns));
    decref(ns);
    decref(kwt);
    decref(meta);
    decref(bases);
    decref(orig_bases);
    co_return Value();
  }
  // run the class body with the namespace as its locals
  Function* fn = func.as<Function>();
  PyFrame* body = frame_new(vm, fn->code, fn->globals, fn->builtins, ns, fn);
  CallPrep prep_body;
  prep_body.frame = body;
  Value cell = co_await CallAwaiter{vm, prep_body};
  if (!cell) {
    decref(ns);
    decref(kwt);
    decref(meta);
    decref(bases);
    decref(orig_bases);
    co_return Value();
  }
  if (bases != orig_bases) {
    Value k(g_names.orig_bases);
    if (!set_item(vm, ns, k, Value(orig_bases))) {
      decref(cell);
      decref(ns);
      decref(kwt);
      decref(meta);
      decref(bases);
      decref(orig_bases);
      co_return Value();
    }
  }
  std::vector<Value> margs = {name, Value(bases), ns};
  for (Value v : kwvals) margs.push_back(v);
  Value cls = co_await call_co(vm, meta, Args{margs.data(), 3, kwt->size ? kwt : nullptr});
  if (cls && type_of(cell) == &CellType && is_type(cls)) {
    Value in_cell = cell.as<Cell>()->contents;
    if (in_cell != cls) {
      if (!in_cell) {
        raisef(vm, &RuntimeErrorType,
               "__class__ not set defining '%s' as %s. Was __classcell__ propagated to type.__new__?",
               as_str(name)->data, "<class>");
      } else {
        raisef(vm, &TypeErrorType, "__class__ set to %s defining '%s' as %s", "<class>", as_str(name)->data, "<class>");
      }
      decref(cls);
      cls = Value();
    }
  }
  decref(cell);
  decref(ns);
  decref(kwt);
  decref(meta);
  decref(bases);
  decref(orig_bases);
  co_return cls;
}

}  // namespace

extern const MethodDef kBuildClassDef;
const MethodDef kBuildClassDef = {"__build_class__", nullptr, kMethCo,
                                  "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the class statement.",
                                  build_class_co};

}  // namespace coil
