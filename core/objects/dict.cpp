// dict.cpp - the dict type on top of dict_table.cpp: construction/update rules, repr, comparison,
// subscripting with __missing__, methods, the keys/values/items views and the dict iterators.
//
// Section index
//   1. construction and update (dict_new, merge, update from a mapping or from pairs)
//   2. dict slots
//   3. dict methods
//   4. iterators (forward and reversed, keys/values/items)
//   5. views (dict_keys, dict_values, dict_items) and their set operations
//   6. type set-up
#include "objects/generic_alias.h"
#include <string>
#include <vector>

#include "objects/argcheck.h"
#include "objects/unhashable.h"
#include "objects/repr_guard.h"
#include "vm/runtime.h"
#include "vm/slots.h"

namespace coil {

Type DictType;
Type DictKeysType, DictValuesType, DictItemsType;
Type DictKeyIterType, DictValueIterType, DictItemIterType;
Type DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType;

Value make_mappingproxy(VM& vm, Value mapping);  // objects/mappingproxy.cpp

// ============================================================== 1. construction and update

// A new dict is not tracked by the cycle collector until something that may be part of a cycle
// is stored in it (CPython's MAINTAIN_TRACKING; dict_table.cpp).
Dict* dict_new() { return reinterpret_cast<Dict*>(object_alloc(&DictType, sizeof(Dict))); }

bool is_dict(Value v) { return v.is_obj() && type_has(v.obj()->type, kTypeDictSubclass); }

namespace {

Value dict_iter(VM& vm, Value self);

// PyDict_Merge(a, b, override=1): b is a dict whose iteration is the native one, or any mapping
// with keys() and __getitem__.
bool dict_merge(VM& vm, Dict* a, Value b) {
  if (is_dict(b) && type_of(b)->iter == dict_iter) {
    Dict* other = b.as<Dict>();
    if (other == a || other->used == 0) return true;
    int64_t n = other->used;
    for (int64_t i = 0; i < other->nentries; ++i) {
      DictEntry* e = &other->entries[i];
      if (!e->key) continue;
      Value k = newref(e->key), v = newref(e->value);
      bool ok = dict_set(vm, a, k, v);
      decref(k);
      decref(v);
      if (!ok) return false;
      if (other->used != n) {
        raise(vm, &RuntimeErrorType, "dict mutated during update");
        return false;
      }
    }
    return true;
  }
  Value keys = call_method0(vm, b, g_names.keys);
  if (!keys) return false;
  bool ok = for_each_item(vm, keys, [&](Value key) {
    Value v = get_item(vm, b, key);
    if (!v) return false;
    bool r = dict_set(vm, a, key, v);
    decref(v);
    return r;
  });
  decref(keys);
  return ok;
}

// PySequence_Fast for a pair: an exact list/tuple as is, else a new list (TypeError if not iterable).
Value fast_pair(VM& vm, Value item, int64_t index) {
  if (is_list_exact(item) || is_tuple_exact(item)) return newref(item);
  Type* t = type_of(item);
  if (!t->iter && !t->getitem) {
    return raisef(vm, &TypeErrorType, "cannot convert dictionary update sequence element #%lld to a sequence",
                  static_cast<long long>(index));
  }
  List* l = list_from_iterable(vm, item);
  if (!l) {
    if (error_matches(vm, &TypeErrorType)) {
      clear_error(vm);
      raisef(vm, &TypeErrorType, "cannot convert dictionary update sequence element #%lld to a sequence",
             static_cast<long long>(index));
    }
    return Value();
  }
  return Value(l);
}

bool merge_from_seq2(VM& vm, Dict* d, Value seq) {
  int64_t i = 0;
  return for_each_item(vm, seq, [&](Value item) {
    Value fast = fast_pair(vm, item, i);
    if (!fast) return false;
    int64_t n;
    Value* items;
    if (is_tuple_exact(fast)) {
      n = fast.as<Tuple>()->size;
      items = fast.as<Tuple>()->items;
    } else {
      n = fast.as<List>()->size;
      items = fast.as<List>()->items;
    }
    if (n != 2) {
      raisef(vm, &ValueErrorType, "dictionary update sequence element #%lld has length %lld; 2 is required",
             static_cast<long long>(i), static_cast<long long>(n));
      decref(fast);
      return false;
    }
    Value k = newref(items[0]), v = newref(items[1]);
    bool ok = dict_set(vm, d, k, v);
    decref(k);
    decref(v);
    decref(fast);
    ++i;
    return ok;
  });
}

// dict_update_arg: a dict, a mapping (has keys()), or an iterable of pairs.
bool update_arg(VM& vm, Dict* d, Value arg) {
  if (is_dict_exact(arg)) return dict_update(vm, d, arg.as<Dict>());
  Value keys = get_attr_opt(vm, arg, g_names.keys);
  if (keys) {
    decref(keys);
    return dict_merge(vm, d, arg);
  }
  if (has_error(vm)) return false;
  return merge_from_seq2(vm, d, arg);
}

bool update_kwargs(VM& vm, Dict* d, Args a) {
  for (uint32_t i = 0; i < a.nkw(); ++i)
    if (!dict_set(vm, d, Value(a.kwname(i)), a.kwvalue(i))) return false;
  return true;
}

// dict(...) / d.update(...): one optional positional argument plus keywords.
bool update_common(VM& vm, Dict* d, Args a, uint32_t first, const char* name) {
  if (!check_positional(vm, name, a.n - first, 0, 1)) return false;
  if (a.n > first && !update_arg(vm, d, a[first])) return false;
  return update_kwargs(vm, d, a);
}

// ============================================================== 2. dict slots

Value dict_tp_new(VM& vm, Type* type, Args) {
  Object* o = object_alloc(type, type->basicsize);
  if (!o) return raise_memory_error(vm);
  if (type != &DictType) gc_track(o);  // exact dicts start untracked (dict_new)
  return Value(o);
}

bool dict_init(VM& vm, Value self, Args a) { return update_common(vm, self.as<Dict>(), a, 0, "dict"); }

void dict_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  dict_clear(static_cast<Dict*>(o));
  dict_free_storage(static_cast<Dict*>(o));
  generic_dealloc(o);
}

void dict_traverse(Object* o, VisitFn visit, void* arg) {
  Dict* d = static_cast<Dict*>(o);
  for (int64_t i = 0; i < d->nentries; ++i) {
    DictEntry& e = d->entries[i];
    if (!e.key) continue;
    if (e.key.is_obj()) visit(e.key.obj(), arg);
    if (e.value.is_obj()) visit(e.value.obj(), arg);
  }
}

void dict_clear_slot(Object* o) { dict_clear(static_cast<Dict*>(o)); }

Value dict_repr(VM& vm, Value self) {
  Dict* d = self.as<Dict>();
  if (repr_enter(vm, self.obj())) return Value(str_new("{...}"));
  if (d->used == 0) {
    repr_leave(vm, self.obj());
    return Value(str_new("{}"));
  }
  std::string out = "{";
  bool first = true;
  for (int64_t i = 0; i < d->nentries; ++i) {
    if (!d->entries[i].key) continue;
    Value k = newref(d->entries[i].key), v = newref(d->entries[i].value);
    if (!first) out += ", ";
    first = false;
    Value kr = repr(vm, k);
    Value vr = kr ? repr(vm, v) : Value();
    decref(k);
    decref(v);
    if (!vr) {
      decref(kr);
      repr_leave(vm, self.obj());
      return Value();
    }
    out += as_str(kr)->view();
    out += ": ";
    out += as_str(vr)->view();
    decref(kr);
    decref(vr);
  }
  out += "}";
  repr_leave(vm, self.obj());
  return Value(str_new(out));
}

int dict_equal(VM& vm, Dict* a, Dict* b) {
  if (a->used != b->used) return 0;
  for (int64_t i = 0; i < a->nentries; ++i) {
    DictEntry* e = &a->entries[i];
    if (!e->key) continue;
    Value key = newref(e->key), aval = newref(e->value);
    Value bval = dict_get(vm, b, key);
    if (!bval) {
      decref(key);
      decref(aval);
      return has_error(vm) ? -1 : 0;
    }
    incref(bval);
    int r = rich_compare_bool(vm, aval, bval, kEQ);
    decref(key);
    decref(aval);
    decref(bval);
    if (r <= 0) return r;
  }
  return 1;
}

Value dict_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_dict(a) || !is_dict(b) || (op != kEQ && op != kNE)) return new_not_implemented();
  int r = a == b ? 1 : dict_equal(vm, a.as<Dict>(), b.as<Dict>());
  if (r < 0) return Value();
  return new_bool(op == kEQ ? r != 0 : r == 0);
}

