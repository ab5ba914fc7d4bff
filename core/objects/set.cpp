// set.cpp - set and frozenset: construction, operators, methods and iteration on top of set_table.h.
//
// Section index
//   1. helpers (key equality, allocation, update from any iterable)
//   2. public API (set_new, set_add, set_contains, set_discard, set_next)
//   3. algorithms (copy, union, intersection, difference, symmetric difference, subset tests)
//   4. slots (new/init, repr, compare, hash, len, contains, iter, operators)
//   5. methods
//   6. set_iterator
//   7. type set-up
#include "objects/generic_alias.h"
#include <string>

#include "objects/argcheck.h"
#include "objects/unhashable.h"
#include "objects/repr_guard.h"
#include "objects/set_table.h"
#include "vm/runtime.h"

namespace coil {

Type SetType;
Type FrozenSetType;
Type SetIterType;
Object g_set_dummy;

using namespace settable;

// ============================================================== 1. helpers

namespace {

struct ItemEq {
  VM* vm;
  int operator()(Value stored, Value key) {
    if (stored.is_small() && key.is_small()) return 0;  // identity was checked first
    if (is_str_exact(stored) && is_str_exact(key)) return str_eq(stored.as<Str>(), key.as<Str>());
    return rich_compare_bool(*vm, stored, key, kEQ);
  }
  void nomem() { raise_memory_error(*vm); }
};

inline bool is_frozen_type(Type* t) { return t == &FrozenSetType || (t != &SetType && is_subtype(t, &FrozenSetType)); }

// Mutable sets keep set.pop()'s search finger in hash_cache (frozensets: the cached hash or -1).
// TODO(lead): a dedicated `finger` field in Set would be cleaner.
inline int64_t& finger(Set* s) { return s->hash_cache; }
inline int64_t known_hash(Set* s) { return is_frozen_type(s->type) ? s->hash_cache : -1; }

Set* alloc_set(VM* vm, Type* type) {
  Set* s = reinterpret_cast<Set*>(object_alloc(type, type->basicsize));
  if (!s) {
    if (vm) raise_memory_error(*vm);
    return nullptr;
  }
  init_empty(s);
  s->hash_cache = is_frozen_type(type) ? -1 : 0;
  gc_track(s);
  return s;
}

int add_key(VM& vm, Set* so, Value key) {
  int64_t hash;
  if (!hash_value(vm, key, &hash)) return -1;
  ItemEq eq{&vm};
  return add_entry(so, key, hash, eq);
}

int contains_key(VM& vm, Set* so, Value key) {
  int64_t hash;
  if (!hash_value(vm, key, &hash)) return -1;
  ItemEq eq{&vm};
  return contains_entry(so, key, hash, eq);
}

int discard_key(VM& vm, Set* so, Value key) {
  int64_t hash;
  if (!hash_value(vm, key, &hash)) return -1;
  ItemEq eq{&vm};
  return discard_entry(so, key, hash, eq);
}

// so |= other for any iterable (CPython's set_update_internal).
bool update_internal(VM& vm, Set* so, Value other) {
  ItemEq eq{&vm};
  if (is_anyset(other)) return merge(so, other.as<Set>(), eq) == 0;
  if (is_dict_exact(other)) return merge_dict(so, other.as<Dict>(), eq) == 0;
  return for_each_item(vm, other, [&](Value key) { return add_key(vm, so, key) == 0; });
}

Type* base_type(Type* type) {
  if (type == &SetType || type == &FrozenSetType) return type;
  return is_subtype(type, &SetType) ? &SetType : &FrozenSetType;
}

Set* make_new_set(VM& vm, Type* type, Value iterable) {
  Set* s = alloc_set(&vm, type);
  if (!s) return nullptr;
  if (iterable && !update_internal(vm, s, iterable)) {
    decref(s);
    return nullptr;
  }
  return s;
}

Set* make_new_set_basetype(VM& vm, Type* type, Value iterable) {
  return make_new_set(vm, base_type(type), iterable);
}

// "x in s" / remove / discard with a set key: retried as a frozenset (sets are unhashable).
Value frozen_copy_if_set(VM& vm, Value key) {
  if (!(key.is_obj() && is_subtype(key.obj()->type, &SetType))) return Value();
  if (!error_matches(vm, &TypeErrorType)) return Value();
  clear_error(vm);
  Set* tmp = make_new_set(vm, &FrozenSetType, key);
  return tmp ? Value(tmp) : Value();
}

}  // namespace

// ============================================================== 2. public API

Set* set_new(Type* type) { return alloc_set(nullptr, type); }

bool is_anyset(Value v) {
  if (!v.is_obj()) return false;
  Type* t = v.obj()->type;
  return t == &SetType || t == &FrozenSetType || is_subtype(t, &SetType) || is_subtype(t, &FrozenSetType);
}
bool is_set(Value v) { return v.is_obj() && (v.obj()->type == &SetType || is_subtype(v.obj()->type, &SetType)); }
bool is_frozenset(Value v) { return v.is_obj() && is_frozen_type(v.obj()->type); }

int set_add(VM& vm, Set* s, Value key) { return add_key(vm, s, key) < 0 ? -1 : 0; }
int set_contains(VM& vm, Set* s, Value key) { return contains_key(vm, s, key); }
int set_discard(VM& vm, Set* s, Value key) { return discard_key(vm, s, key); }

// so |= iterable with set.update's paths: a set or frozenset is merged in table order and an exact
// dict by its keys, as CPython does (SET_UPDATE of a constant frozenset depends on it for order).
bool set_update_any(VM& vm, Set* so, Value iterable) { return update_internal(vm, so, iterable); }

bool set_next(Set* s, int64_t* pos, Value* key) {
  SetEntry* e;
  if (!next_entry(s, pos, &e)) return false;
  *key = e->key;
  return true;
}

// ============================================================== 3. algorithms

namespace {

Set* set_copy(VM& vm, Set* so) { return make_new_set_basetype(vm, so->type, Value(so)); }

Set* set_intersection(VM& vm, Set* so, Value other) {
  if (Value(so) == other) return set_copy(vm, so);
  Set* result = make_new_set_basetype(vm, so->type, Value());
  if (!result) return nullptr;
  ItemEq eq{&vm};
  if (is_anyset(other)) {
    if (intersect_sets(result, so, other.as<Set>(), eq) < 0) {
      decref(result);
      return nullptr;
    }
    return result;
  }
  Value it = get_iter(vm, other);
  if (!it) {
    decref(result);
    return nullptr;
  }
  for (;;) {
    Value key = iter_next(vm, it);
    if (key.is_iter_done()) break;
    int64_t hash;
    int rv = -1;
    if (key && hash_value(vm, key, &hash)) {
      rv = contains_entry(so, key, hash, eq);
      if (rv > 0) {
        rv = add_entry(result, key, hash, eq);
        if (rv == 0 && result->used >= so->used) {
          decref(key);
          break;
        }
      }
    }
    decref(key);
    if (rv < 0) {
      decref(it);
      decref(result);
      return nullptr;
    }
  }
  decref(it);
  return result;
}

bool set_intersection_update(VM& vm, Set* so, Value other) {
  Set* tmp = set_intersection(vm, so, other);
  if (!tmp) return false;
  swap_bodies(so, tmp);
  if (is_frozen_type(so->type)) so->hash_cache = -1;
  decref(tmp);
  return true;
}

// so -= other (any iterable) in place (CPython's set_difference_update_internal).
bool difference_update_internal(VM& vm, Set* so, Value other) {
  ItemEq eq{&vm};
  if (Value(so) == other) {
    clear_table(so);
    return true;
  }
  if (is_anyset(other)) return difference_update_sets(so, other.as<Set>(), eq) == 0;
  bool ok = for_each_item(vm, other, [&](Value key) { return discard_key(vm, so, key) >= 0; });
  if (!ok) return false;
  return shrink_after_removals(so, eq) == 0;
}

Set* set_difference(VM& vm, Set* so, Value other) {
  int64_t other_size;
  if (is_anyset(other)) {
    other_size = other.as<Set>()->used;
  } else if (is_dict_exact(other)) {
    other_size = other.as<Dict>()->used;
  } else {
    other_size = -1;
  }
  if (other_size < 0 || (so->used >> 2) > other_size) {
    Set* result = set_copy(vm, so);
    if (!result) return nullptr;
    if (!difference_update_internal(vm, result, other)) {
      decref(result);
      return nullptr;
    }
    return result;
  }
  Set* result = make_new_set_basetype(vm, so->type, Value());
  if (!result) return nullptr;
  ItemEq eq{&vm};
  int r;
  if (is_dict_exact(other)) {
    Dict* d = other.as<Dict>();
    r = difference_dict(
        result, so,
        [&](Value key, int64_t) {
          int c = dict_contains(vm, d, key);
          return c;
        },
        eq);
  } else {
    r = difference_sets(result, so, other.as<Set>(), eq);
  }
  if (r < 0) {
    decref(result);
    return nullptr;
  }
  return result;
}

bool symmetric_difference_update(VM& vm, Set* so, Value other) {
  ItemEq eq{&vm};
  if (Value(so) == other) {
    clear_table(so);
    return true;
  }
  if (is_dict_exact(other)) {
    Dict* d = other.as<Dict>();
    for (int64_t i = 0; i < d->nentries; ++i) {
      DictEntry* e = &d->entries[i];
      if (!e->key) continue;
      Value key = newref(e->key);
      int64_t hash = e->hash;
      int rv = discard_entry(so, key, hash, eq);
      if (rv == 0) rv = add_entry(so, key, hash, eq);
      decref(key);
      if (rv < 0) return false;
    }
    return true;
  }
  Set* otherset;
  if (is_anyset(other)) {
    otherset = newref(other.as<Set>());
  } else {
    otherset = make_new_set_basetype(vm, so->type, other);
    if (!otherset) return false;
  }
  int r = symmetric_update_sets(so, otherset, eq);
  decref(otherset);
  return r == 0;
}

Set* set_symmetric_difference(VM& vm, Set* so, Value other) {
  Set* result = make_new_set_basetype(vm, so->type, other);
  if (!result) return nullptr;
  if (!symmetric_difference_update(vm, result, Value(so))) {
    decref(result);
    return nullptr;
  }
  return result;
}

// 1/0/-1
int set_issubset(VM& vm, Set* so, Value other) {
  ItemEq eq{&vm};
  if (!is_anyset(other)) {
    Set* tmp = set_intersection(vm, so, other);
    if (!tmp) return -1;
    int r = tmp->used == so->used;
    decref(tmp);
    return r;
  }
  Set* o = other.as<Set>();
  if (so->used > o->used) return 0;
  int64_t pos = 0;
  SetEntry* entry;
  while (next_entry(so, &pos, &entry)) {
    Value key = newref(entry->key);
    int rv = contains_entry(o, key, entry->hash, eq);
    decref(key);
    if (rv <= 0) return rv;
  }
  return 1;
}

int set_issuperset(VM& vm, Set* so, Value other) {
  if (is_anyset(other)) return set_issubset(vm, other.as<Set>(), Value(so));
  int result = 1;
  bool ok = for_each_item(vm, other, [&](Value key) {
    int rv = contains_key(vm, so, key);
    if (rv < 0) return false;
    if (!rv) {
      result = 0;
      return false;
    }
    return true;
  });
  if (!ok && result != 0) return -1;
  return result;
}

}  // namespace

// ============================================================== 4. slots

namespace {

Value set_tp_new(VM& vm, Type* type, Args a) {
  if (type == &SetType && !check_no_kw(vm, a, "set")) return Value();
  Set* s = alloc_set(&vm, type);
  return s ? Value(s) : Value();
}

bool set_init(VM& vm, Value self, Args a) {
  if (!check_no_kw(vm, a, "set")) return false;
  if (!check_positional(vm, tname(self), a.n, 0, 1)) return false;
  Set* so = self.as<Set>();
  if (so->fill) clear_table(so);
  if (a.n == 0) return true;
  return update_internal(vm, so, a[0]);
}

Value frozenset_tp_new(VM& vm, Type* type, Args a) {
  if ((type == &FrozenSetType || type->init == FrozenSetType.init) && !check_no_kw(vm, a, "frozenset"))
    return Value();
  if (!check_positional(vm, type_name(type), a.n, 0, 1)) return Value();
  Value iterable = a.n ? a[0] : Value();
  if (type == &FrozenSetType && iterable && iterable.is_obj() && iterable.obj()->type == &FrozenSetType)
    return newref(iterable);
  Set* s = make_new_set(vm, type, iterable);
  return s ? Value(s) : Value();
}

void set_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  clear_table(static_cast<Set*>(o));
  generic_dealloc(o);
}

void set_traverse(Object* o, VisitFn visit, void* arg) {
  Set* s = static_cast<Set*>(o);
  for (uint64_t i = 0; i <= s->mask; ++i) {
    SetEntry& e = s->table[i];
    if (live(e) && e.key.is_obj()) visit(e.key.obj(), arg);
  }
}

void set_clear_slot(Object* o) { clear_table(static_cast<Set*>(o)); }

Value set_repr(VM& vm, Value self) {
  Set* so = self.as<Set>();
  Type* t = so->type;
  if (repr_enter(vm, self.obj())) return Value(str_new(std::string(type_name(t)) + "(...)"));
  if (!so->used) {
    repr_leave(vm, self.obj());
    return Value(str_new(std::string(type_name(t)) + "()"));
  }
  List* keys = list_from_iterable(vm, self);
  if (!keys) {
    repr_leave(vm, self.obj());
    return Value();
  }
  Value lr = repr(vm, Value(keys));
  decref(keys);
  repr_leave(vm, self.obj());
  if (!lr) return Value();
  std::string_view inner = as_str(lr)->view();
  inner = inner.substr(1, inner.size() - 2);
  std::string out;
  if (t != &SetType) {
    out = std::string(type_name(t)) + "({" + std::string(inner) + "})";
  } else {
    out = "{" + std::string(inner) + "}";
  }
  decref(lr);
  return Value(str_new(out));
}

Value set_richcompare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_anyset(b)) return new_not_implemented();
  Set* v = a.as<Set>();
  Set* w = b.as<Set>();
  int r;
  switch (op) {
    case kEQ:
    case kNE:
      if (v->used != w->used) {
        r = 0;
      } else if (known_hash(v) != -1 && known_hash(w) != -1 && known_hash(v) != known_hash(w)) {
        r = 0;
      } else {
        r = set_issubset(vm, v, b);
      }
      if (r < 0) return Value();
      return new_bool(op == kEQ ? r != 0 : r == 0);
    case kLE:
      r = set_issubset(vm, v, b);
      break;
    case kGE:
      r = set_issuperset(vm, v, b);
      break;
    case kLT:
      r = v->used >= w->used ? 0 : set_issubset(vm, v, b);
      break;
    case kGT:
      r = v->used <= w->used ? 0 : set_issuperset(vm, v, b);
      break;
    default:
      return new_not_implemented();
  }
  if (r < 0) return Value();
  return new_bool(r != 0);
}

