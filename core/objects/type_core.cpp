// type_core.cpp - readying builtin types, C3 MRO, attribute lookup along the MRO with a method cache.
#include <algorithm>
#include <cstring>
#include <vector>

#include "vm/runtime.h"
#include "vm/slots.h"

namespace coil {

Type TypeType;
Type ObjectType;

// -------------------------------------------------------------------------- method cache

namespace {

struct MethodCacheEntry {
  uint32_t version;
  Str* name;
  Value value;  // borrowed (null: absent)
};
constexpr uint32_t kMethodCacheSize = 4096;
MethodCacheEntry g_method_cache[kMethodCacheSize];
uint32_t g_next_version = 1;

inline uint32_t cache_slot(uint32_t version, Str* name) {
  return (version * 2654435761u ^ uint32_t(reinterpret_cast<uintptr_t>(name) >> 4)) & (kMethodCacheSize - 1);
}

Value lookup_uncached(Type* type, Str* name) {
  Tuple* mro = type->mro;
  if (!mro) {
    for (Type* t = type; t; t = t->base) {
      if (t->dict) {
        Value v = dict_get_str(t->dict, name);
        if (v) return v;
      }
    }
    return Value();
  }
  for (int64_t i = 0; i < mro->size; ++i) {
    Type* t = mro->items[i].as<Type>();
    if (!t->dict) continue;
    Value v = dict_get_str(t->dict, name);
    if (v) return v;
  }
  return Value();
}

}  // namespace

Value type_lookup(Type* type, Str* name) {
  if (!name->interned || type->version == 0) return lookup_uncached(type, name);
  MethodCacheEntry& e = g_method_cache[cache_slot(type->version, name)];
  if (e.version == type->version && e.name == name) return e.value;
  Value v = lookup_uncached(type, name);
  e.version = type->version;
  e.name = name;
  e.value = v;
  return v;
}

void type_assign_version(Type* t) { t->version = g_next_version++; }

void type_modified(Type* t) {
  type_assign_version(t);
  if (t->subclasses) {
    auto* subs = static_cast<std::vector<Type*>*>(t->subclasses);
    for (Type* s : *subs) type_modified(s);
  }
}

void type_add_subclass(Type* base, Type* sub) {
  if (!base->subclasses) base->subclasses = new std::vector<Type*>();
  static_cast<std::vector<Type*>*>(base->subclasses)->push_back(sub);
}

void type_remove_subclass(Type* base, Type* sub) {
  if (!base->subclasses) return;
  auto* subs = static_cast<std::vector<Type*>*>(base->subclasses);
  subs->erase(std::remove(subs->begin(), subs->end(), sub), subs->end());
}

bool is_subtype(Type* a, Type* b) {
  if (a == b) return true;
  Tuple* mro = a->mro;
  if (mro) {
    for (int64_t i = 0; i < mro->size; ++i)
      if (mro->items[i].obj() == b) return true;
    return false;
  }
  for (Type* t = a; t; t = t->base)
    if (t == b) return true;
  return b == &ObjectType;
}

bool is_type(Value v) { return v.is_obj() && type_has(v.obj()->type, kTypeTypeSubclass); }

const char* type_name(Type* t) {
  if (t->name) return t->name->data;
  const char* dot = std::strrchr(t->cname, '.');
  return dot ? dot + 1 : t->cname;
}

// -------------------------------------------------------------------------- C3 MRO

bool mro_compute(VM& vm, Type* t) {
  Tuple* bases = t->bases;
  std::vector<std::vector<Type*>> seqs;
  for (int64_t i = 0; i < bases->size; ++i) {
    Type* b = bases->items[i].as<Type>();
    std::vector<Type*> s;
    if (b->mro) {
      for (int64_t k = 0; k < b->mro->size; ++k) s.push_back(b->mro->items[k].as<Type>());
    } else {
      s.push_back(b);
    }
    seqs.push_back(std::move(s));
  }
  std::vector<Type*> base_list;
  for (int64_t i = 0; i < bases->size; ++i) base_list.push_back(bases->items[i].as<Type>());
  // duplicate base check
  for (std::size_t i = 0; i < base_list.size(); ++i)
    for (std::size_t j = i + 1; j < base_list.size(); ++j)
      if (base_list[i] == base_list[j]) {
        raisef(vm, &TypeErrorType, "duplicate base class %s", type_name(base_list[i]));
        return false;
      }
  seqs.push_back(base_list);
  std::vector<Type*> result{t};
  std::vector<std::size_t> heads(seqs.size(), 0);
  for (;;) {
    bool empty = true;
    for (std::size_t i = 0; i < seqs.size(); ++i)
      if (heads[i] < seqs[i].size()) empty = false;
    if (empty) break;
    Type* candidate = nullptr;
    for (std::size_t i = 0; i < seqs.size() && !candidate; ++i) {
      if (heads[i] >= seqs[i].size()) continue;
      Type* c = seqs[i][heads[i]];
      bool in_tail = false;
      for (std::size_t j = 0; j < seqs.size() && !in_tail; ++j)
        for (std::size_t k = heads[j] + 1; k < seqs[j].size(); ++k)
          if (seqs[j][k] == c) {
            in_tail = true;
            break;
          }
      if (!in_tail) candidate = c;
    }
    if (!candidate) {
      std::string names;
      std::vector<Type*> seen;
      for (std::size_t i = 0; i < seqs.size(); ++i) {
        if (heads[i] >= seqs[i].size()) continue;
        Type* c = seqs[i][heads[i]];
        if (std::find(seen.begin(), seen.end(), c) != seen.end()) continue;
        seen.push_back(c);
        if (!names.empty()) names += ", ";
        names += type_name(c);
      }
      raisef(vm, &TypeErrorType, "Cannot create a consistent method resolution\norder (MRO) for bases %s",
             names.c_str());
      return false;
    }
    result.push_back(candidate);
    for (std::size_t i = 0; i < seqs.size(); ++i)
      if (heads[i] < seqs[i].size() && seqs[i][heads[i]] == candidate) heads[i]++;
  }
  Tuple* mro = tuple_new(int64_t(result.size()));
  for (std::size_t i = 0; i < result.size(); ++i) mro->items[i] = newref(Value(result[i]));
  Tuple* old = t->mro;
  t->mro = mro;
  if (old) decref(old);
  return true;
}

// -------------------------------------------------------------------------- static types

static std::vector<Type*>& static_types() {
  static std::vector<Type*> v;
  return v;
}

void static_type_init(Type* t, const char* name, uint32_t basicsize, Type* base, uint32_t flags) {
  t->refcount = 1u << 30;
  t->gc_index = Object::kUntracked;
  t->type = &TypeType;
  t->cname = name;
  t->basicsize = basicsize;
  t->base = base;
  t->flags |= flags | kTypeImmutable;
  static_types().push_back(t);
}

void generic_dealloc(Object* o) { object_free(o, o->type->basicsize); }

namespace {

// Copies slots the type leaves empty from its base (CPython's inherit_slots).
void inherit_slots(Type* t, Type* b) {
#define INHERIT(f) \
  if (!t->f) t->f = b->f
  INHERIT(dealloc);
  INHERIT(traverse);
  INHERIT(clear);
  INHERIT(repr);
  INHERIT(str);
  if (!t->richcompare && !t->hash) {
    t->richcompare = b->richcompare;
    t->hash = b->hash;
  }
  INHERIT(getattr);
  INHERIT(setattr);
  INHERIT(descr_get);
  INHERIT(descr_set);
  INHERIT(call);
  INHERIT(iter);
  INHERIT(next);
  INHERIT(init);
  INHERIT(new_);
  INHERIT(truth);
  INHERIT(len);
  INHERIT(getitem);
  INHERIT(setitem);
  INHERIT(contains);
  INHERIT(concat);
  INHERIT(repeat);
#undef INHERIT
  if (b->number) {
    if (!t->number) {
      t->number = b->number;
    } else if (t->number != b->number) {
      NumberSlots* n = t->number;
      for (int i = 0; i < kBinOpCount; ++i) {
        if (!n->binary[i]) n->binary[i] = b->number->binary[i];
        if (!n->inplace[i]) n->inplace[i] = b->number->inplace[i];
      }
      for (int i = 0; i < kUnaryOpCount; ++i)
        if (!n->unary[i]) n->unary[i] = b->number->unary[i];
      if (!n->pow3) n->pow3 = b->number->pow3;
      if (!n->divmod) n->divmod = b->number->divmod;
      if (!n->index) n->index = b->number->index;
      if (!n->to_int) n->to_int = b->number->to_int;
      if (!n->to_float) n->to_float = b->number->to_float;
    }
  }
  if (!t->dict_offset) t->dict_offset = b->dict_offset;
  uint32_t inherit_flags = kTypeHasGC | kTypeIntSubclass | kTypeFloatSubclass | kTypeStrSubclass |
                           kTypeTupleSubclass | kTypeBytesSubclass | kTypeListSubclass | kTypeDictSubclass |
                           kTypeExcSubclass | kTypeTypeSubclass | kTypeBoxed | kTypeSequence | kTypeMapping |
                           kTypeHasWeakrefs;
  t->flags |= b->flags & inherit_flags;
}

}  // namespace

void type_ready(Type* t) {
  if (t->flags & kTypeReady) return;
  if (t != &ObjectType && !t->base) t->base = &ObjectType;
  if (t->base) type_ready(t->base);
  if (!t->name) {
    const char* dot = std::strrchr(t->cname, '.');
    t->name = intern(dot ? dot + 1 : t->cname);
  }
  if (!t->qualname) t->qualname = t->name;
  if (!t->bases) t->bases = t->base ? tuple_of({Value(t->base)}) : tuple_empty();
  if (!t->dict) t->dict = dict_new();
  // MRO: static types have single inheritance
  {
    int64_t n = 1;
    for (Type* b = t->base; b; b = b->base) ++n;
    Tuple* mro = tuple_new(n);
    int64_t i = 0;
    for (Type* b = t; b; b = b->base) mro->items[i++] = newref(Value(b));
    t->mro = mro;
  }
  if (t->base) type_add_subclass(t->base, t);
  add_slot_wrappers(t);
  add_method_table(t);
  if (t->base) inherit_slots(t, t->base);
  if (!t->hash && !dict_get_str(t->dict, g_names.hash)) dict_set_str(t->dict, g_names.hash, none());
  if (!dict_get_str(t->dict, g_names.doc)) {
    Value doc = t->cdoc ? Value(str_from_cstr(t->cdoc)) : new_none();
    dict_set_str(t->dict, g_names.doc, doc);
    decref(doc);
  }
  // No __module__ in a static type's dict (as in CPython, so dir() of any object does not list
  // it): type.__module__ derives it from the dotted name ("_io.TextIOWrapper" -> "_io").
  if (t == &TypeType || (t->base && type_has(t->base, kTypeTypeSubclass))) t->flags |= kTypeTypeSubclass;
  t->flags |= kTypeReady;
  type_assign_version(t);
}

void ready_all_static_types() {
  for (Type* t : static_types()) type_ready(t);
}

}  // namespace coil