int64_t dict_len(VM&, Value self) { return self.as<Dict>()->used; }

int dict_contains_slot(VM& vm, Value self, Value key) { return dict_contains(vm, self.as<Dict>(), key); }

Value dict_subscript(VM& vm, Value self, Value key) {
  Dict* d = self.as<Dict>();
  Value v = dict_get(vm, d, key);
  if (v) return newref(v);
  if (has_error(vm)) return Value();
  if (!is_dict_exact(self)) {
    Value missing = type_lookup(type_of(self), g_names.missing);
    if (missing) {
      incref(missing);
      Value r = call_special(vm, missing, self, &key, 1);
      decref(missing);
      return r;
    }
  }
  return raise_key_error(vm, key);
}

bool dict_ass_sub(VM& vm, Value self, Value key, Value v) {
  Dict* d = self.as<Dict>();
  if (v) return dict_set(vm, d, key, v);
  int r = dict_del(vm, d, key);
  if (r < 0) return false;
  if (r == 0) {
    raise_key_error(vm, key);
    return false;
  }
  return true;
}

Value dict_or(VM& vm, Value a, Value b) {
  if (!is_dict(a) || !is_dict(b)) return new_not_implemented();
  Dict* r = dict_copy(vm, a.as<Dict>());
  if (!r) return Value();
  if (!update_arg(vm, r, b)) {
    decref(r);
    return Value();
  }
  return Value(r);
}