bool frozenset_hash(VM&, Value self, int64_t* out) {
  Set* so = self.as<Set>();
  if (so->hash_cache != -1) {
    *out = so->hash_cache;
    return true;
  }
  so->hash_cache = table_hash(so);
  *out = so->hash_cache;
  return true;
}

int64_t set_len(VM&, Value self) { return self.as<Set>()->used; }

int set_contains_slot(VM& vm, Value self, Value key) {
  int rv = contains_key(vm, self.as<Set>(), key);
  if (rv < 0) {
    Value tmp = frozen_copy_if_set(vm, key);
    if (!tmp) return -1;
    rv = contains_key(vm, self.as<Set>(), tmp);
    decref(tmp);
  }
  return rv;
}

Value set_iter(VM& vm, Value self);

// Binary operators: both operands must be sets or frozensets.
Value set_or(VM& vm, Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return new_not_implemented();
  Set* result = set_copy(vm, a.as<Set>());
  if (!result) return Value();
  if (a == b) return Value(result);
  if (!update_internal(vm, result, b)) {
    decref(result);
    return Value();
  }
  return Value(result);
}

Value set_and(VM& vm, Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return new_not_implemented();
  Set* r = set_intersection(vm, a.as<Set>(), b);
  return r ? Value(r) : Value();
}

