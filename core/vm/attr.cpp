// attr.cpp - attribute lookup and assignment: the generic object protocol and the opcode paths
// with inline caches (Python getters and setters become frames instead of nested runs).
#include "vm/attr.h"

#include "objects/function.h"
#include "vm/call.h"
#include "vm/runtime.h"
#include "vm/slots.h"
#include "vm/stackless.h"

namespace coil {

Value type_getattro(VM& vm, Value self, Str* name);       // objects/type_object.cpp
Value module_getattro(VM& vm, Value self, Str* name);     // objects/module.cpp

bool is_data_descriptor(Value descr) { return type_of(descr)->descr_set != nullptr; }

Value raise_attribute_error(VM& vm, Value obj, Str* name) {
  Type* t = type_of(obj);
  if (is_type(obj)) {
    raisef(vm, &AttributeErrorType, "type object '%s' has no attribute '%s'", type_name(obj.as<Type>()), name->data);
  } else {
    raisef(vm, &AttributeErrorType, "'%s' object has no attribute '%s'", type_name(t), name->data);
  }
  set_attribute_error_context(vm, obj, name);
  return Value();
}

// -------------------------------------------------------------------------- generic protocol

namespace {

// Looks up the descriptor on the type, using the inline cache when given.
inline Value cached_type_lookup(Type* t, Str* name, CacheEntry* cache) {
  if (cache && cache->key1 == t->version && t->version) return Value(cache->value);
  Value d = type_lookup(t, name);
  if (cache && t->version) {
    cache->key1 = t->version;
    cache->value = d.is_obj() ? d.obj() : nullptr;
    if (!d.is_obj()) cache->key1 = 0;  // small-int class attributes are not cached
  }
  return d;
}

// The generic lookup (object.__getattribute__); when `stackless`, Python getters become frames.
Value generic_lookup(VM& vm, Value obj, Str* name, CacheEntry* cache, bool stackless, bool* missing) {
  Type* t = type_of(obj);
  Value descr = cached_type_lookup(t, name, cache);
  Value (*get)(VM&, Value, Value, Value) = nullptr;
  *missing = false;
  if (descr) {
    Type* dt = type_of(descr);
    get = dt->descr_get;
    if (get && dt->descr_set) {
      if (stackless) {
        if (dt == &PropertyType) {
          Property* p = descr.as<Property>();
          if (type_of(p->fget) == &FunctionType) return call_stackless(vm, p->fget, Value(), Args{&obj, 1, nullptr});
        } else if (get == slot_descr_get) {
          Value gd = type_lookup(dt, g_names.get);
          if (gd && type_of(gd) == &FunctionType) {
            Value args[3] = {descr, obj, Value(t)};
            return call_stackless(vm, gd, Value(), Args{args, 3, nullptr});
          }
        }
      }
      incref(descr);
      Value r = get(vm, descr, obj, Value(t));
      decref(descr);
      return r;
    }
  }
  if (obj.is_obj()) {
    Dict** dp = instance_dict_ptr(obj.obj());
    if (dp && *dp) {
      Value v = dict_get_str(*dp, name);
      if (v) return newref(v);
    }
  }
  if (get) {
    Type* dt = type_of(descr);
    if (dt == &FunctionType) return Value(method_new(descr, obj));
    if (stackless && get == slot_descr_get) {
      Value gd = type_lookup(dt, g_names.get);
      if (gd && type_of(gd) == &FunctionType) {
        Value args[3] = {descr, obj, Value(t)};
        return call_stackless(vm, gd, Value(), Args{args, 3, nullptr});
      }
    }
    incref(descr);
    Value r = get(vm, descr, obj, Value(t));
    decref(descr);
    return r;
  }
  if (descr) return newref(descr);
  *missing = true;
  return Value();
}

}  // namespace

Value generic_getattr(VM& vm, Value obj, Str* name) {
  bool missing;
  Value r = generic_lookup(vm, obj, name, nullptr, false, &missing);
  if (missing) return raise_attribute_error(vm, obj, name);
  return r;
}

bool generic_setattr(VM& vm, Value obj, Str* name, Value v) {
  Type* t = type_of(obj);
  Value descr = type_lookup(t, name);
  if (descr) {
    auto set = type_of(descr)->descr_set;
    if (set) {
      incref(descr);
      bool ok = set(vm, descr, obj, v);
      decref(descr);
      return ok;
    }
  }
  Dict** dp = obj.is_obj() ? instance_dict_ptr(obj.obj()) : nullptr;
  if (!dp) {
    if (!descr) {
      raisef(vm, &AttributeErrorType, "'%s' object has no attribute '%s'", type_name(t), name->data);
      set_attribute_error_context(vm, obj, name);
    } else {
      raisef(vm, &AttributeErrorType, "'%s' object attribute '%s' is read-only", type_name(t), name->data);
    }
    return false;
  }
  if (v) {
    if (!*dp) *dp = dict_new();
    Str* key = name->interned ? name : intern(name->view());
    if (!dict_set_str(*dp, key, v)) {
      raise_memory_error(vm);
      return false;
    }
    return true;
  }
  if (!*dp || !dict_del_str(*dp, name)) {
    raisef(vm, &AttributeErrorType, "'%s' object has no attribute '%s'", type_name(t), name->data);
    set_attribute_error_context(vm, obj, name);
    return false;
  }
  return true;
}

Value get_attr(VM& vm, Value obj, Str* name) {
  Type* t = type_of(obj);
  if (!t->getattr) return raise_attribute_error(vm, obj, name);
  return t->getattr(vm, obj, name);
}

Value get_attr_opt(VM& vm, Value obj, Str* name) {
  Value r = get_attr(vm, obj, name);
  if (!r && error_matches(vm, &AttributeErrorType)) clear_error(vm);
  return r;
}

bool has_attr(VM& vm, Value obj, Str* name, bool* has) {
  Value r = get_attr(vm, obj, name);
  if (r) {
    decref(r);
    *has = true;
    return true;
  }
  if (error_matches(vm, &AttributeErrorType)) {
    clear_error(vm);
    *has = false;
    return true;
  }
  return false;
}

bool set_attr(VM& vm, Value obj, Str* name, Value v) {
  Type* t = type_of(obj);
  if (!t->setattr) {
    bool has_getattr = t->getattr != nullptr;
    if (has_getattr && !type_lookup(t, name))
      raisef(vm, &AttributeErrorType, "'%s' object has no attribute '%s'", type_name(t), name->data);
    else
      raisef(vm, &AttributeErrorType, "'%s' object attribute '%s' is read-only", type_name(t), name->data);
    return false;
  }
  return t->setattr(vm, obj, name, v);
}

Value lookup_special(VM& vm, Value obj, Str* name) {
  Value d = type_lookup(type_of(obj), name);
  if (!d) return Value();
  Type* dt = type_of(d);
  if (dt->descr_get) return dt->descr_get(vm, d, obj, Value(type_of(obj)));
  return newref(d);
}

// -------------------------------------------------------------------------- opcode paths

Value load_attr(VM& vm, Value obj, Str* name, CacheEntry* cache) {
  Type* t = type_of(obj);
  if (t->getattr == generic_getattr) {
    bool missing;
    Value r = generic_lookup(vm, obj, name, cache, true, &missing);
    if (missing) return raise_attribute_error(vm, obj, name);
    return r;
  }
  if (t->getattr == slot_getattr_hook) {
    Value ga = type_lookup(t, g_names.getattribute);
    if (ga && type_of(ga) == &WrapperDescriptorType &&
        ga.as<WrapperDescriptor>()->slot == reinterpret_cast<void*>(&generic_getattr)) {
      // Getters run nested here: an AttributeError they raise falls back to __getattr__.
      bool missing;
      Value r = generic_lookup(vm, obj, name, cache, false, &missing);
      if (r) return r;
      if (!missing) {
        if (!error_matches(vm, &AttributeErrorType)) return r;
        clear_error(vm);
      }
      Value gattr = type_lookup(t, g_names.getattr);
      if (gattr && type_of(gattr) == &FunctionType) {
        Value args[2] = {obj, Value(name)};
        return call_stackless(vm, gattr, Value(), Args{args, 2, nullptr});
      }
      if (gattr) {
        Value namev(name);
        return call_special(vm, gattr, obj, &namev, 1);
      }
      return raise_attribute_error(vm, obj, name);
    }
  }
  if (!t->getattr) return raise_attribute_error(vm, obj, name);
  return t->getattr(vm, obj, name);
}

Value load_method(VM& vm, Value obj, Str* name, CacheEntry* cache, Value* meth) {
  *meth = Value();
  Type* t = type_of(obj);
  if (t->getattr == generic_getattr) {
    Value descr = cached_type_lookup(t, name, cache);
    if (descr) {
      Type* dt = type_of(descr);
      if (dt == &FunctionType ||
          (dt == &MethodDescriptorType && !(descr.as<MethodDescriptor>()->def->flags & (kMethStatic | kMethClass)))) {
        // An instance attribute of the same name would shadow the method.
        Dict** dp = obj.is_obj() ? instance_dict_ptr(obj.obj()) : nullptr;
        if (!dp || !*dp || !dict_get_str(*dp, name)) {
          *meth = descr;
          return newref(descr);
        }
      }
    }
  }
  return load_attr(vm, obj, name, cache);
}

Value store_attr(VM& vm, Value obj, Str* name, Value v, CacheEntry* cache) {
  (void)cache;
  Type* t = type_of(obj);
  if (t->setattr == generic_setattr) {
    Value descr = type_lookup(t, name);
    if (descr) {
      Type* dt = type_of(descr);
      if (dt == &PropertyType) {
        Property* p = descr.as<Property>();
        Value fn = v ? p->fset : p->fdel;
        if (type_of(fn) == &FunctionType) {
          Value args[2] = {obj, v};
          return call_stackless(vm, fn, Value(), Args{args, v ? 2u : 1u, nullptr});
        }
      } else if (dt->descr_set == slot_descr_set) {
        Value sd = type_lookup(dt, v ? g_names.set : g_names.delete_);
        if (sd && type_of(sd) == &FunctionType) {
          Value args[3] = {descr, obj, v};
          return call_stackless(vm, sd, Value(), Args{args, v ? 3u : 2u, nullptr});
        }
      }
    }
    if (!generic_setattr(vm, obj, name, v)) return Value();
    return new_none();
  }
  if (t->setattr == slot_setattr) {
    Value sa = type_lookup(t, v ? g_names.setattr : g_names.delattr);
    if (sa && type_of(sa) == &FunctionType) {
      Value args[3] = {obj, Value(name), v};
      return call_stackless(vm, sa, Value(), Args{args, v ? 3u : 2u, nullptr});
    }
  }
  if (!set_attr(vm, obj, name, v)) return Value();
  return new_none();
}

}  // namespace coil