Value dict_ior(VM& vm, Value a, Value b) {
  if (!update_arg(vm, a.as<Dict>(), b)) return Value();
  return newref(a);
}

NumberSlots g_dict_number;

// ============================================================== 3. dict methods

Value make_view(Type* type, Value dict);

Value m_keys(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "dict.keys")) return Value();
  return make_view(&DictKeysType, a[0]);
}
Value m_values(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "dict.values")) return Value();
  return make_view(&DictValuesType, a[0]);
}
Value m_items(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "dict.items")) return Value();
  return make_view(&DictItemsType, a[0]);
}

Value m_get(VM& vm, Args a) {
  if (!check_pos_only(vm, a, "get", 1, 2)) return Value();
  Value v = dict_get(vm, a[0].as<Dict>(), a[1]);
  if (v) return newref(v);
  if (has_error(vm)) return Value();
  return newref(a.n > 2 ? a[2] : none());
}

Value m_setdefault(VM& vm, Args a) {
  if (!check_pos_only(vm, a, "setdefault", 1, 2)) return Value();
  Dict* d = a[0].as<Dict>();
  Value v = dict_get(vm, d, a[1]);
  if (v) return newref(v);
  if (has_error(vm)) return Value();
  Value dflt = a.n > 2 ? a[2] : none();
  if (!dict_set(vm, d, a[1], dflt)) return Value();
  return newref(dflt);
}

Value m_pop(VM& vm, Args a) {
  if (!check_pos_only(vm, a, "pop", 1, 2)) return Value();
  Dict* d = a[0].as<Dict>();
  if (d->used == 0) {
    if (a.n > 2) return newref(a[2]);
    return raise_key_error(vm, a[1]);
  }
  Value v = dict_get(vm, d, a[1]);
  if (!v) {
    if (has_error(vm)) return Value();
    if (a.n > 2) return newref(a[2]);
    return raise_key_error(vm, a[1]);
  }
  incref(v);
  if (dict_del(vm, d, a[1]) < 0) {
    decref(v);
    return Value();
  }
  return v;
}

Value m_popitem(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "dict.popitem")) return Value();
  Dict* d = a[0].as<Dict>();
  if (d->used == 0) return raise(vm, &KeyErrorType, "popitem(): dictionary is empty");
  int64_t i = d->nentries - 1;
  while (i >= 0 && !d->entries[i].key) --i;
  if (i < 0) return raise(vm, &KeyErrorType, "popitem(): dictionary is empty");
  Value k = d->entries[i].key, v = d->entries[i].value;
  Tuple* t = tuple_of({k, v});
  if (dict_del(vm, d, k) < 0) {
    decref(t);
    return Value();
  }
  return Value(t);
}

Value m_update(VM& vm, Args a) {
  if (!update_common(vm, a[0].as<Dict>(), a, 1, "update")) return Value();
  return new_none();
}