Value set_sub(VM& vm, Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return new_not_implemented();
  Set* r = set_difference(vm, a.as<Set>(), b);
  return r ? Value(r) : Value();
}

Value set_xor(VM& vm, Value a, Value b) {
  if (!is_anyset(a) || !is_anyset(b)) return new_not_implemented();
  Set* r = set_symmetric_difference(vm, a.as<Set>(), b);
  return r ? Value(r) : Value();
}

Value set_ior(VM& vm, Value a, Value b) {
  if (!is_anyset(b)) return new_not_implemented();
  if (!update_internal(vm, a.as<Set>(), b)) return Value();
  return newref(a);
}

Value set_iand(VM& vm, Value a, Value b) {
  if (!is_anyset(b)) return new_not_implemented();
  if (!set_intersection_update(vm, a.as<Set>(), b)) return Value();
  return newref(a);
}

Value set_isub(VM& vm, Value a, Value b) {
  if (!is_anyset(b)) return new_not_implemented();
  if (!difference_update_internal(vm, a.as<Set>(), b)) return Value();
  return newref(a);
}

Value set_ixor(VM& vm, Value a, Value b) {
  if (!is_anyset(b)) return new_not_implemented();
  if (!symmetric_difference_update(vm, a.as<Set>(), b)) return Value();
  return newref(a);
}

NumberSlots g_set_number;
NumberSlots g_frozenset_number;

// ============================================================== 5. methods

// Method names are qualified by the type ("set.add" / "frozenset.union") in error messages.
inline std::string qual(Value self, const char* name) {
  return std::string(is_frozen_type(type_of(self)) && !is_subtype(type_of(self), &SetType) ? "frozenset." : "set.") +
         name;
}

Value m_add(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "set.add")) return Value();
  if (add_key(vm, a[0].as<Set>(), a[1]) < 0) return Value();
  return new_none();
}

Value m_clear(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "set.clear")) return Value();
  clear_table(a[0].as<Set>());
  return new_none();
}

Value m_copy(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, qual(a[0], "copy").c_str())) return Value();
  Set* so = a[0].as<Set>();
  if (so->type == &FrozenSetType) return newref(a[0]);
  Set* r = set_copy(vm, so);
  return r ? Value(r) : Value();
}

Value m_union(VM& vm, Args a) {
  if (!check_no_kw(vm, a, qual(a[0], "union").c_str())) return Value();
  Set* so = a[0].as<Set>();
  Set* result = set_copy(vm, so);
  if (!result) return Value();
  for (uint32_t i = 1; i < a.n; ++i) {
    if (a[i] == a[0]) continue;
    if (!update_internal(vm, result, a[i])) {
      decref(result);
      return Value();
    }
  }
  return Value(result);
}