Value m_clear(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "dict.clear")) return Value();
  dict_clear(a[0].as<Dict>());
  return new_none();
}

Value m_copy(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "dict.copy")) return Value();
  Dict* r = dict_copy(vm, a[0].as<Dict>());
  return r ? Value(r) : Value();
}

Value m_fromkeys(VM& vm, Args a) {
  if (!check_pos_only(vm, a, "fromkeys", 1, 2)) return Value();
  Value cls = a[0];
  Value value = a.n > 2 ? a[2] : none();
  Value d = call0(vm, cls);
  if (!d) return Value();
  bool exact = is_dict_exact(d);
  bool ok = for_each_item(vm, a[1], [&](Value key) {
    if (exact) return dict_set(vm, d.as<Dict>(), key, value);
    return set_item(vm, d, key, value);
  });
  if (!ok) {
    decref(d);
    return Value();
  }
  return d;
}

Value m_contains(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "dict.__contains__")) return Value();
  int r = dict_contains(vm, a[0].as<Dict>(), a[1]);
  return r < 0 ? Value() : new_bool(r != 0);
}

Value m_getitem(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "dict.__getitem__")) return Value();
  return dict_subscript(vm, a[0], a[1]);
}

Value m_sizeof(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "dict.__sizeof__")) return Value();
  Dict* d = a[0].as<Dict>();
  int64_t size = 48 + int64_t(type_of(a[0])->basicsize) - int64_t(sizeof(Dict));
  if (d->capacity > 0) size += 32 + d->capacity * 24 + int64_t(d->index ? (d->mask + 1) * 4 : 8);
  return Value::small(size);
}

Value new_dict_iter(Type* type, Dict* d);

Value m_reversed(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "dict.__reversed__")) return Value();
  return new_dict_iter(&DictRevKeyIterType, a[0].as<Dict>());
}