Value m_update(VM& vm, Args a) {
  if (!check_no_kw(vm, a, "set.update")) return Value();
  for (uint32_t i = 1; i < a.n; ++i)
    if (!update_internal(vm, a[0].as<Set>(), a[i])) return Value();
  return new_none();
}

Value m_intersection(VM& vm, Args a) {
  if (!check_no_kw(vm, a, qual(a[0], "intersection").c_str())) return Value();
  Set* so = a[0].as<Set>();
  if (a.n == 1) {
    Set* r = set_copy(vm, so);
    return r ? Value(r) : Value();
  }
  Set* result = newref(so);
  for (uint32_t i = 1; i < a.n; ++i) {
    Set* next = set_intersection(vm, result, a[i]);
    decref(result);
    if (!next) return Value();
    result = next;
  }
  return Value(result);
}

Value m_intersection_update(VM& vm, Args a) {
  if (!check_no_kw(vm, a, "set.intersection_update")) return Value();
  Set* so = a[0].as<Set>();
  // Like CPython, even with no arguments the set is rebuilt (from a copy): its order may change.
  Set* result = a.n == 1 ? set_copy(vm, so) : newref(so);
  if (!result) return Value();
  for (uint32_t i = 1; i < a.n; ++i) {
    Set* next = set_intersection(vm, result, a[i]);
    decref(result);
    if (!next) return Value();
    result = next;
  }
  swap_bodies(so, result);
  decref(result);
  return new_none();
}

Value m_difference(VM& vm, Args a) {
  if (!check_no_kw(vm, a, qual(a[0], "difference").c_str())) return Value();
  Set* so = a[0].as<Set>();
  if (a.n == 1) {
    Set* r = set_copy(vm, so);
    return r ? Value(r) : Value();
  }
  Set* result = set_difference(vm, so, a[1]);
  if (!result) return Value();
  for (uint32_t i = 2; i < a.n; ++i) {
    if (!difference_update_internal(vm, result, a[i])) {
      decref(result);
      return Value();
    }
  }
  return Value(result);
}