const MethodDef kDictMethods[] = {
    {"__class_getitem__", generic_alias_class_getitem, kMethClass, "See PEP 585", nullptr},
    {"__contains__", m_contains, kMethPlain, "True if the dictionary has the specified key, else False.", nullptr},
    {"__getitem__", m_getitem, kMethPlain, "x.__getitem__(y) <==> x[y]", nullptr},
    {"__sizeof__", m_sizeof, kMethPlain, "D.__sizeof__() -> size of D in memory, in bytes", nullptr},
    {"get", m_get, kMethPlain, "Return the value for key if key is in the dictionary, else default.", nullptr},
    {"setdefault", m_setdefault, kMethPlain,
     "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in "
     "the dictionary, else default.",
     nullptr},
    {"pop", m_pop, kMethPlain,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return "
     "the default if given; otherwise,\nraise a KeyError.",
     nullptr},
    {"popitem", m_popitem, kMethPlain,
     "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\n"
     "Raises KeyError if the dict is empty.",
     nullptr},
    {"keys", m_keys, kMethPlain, "D.keys() -> a set-like object providing a view on D's keys", nullptr},
    {"items", m_items, kMethPlain, "D.items() -> a set-like object providing a view on D's items", nullptr},
    {"values", m_values, kMethPlain, "D.values() -> an object providing a view on D's values", nullptr},
    {"update", m_update, kMethPlain,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\nIf E is present and has a .keys() method, "
     "then does:  for k in E: D[k] = E[k]\nIf E is present and lacks a .keys() method, then does:  for k, v in E: "
     "D[k] = v\nIn either case, this is followed by: for k in F:  D[k] = F[k]",
     nullptr},
    {"fromkeys", m_fromkeys, kMethClass, "Create a new dictionary with keys from iterable and values set to value.",
     nullptr},
    {"clear", m_clear, kMethPlain, "D.clear() -> None.  Remove all items from D.", nullptr},
    {"copy", m_copy, kMethPlain, "D.copy() -> a shallow copy of D", nullptr},
    {"__reversed__", m_reversed, kMethPlain, "Return a reverse iterator over the dict keys.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

// ============================================================== 4. iterators

struct DictIter : Object {
  Dict* dict;  // null when exhausted
  int64_t used;
  int64_t pos;
  int64_t len;
};

enum IterKind { kKeys, kValues, kItems };

inline IterKind kind_of(Type* t) {
  if (t == &DictKeyIterType || t == &DictRevKeyIterType) return kKeys;
  if (t == &DictValueIterType || t == &DictRevValueIterType) return kValues;
  return kItems;
}

inline bool is_reverse(Type* t) {
  return t == &DictRevKeyIterType || t == &DictRevValueIterType || t == &DictRevItemIterType;
}

Value new_dict_iter(Type* type, Dict* d) {
  DictIter* it = reinterpret_cast<DictIter*>(object_alloc(type, sizeof(DictIter)));
  it->dict = newref(d);
  it->used = d->used;
  it->len = d->used;
  it->pos = is_reverse(type) ? d->nentries - 1 : 0;
  gc_track(it);
  return Value(it);
}

Value dict_iter(VM&, Value self) { return new_dict_iter(&DictKeyIterType, self.as<Dict>()); }

Value produce(IterKind kind, DictEntry* e) {
  if (kind == kKeys) return newref(e->key);
  if (kind == kValues) return newref(e->value);
  return Value(tuple_of({e->key, e->value}));
}

Value dictiter_done(DictIter* di) {
  Dict* d = di->dict;
  di->dict = nullptr;
  decref(d);
  return Value::iter_done();
}

Value dictiter_next(VM& vm, Value self) {
  DictIter* di = self.as<DictIter>();
  Dict* d = di->dict;
  if (!d) return Value::iter_done();
  if (di->used != d->used) {
    di->used = -1;  // sticky
    return raise(vm, &RuntimeErrorType, "dictionary changed size during iteration");
  }
  int64_t i = di->pos, n = d->nentries;
  while (i < n && !d->entries[i].key) i++;
  if (i >= n) return dictiter_done(di);
  if (di->len == 0) {
    raise(vm, &RuntimeErrorType, "dictionary keys changed during iteration");
    dictiter_done(di);
    return Value();
  }
  di->pos = i + 1;
  di->len--;
  return produce(kind_of(di->type), &d->entries[i]);
}

Value dictreviter_next(VM& vm, Value self) {
  DictIter* di = self.as<DictIter>();
  Dict* d = di->dict;
  if (!d) return Value::iter_done();
  if (di->used != d->used) {
    di->used = -1;
    return raise(vm, &RuntimeErrorType, "dictionary changed size during iteration");
  }
  int64_t i = di->pos;
  if (i >= d->nentries) i = d->nentries - 1;
  if (i < 0) return dictiter_done(di);
  while (!d->entries[i].key) {
    if (--i < 0) return dictiter_done(di);
  }
  di->pos = i - 1;
  di->len--;
  return produce(kind_of(di->type), &d->entries[i]);
}

Value iter_self(VM&, Value self) { return newref(self); }

void dictiter_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  xdecref(static_cast<DictIter*>(o)->dict);
  generic_dealloc(o);
}

void dictiter_traverse(Object* o, VisitFn visit, void* arg) {
  DictIter* it = static_cast<DictIter*>(o);
  if (it->dict) visit(it->dict, arg);
}

void dictiter_clear(Object* o) {
  DictIter* it = static_cast<DictIter*>(o);
  Dict* d = it->dict;
  it->dict = nullptr;
  xdecref(d);
}

Value dictiter_length_hint(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "__length_hint__")) return Value();
  DictIter* di = a[0].as<DictIter>();
  int64_t n = 0;
  if (di->dict && di->used == di->dict->used) n = di->len;
  return Value::small(n);
}