Value m_difference_update(VM& vm, Args a) {
  if (!check_no_kw(vm, a, "set.difference_update")) return Value();
  for (uint32_t i = 1; i < a.n; ++i)
    if (!difference_update_internal(vm, a[0].as<Set>(), a[i])) return Value();
  return new_none();
}

Value m_symmetric_difference(VM& vm, Args a) {
  if (!check_meth_o(vm, a, qual(a[0], "symmetric_difference").c_str())) return Value();
  Set* r = set_symmetric_difference(vm, a[0].as<Set>(), a[1]);
  return r ? Value(r) : Value();
}

Value m_symmetric_difference_update(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "set.symmetric_difference_update")) return Value();
  if (!symmetric_difference_update(vm, a[0].as<Set>(), a[1])) return Value();
  return new_none();
}

Value m_isdisjoint(VM& vm, Args a) {
  if (!check_meth_o(vm, a, qual(a[0], "isdisjoint").c_str())) return Value();
  Set* so = a[0].as<Set>();
  Value other = a[1];
  ItemEq eq{&vm};
  if (Value(so) == other) return new_bool(so->used == 0);
  if (other.is_obj() && (other.obj()->type == &SetType || other.obj()->type == &FrozenSetType)) {
    Set* o = other.as<Set>();
    if (o->used > so->used) std::swap(so, o);
    int64_t pos = 0;
    SetEntry* entry;
    while (next_entry(o, &pos, &entry)) {
      Value key = newref(entry->key);
      int rv = contains_entry(so, key, entry->hash, eq);
      decref(key);
      if (rv < 0) return Value();
      if (rv) return new_bool(false);
    }
    return new_bool(true);
  }
  int found = 0;
  bool ok = for_each_item(vm, other, [&](Value key) {
    int rv = contains_key(vm, so, key);
    if (rv < 0) return false;
    if (rv) {
      found = 1;
      return false;
    }
    return true;
  });
  if (found) return new_bool(false);
  if (!ok) return Value();
  return new_bool(true);
}

Value m_issubset(VM& vm, Args a) {
  if (!check_meth_o(vm, a, qual(a[0], "issubset").c_str())) return Value();
  int r = set_issubset(vm, a[0].as<Set>(), a[1]);
  return r < 0 ? Value() : new_bool(r != 0);
}

Value m_issuperset(VM& vm, Args a) {
  if (!check_meth_o(vm, a, qual(a[0], "issuperset").c_str())) return Value();
  int r = set_issuperset(vm, a[0].as<Set>(), a[1]);
  return r < 0 ? Value() : new_bool(r != 0);
}

Value m_pop(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "set.pop")) return Value();
  Set* so = a[0].as<Set>();
  if (so->used == 0) return raise(vm, &KeyErrorType, "pop from an empty set");
  SetEntry* entry = so->table + (uint64_t(finger(so)) & so->mask);
  SetEntry* limit = so->table + so->mask;
  while (!live(*entry)) {
    entry++;
    if (entry > limit) entry = so->table;
  }
  Value key = entry->key;
  entry->key = dummy();
  entry->hash = -1;
  so->used--;
  finger(so) = int64_t(entry - so->table + 1);
  return key;
}

Value m_remove(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "set.remove")) return Value();
  Set* so = a[0].as<Set>();
  int rv = discard_key(vm, so, a[1]);
  if (rv < 0) {
    Value tmp = frozen_copy_if_set(vm, a[1]);
    if (!tmp) return Value();
    rv = discard_key(vm, so, tmp);
    decref(tmp);
    if (rv < 0) return Value();
  }
  if (rv == 0) return raise_key_error(vm, a[1]);
  return new_none();
}

Value m_discard(VM& vm, Args a) {
  if (!check_meth_o(vm, a, "set.discard")) return Value();
  Set* so = a[0].as<Set>();
  int rv = discard_key(vm, so, a[1]);
  if (rv < 0) {
    Value tmp = frozen_copy_if_set(vm, a[1]);
    if (!tmp) return Value();
    rv = discard_key(vm, so, tmp);
    decref(tmp);
    if (rv < 0) return Value();
  }
  return new_none();
}