const MethodDef kDictIterMethods[] = {
    {"__length_hint__", dictiter_length_hint, kMethPlain, "Private method returning an estimate of len(list(it)).",
     nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

// ============================================================== 5. views

struct DictView : Object {
  Dict* dict;
};

Value make_view(Type* type, Value dict) {
  DictView* v = reinterpret_cast<DictView*>(object_alloc(type, sizeof(DictView)));
  v->dict = newref(dict.as<Dict>());
  gc_track(v);
  return Value(v);
}

inline bool is_setlike_view(Value v) {
  return v.is_obj() && (v.obj()->type == &DictKeysType || v.obj()->type == &DictItemsType);
}

void view_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  xdecref(static_cast<DictView*>(o)->dict);
  generic_dealloc(o);
}

void view_traverse(Object* o, VisitFn visit, void* arg) {
  DictView* v = static_cast<DictView*>(o);
  if (v->dict) visit(v->dict, arg);
}

void view_clear(Object* o) {
  DictView* v = static_cast<DictView*>(o);
  Dict* d = v->dict;
  v->dict = nullptr;
  xdecref(d);
}

int64_t view_len(VM&, Value self) {
  Dict* d = self.as<DictView>()->dict;
  return d ? d->used : 0;
}

Value keys_iter(VM&, Value self) { return new_dict_iter(&DictKeyIterType, self.as<DictView>()->dict); }
Value values_iter(VM&, Value self) { return new_dict_iter(&DictValueIterType, self.as<DictView>()->dict); }
Value items_iter(VM&, Value self) { return new_dict_iter(&DictItemIterType, self.as<DictView>()->dict); }

int keys_contains(VM& vm, Value self, Value key) { return dict_contains(vm, self.as<DictView>()->dict, key); }

int items_contains(VM& vm, Value self, Value item) {
  if (!is_tuple(item)) return 0;
  Tuple* t = as_tuple(item);
  if (t->size != 2) return 0;
  Value found = dict_get(vm, self.as<DictView>()->dict, t->items[0]);
  if (!found) return has_error(vm) ? -1 : 0;
  incref(found);
  int r = rich_compare_bool(vm, found, t->items[1], kEQ);
  decref(found);
  return r;
}

int values_contains(VM& vm, Value self, Value x) {
  Dict* d = self.as<DictView>()->dict;
  int64_t used = d->used;
  for (int64_t i = 0; i < d->nentries; ++i) {
    if (!d->entries[i].key) continue;
    Value v = newref(d->entries[i].value);
    int r = rich_compare_bool(vm, v, x, kEQ);
    decref(v);
    if (r != 0) return r;
    if (d->used != used) {
      raise(vm, &RuntimeErrorType, "dictionary changed size during iteration");
      return -1;
    }
  }
  return 0;
}

Value view_repr(VM& vm, Value self) {
  if (repr_enter(vm, self.obj())) return Value(str_new("..."));
  List* l = list_from_iterable(vm, self);
  if (!l) {
    repr_leave(vm, self.obj());
    return Value();
  }
  Value r = repr(vm, Value(l));
  decref(l);
  repr_leave(vm, self.obj());
  if (!r) return Value();
  std::string out = std::string(tname(self)) + "(" + std::string(as_str(r)->view()) + ")";
  decref(r);
  return Value(str_new(out));
}

// all_contained_in: every item of a is in b (1/0/-1).
int all_contained_in(VM& vm, Value a, Value b) {
  int result = 1;
  bool ok = for_each_item(vm, a, [&](Value x) {
    int r = contains(vm, b, x);
    if (r < 0) return false;
    if (!r) {
      result = 0;
      return false;
    }
    return true;
  });
  if (!ok && result) return -1;
  return result;
}

Value view_richcompare(VM& vm, Value self, Value other, CompareOp op) {
  if (!is_anyset(other) && !is_setlike_view(other)) return new_not_implemented();
  int64_t len_self = length(vm, self);
  if (len_self < 0) return Value();
  int64_t len_other = length(vm, other);
  if (len_other < 0) return Value();
  int ok = 0;
  switch (op) {
    case kNE:
    case kEQ:
      if (len_self == len_other) ok = all_contained_in(vm, self, other);
      if (op == kNE && ok >= 0) ok = !ok;
      break;
    case kLT:
      if (len_self < len_other) ok = all_contained_in(vm, self, other);
      break;
    case kLE:
      if (len_self <= len_other) ok = all_contained_in(vm, self, other);
      break;
    case kGT:
      if (len_self > len_other) ok = all_contained_in(vm, other, self);
      break;
    case kGE:
      if (len_self >= len_other) ok = all_contained_in(vm, other, self);
      break;
  }
  if (ok < 0) return Value();
  return new_bool(ok != 0);
}

// set(view) (a keys view of an exact dict builds from the dict itself, like CPython).
Value view_to_set(VM& vm, Value self) {
  Value left = self;
  if (self.is_obj() && self.obj()->type == &DictKeysType) {
    Dict* d = self.as<DictView>()->dict;
    if (d && is_dict_exact(Value(d))) left = Value(d);
  }
  Set* s = set_new(&SetType);
  if (!s) return raise_memory_error(vm);
  Value r = call_method1(vm, Value(s), intern("update"), left);
  if (!r) {
    decref(s);
    return Value();
  }
  decref(r);
  return Value(s);
}

Value set_method_on(VM& vm, Value result, const char* method, Value other) {
  Value r = call_method1(vm, result, intern(method), other);
  if (!r) {
    decref(result);
    return Value();
  }
  decref(r);
  return result;
}

Value views_sub(VM& vm, Value a, Value b) {
  Value result = view_to_set(vm, a);
  if (!result) return Value();
  return set_method_on(vm, result, "difference_update", b);
}

Value views_or(VM& vm, Value a, Value b) {
  Value result = view_to_set(vm, a);
  if (!result) return Value();
  return set_method_on(vm, result, "update", b);
}

Value items_xor(VM& vm, Value a, Value b) {
  Dict* d1 = a.as<DictView>()->dict;
  Dict* d2 = b.as<DictView>()->dict;
  Dict* temp = dict_copy(vm, d1);
  if (!temp) return Value();
  Set* result = set_new(&SetType);
  for (int64_t i = 0; i < d2->nentries; ++i) {
    if (!d2->entries[i].key) continue;
    Value key = newref(d2->entries[i].key), val2 = newref(d2->entries[i].value);
    Value val1 = dict_get(vm, temp, key);
    int to_delete = 0;
    bool ok = true;
    if (!val1) {
      ok = !has_error(vm);
    } else {
      incref(val1);
      to_delete = rich_compare_bool(vm, val1, val2, kEQ);
      decref(val1);
      ok = to_delete >= 0;
    }
    if (ok) {
      if (to_delete) {
        ok = dict_del(vm, temp, key) >= 0;
      } else {
        Tuple* pair = tuple_of({key, val2});
        ok = set_add(vm, result, Value(pair)) == 0;
        decref(pair);
      }
    }
    decref(key);
    decref(val2);
    if (!ok) {
      decref(temp);
      decref(result);
      return Value();
    }
  }
  Value remaining = make_view(&DictItemsType, Value(temp));
  decref(temp);
  Value r = call_method1(vm, Value(result), intern("update"), remaining);
  decref(remaining);
  if (!r) {
    decref(result);
    return Value();
  }
  decref(r);
  return Value(result);
}

Value views_xor(VM& vm, Value a, Value b) {
  if (a.is_obj() && a.obj()->type == &DictItemsType && b.is_obj() && b.obj()->type == &DictItemsType)
    return items_xor(vm, a, b);
  Value result = view_to_set(vm, a);
  if (!result) return Value();
  return set_method_on(vm, result, "symmetric_difference_update", b);
}

Value views_and(VM& vm, Value self, Value other) {
  if (!is_setlike_view(self)) std::swap(self, other);
  int64_t len_self = view_len(vm, self);
  if (other.is_obj() && other.obj()->type == &SetType) {
    int64_t len_other = length(vm, other);
    if (len_other < 0) return Value();
    if (len_self <= len_other) return call_method1(vm, other, intern("intersection"), self);
  }
  if (is_setlike_view(other)) {
    int64_t len_other = view_len(vm, other);
    if (len_other > len_self) std::swap(self, other);
  }
  Set* result = set_new(&SetType);
  bool keys = self.obj()->type == &DictKeysType;
  bool ok = for_each_item(vm, other, [&](Value key) {
    int rv = keys ? keys_contains(vm, self, key) : items_contains(vm, self, key);
    if (rv < 0) return false;
    if (rv) return set_add(vm, result, key) == 0;
    return true;
  });
  if (!ok) {
    decref(result);
    return Value();
  }
  return Value(result);
}

Value view_isdisjoint(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "isdisjoint")) return Value();
  Value self = a[0], other = a[1];
  if (self == other) return new_bool(view_len(vm, self) == 0);
  if (is_anyset(other) || is_setlike_view(other)) {
    int64_t len_self = view_len(vm, self);
    int64_t len_other = length(vm, other);
    if (len_other < 0) return Value();
    if (len_other > len_self) std::swap(self, other);
  }
  int found = 0;
  bool ok = for_each_item(vm, other, [&](Value item) {
    int r = contains(vm, self, item);
    if (r < 0) return false;
    if (r) {
      found = 1;
      return false;
    }
    return true;
  });
  if (found) return new_bool(false);
  if (!ok) return Value();
  return new_bool(true);
}