Value m_sizeof(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, qual(a[0], "__sizeof__").c_str())) return Value();
  Set* so = a[0].as<Set>();
  // CPython's PySetObject is 200 bytes; subclasses add their own fields.
  int64_t res = 200 + int64_t(so->type->basicsize) - int64_t(sizeof(Set));
  if (so->table != so->small) res += int64_t(so->mask + 1) * 16;
  return Value::small(res);
}

const MethodDef kSetMethods[] = {
    {"__class_getitem__", generic_alias_class_getitem, kMethClass, "See PEP 585", nullptr},
    {"add", m_add, kMethPlain, "Add an element to a set.\n\nThis has no effect if the element is already present.",
     nullptr},
    {"clear", m_clear, kMethPlain, "Remove all elements from this set.", nullptr},
    {"copy", m_copy, kMethPlain, "Return a shallow copy of a set.", nullptr},
    {"discard", m_discard, kMethPlain,
     "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\n"
     "an exception when an element is missing from the set.",
     nullptr},
    {"difference", m_difference, kMethPlain, "Return the difference of two or more sets as a new set.", nullptr},
    {"difference_update", m_difference_update, kMethPlain, "Remove all elements of another set from this set.",
     nullptr},
    {"intersection", m_intersection, kMethPlain, "Return the intersection of two sets as a new set.", nullptr},
    {"intersection_update", m_intersection_update, kMethPlain,
     "Update a set with the intersection of itself and another.", nullptr},
    {"isdisjoint", m_isdisjoint, kMethPlain, "Return True if two sets have a null intersection.", nullptr},
    {"issubset", m_issubset, kMethPlain, "Report whether another set contains this set.", nullptr},
    {"issuperset", m_issuperset, kMethPlain, "Report whether this set contains another set.", nullptr},
    {"pop", m_pop, kMethPlain, "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty.",
     nullptr},
    {"remove", m_remove, kMethPlain,
     "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError.",
     nullptr},
    {"__sizeof__", m_sizeof, kMethPlain, "S.__sizeof__() -> size of S in memory, in bytes", nullptr},
    {"symmetric_difference", m_symmetric_difference, kMethPlain,
     "Return the symmetric difference of two sets as a new set.", nullptr},
    {"symmetric_difference_update", m_symmetric_difference_update, kMethPlain,
     "Update a set with the symmetric difference of itself and another.", nullptr},
    {"union", m_union, kMethPlain, "Return the union of sets as a new set.", nullptr},
    {"update", m_update, kMethPlain, "Update a set with the union of itself and others.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const MethodDef kFrozenSetMethods[] = {
    {"__class_getitem__", generic_alias_class_getitem, kMethClass, "See PEP 585", nullptr},
    {"copy", m_copy, kMethPlain, "Return a shallow copy of a set.", nullptr},
    {"difference", m_difference, kMethPlain, "Return the difference of two or more sets as a new set.", nullptr},
    {"intersection", m_intersection, kMethPlain, "Return the intersection of two sets as a new set.", nullptr},
    {"isdisjoint", m_isdisjoint, kMethPlain, "Return True if two sets have a null intersection.", nullptr},
    {"issubset", m_issubset, kMethPlain, "Report whether another set contains this set.", nullptr},
    {"issuperset", m_issuperset, kMethPlain, "Report whether this set contains another set.", nullptr},
    {"__sizeof__", m_sizeof, kMethPlain, "S.__sizeof__() -> size of S in memory, in bytes", nullptr},
    {"symmetric_difference", m_symmetric_difference, kMethPlain,
     "Return the symmetric difference of two sets as a new set.", nullptr},
    {"union", m_union, kMethPlain, "Return the union of sets as a new set.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

// ============================================================== 6. set_iterator

struct SetIter : Object {
  Set* set;  // null when exhausted
  int64_t used;
  int64_t pos;
  int64_t len;
};

Value set_iter(VM&, Value self) {
  Set* so = self.as<Set>();
  SetIter* it = reinterpret_cast<SetIter*>(object_alloc(&SetIterType, sizeof(SetIter)));
  it->set = newref(so);
  it->used = so->used;
  it->pos = 0;
  it->len = so->used;
  gc_track(it);
  return Value(it);
}

Value setiter_next(VM& vm, Value self) {
  SetIter* si = self.as<SetIter>();
  Set* so = si->set;
  if (!so) return Value::iter_done();
  if (si->used != so->used) {
    si->used = -1;
    return raise(vm, &RuntimeErrorType, "Set changed size during iteration");
  }
  uint64_t i = uint64_t(si->pos);
  while (i <= so->mask && !live(so->table[i])) i++;
  si->pos = int64_t(i + 1);
  if (i > so->mask) {
    si->set = nullptr;
    decref(so);
    return Value::iter_done();
  }
  si->len--;
  return newref(so->table[i].key);
}

Value iter_self(VM&, Value self) { return newref(self); }

void setiter_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  xdecref(static_cast<SetIter*>(o)->set);
  generic_dealloc(o);
}

void setiter_traverse(Object* o, VisitFn visit, void* arg) {
  SetIter* it = static_cast<SetIter*>(o);
  if (it->set) visit(it->set, arg);
}

void setiter_clear(Object* o) {
  SetIter* it = static_cast<SetIter*>(o);
  Set* s = it->set;
  it->set = nullptr;
  xdecref(s);
}

Value setiter_length_hint(VM& vm, Args a) {
  if (!check_meth_noargs(vm, a, "set_iterator.__length_hint__")) return Value();
  SetIter* si = a[0].as<SetIter>();
  int64_t n = 0;
  if (si->set && si->used == si->set->used) n = si->len;
  return Value::small(n);
}

const MethodDef kSetIterMethods[] = {
    {"__length_hint__", setiter_length_hint, kMethPlain, "Private method returning an estimate of len(list(it)).",
     nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

}  // namespace

// ============================================================== 7. type set-up

void init_set_types() {
  g_set_dummy.refcount = 1u << 30;
  g_set_dummy.gc_index = Object::kUntracked;

  g_set_number.binary[kOr] = set_or;
  g_set_number.binary[kAnd] = set_and;
  g_set_number.binary[kSub] = set_sub;
  g_set_number.binary[kXor] = set_xor;
  g_set_number.inplace[kOr] = set_ior;
  g_set_number.inplace[kAnd] = set_iand;
  g_set_number.inplace[kSub] = set_isub;
  g_set_number.inplace[kXor] = set_ixor;
  g_frozenset_number.binary[kOr] = set_or;
  g_frozenset_number.binary[kAnd] = set_and;
  g_frozenset_number.binary[kSub] = set_sub;
  g_frozenset_number.binary[kXor] = set_xor;

  Type* t = &SetType;
  static_type_init(t, "set", sizeof(Set), &ObjectType, kTypeBaseType | kTypeHasGC);
  t->cdoc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of "
            "unique elements.";
  t->new_ = set_tp_new;
  t->init = set_init;
  t->dealloc = set_dealloc;
  t->traverse = set_traverse;
  t->clear = set_clear_slot;
  t->repr = set_repr;
  t->richcompare = set_richcompare;
  t->len = set_len;
  t->contains = set_contains_slot;
  t->iter = set_iter;
  t->number = &g_set_number;
  t->methods = kSetMethods;
  mark_unhashable(t);

  t = &FrozenSetType;
  static_type_init(t, "frozenset", sizeof(Set), &ObjectType, kTypeBaseType | kTypeHasGC);
  t->cdoc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable "
            "unordered collection of unique elements.";
  t->new_ = frozenset_tp_new;
  t->dealloc = set_dealloc;
  t->traverse = set_traverse;
  t->clear = set_clear_slot;
  t->repr = set_repr;
  t->richcompare = set_richcompare;
  t->hash = frozenset_hash;
  t->len = set_len;
  t->contains = set_contains_slot;
  t->iter = set_iter;
  t->number = &g_frozenset_number;
  t->methods = kFrozenSetMethods;

  t = &SetIterType;
  static_type_init(t, "set_iterator", sizeof(SetIter), &ObjectType, kTypeHasGC | kTypeDisallowInstantiation);
  t->dealloc = setiter_dealloc;
  t->traverse = setiter_traverse;
  t->clear = setiter_clear;
  t->iter = iter_self;
  t->next = setiter_next;
  t->methods = kSetIterMethods;
}

}  // namespace coil