Value view_reversed(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "__reversed__")) return Value();
  Type* t = type_of(a[0]);
  Type* it = t == &DictKeysType ? &DictRevKeyIterType : t == &DictValuesType ? &DictRevValueIterType
                                                                               : &DictRevItemIterType;
  return new_dict_iter(it, a[0].as<DictView>()->dict);
}

Value view_mapping(VM& vm, Value self) { return make_mappingproxy(vm, Value(self.as<DictView>()->dict)); }

const MethodDef kSetViewMethods[] = {
    {"isdisjoint", view_isdisjoint, kMethPlain, "Return True if the view and the given iterable have a null intersection.",
     nullptr},
    {"__reversed__", view_reversed, kMethPlain, "Return a reverse iterator over the dict keys.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const MethodDef kValuesViewMethods[] = {
    {"__reversed__", view_reversed, kMethPlain, "Return a reverse iterator over the dict values.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const GetSetDef kViewGetSets[] = {
    {"mapping", view_mapping, nullptr, "dictionary that this view refers to"},
    {nullptr, nullptr, nullptr, nullptr}};

NumberSlots g_view_number;

}  // namespace

// ============================================================== 6. type set-up

void init_dict_types() {
  g_dict_number.binary[kOr] = dict_or;
  g_dict_number.inplace[kOr] = dict_ior;

  Type* t = &DictType;
  static_type_init(t, "dict", sizeof(Dict), &ObjectType, kTypeBaseType | kTypeHasGC | kTypeDictSubclass | kTypeMapping);
  t->cdoc =
      "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    "
      "(key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in "
      "iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in "
      "the keyword argument list.  For example:  dict(one=1, two=2)";
  t->new_ = dict_tp_new;
  t->init = dict_init;
  t->dealloc = dict_dealloc;
  t->traverse = dict_traverse;
  t->clear = dict_clear_slot;
  t->repr = dict_repr;
  t->richcompare = dict_richcompare;
  t->len = dict_len;
  t->contains = dict_contains_slot;
  t->getitem = dict_subscript;
  t->setitem = dict_ass_sub;
  t->iter = dict_iter;
  t->number = &g_dict_number;
  t->methods = kDictMethods;
  mark_unhashable(t);

  g_view_number.binary[kSub] = views_sub;
  g_view_number.binary[kAnd] = views_and;
  g_view_number.binary[kOr] = views_or;
  g_view_number.binary[kXor] = views_xor;

  struct ViewSpec {
    Type* t;
    const char* name;
    Value (*iter)(VM&, Value);
    int (*contains)(VM&, Value, Value);
    bool setlike;
  };
  const ViewSpec views[] = {{&DictKeysType, "dict_keys", keys_iter, keys_contains, true},
                            {&DictValuesType, "dict_values", values_iter, values_contains, false},
                            {&DictItemsType, "dict_items", items_iter, items_contains, true}};
  for (const ViewSpec& v : views) {
    t = v.t;
    static_type_init(t, v.name, sizeof(DictView), &ObjectType, kTypeHasGC | kTypeDisallowInstantiation);
    t->dealloc = view_dealloc;
    t->traverse = view_traverse;
    t->clear = view_clear;
    t->repr = view_repr;
    t->len = view_len;
    t->iter = v.iter;
    t->contains = v.contains;
    t->getsets = kViewGetSets;
    if (v.setlike) {
      t->richcompare = view_richcompare;
      t->number = &g_view_number;
      t->methods = kSetViewMethods;
      mark_unhashable(t);
    } else {
      t->methods = kValuesViewMethods;
    }
  }

  struct IterSpec {
    Type* t;
    const char* name;
    bool reverse;
  };
  const IterSpec iters[] = {{&DictKeyIterType, "dict_keyiterator", false},
                            {&DictValueIterType, "dict_valueiterator", false},
                            {&DictItemIterType, "dict_itemiterator", false},
                            {&DictRevKeyIterType, "dict_reversekeyiterator", true},
                            {&DictRevValueIterType, "dict_reversevalueiterator", true},
                            {&DictRevItemIterType, "dict_reverseitemiterator", true}};
  for (const IterSpec& s : iters) {
    t = s.t;
    static_type_init(t, s.name, sizeof(DictIter), &ObjectType, kTypeHasGC | kTypeDisallowInstantiation);
    t->dealloc = dictiter_dealloc;
    t->traverse = dictiter_traverse;
    t->clear = dictiter_clear;
    t->iter = iter_self;
    t->next = s.reverse ? dictreviter_next : dictiter_next;
    t->methods = kDictIterMethods;
  }
}

}  // namespace coil
