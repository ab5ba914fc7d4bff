// misc_ops.cpp - opcode helpers for pattern matching, annotations, the REPL display hook, async
// protocols (__aiter__/__anext__/__aenter__), and the "f()" names used in call error messages.
#include "objects/generator.h"
#include "objects/textio.h"
#include "vm/call.h"
#include "vm/runtime.h"
#include "vm/slots.h"
#include "vm/stackless.h"

namespace coil {

Value get_awaitable(VM& vm, Value v, int where);  // objects/generator.cpp

// ------------------------------------------------------------------ match

Value match_keys(VM& vm, Value subject, Value keys) {
  Tuple* kt = as_tuple(keys);
  if (kt->size == 0) return Value(tuple_empty());
  Value get = get_attr(vm, subject, intern("get"));
  if (!get) return Value();
  static Object dummy_obj{1u << 30, Object::kUntracked, &ObjectType};
  Value dummy(&dummy_obj);
  Tuple* values = tuple_new(kt->size);
  for (int64_t i = 0; i < kt->size; ++i) values->items[i] = Value();
  for (int64_t i = 0; i < kt->size; ++i) {
    Value key = kt->items[i];
    for (int64_t j = 0; j < i; ++j) {
      int eq = values_equal(vm, kt->items[j], key);
      if (eq < 0) goto fail;
      if (eq) {
        Value r = repr(vm, key);
        raisef(vm, &ValueErrorType, "mapping pattern checks duplicate key (%s)", r ? as_str(r)->data : "?");
        decref(r);
        goto fail;
      }
    }
    {
      Value v = call2(vm, get, key, dummy);
      if (!v) goto fail;
      if (v == dummy) {
        decref(v);
        for (int64_t k = 0; k < kt->size; ++k) if (!values->items[k]) values->items[k] = new_none();
        decref(values);
        decref(get);
        return new_none();
      }
      values->items[i] = v;
    }
  }
  decref(get);
  return Value(values);
fail:
  for (int64_t k = 0; k < kt->size; ++k)
    if (!values->items[k]) values->items[k] = new_none();
  decref(values);
  decref(get);
  return Value();
}

namespace {

bool matches_self(Type* t) {
  static const char* const names[] = {"bool", "bytearray", "bytes", "dict", "float", "frozenset",
                                      "int", "list", "set", "str", "tuple"};
  for (Type* b = t; b; b = b->base) {
    if (type_has(b, kTypeHeap)) continue;
    for (const char* n : names)
      if (std::string_view(b->cname) == n) return true;
  }
  return false;
}

}  // namespace

Value match_class(VM& vm, Value subject, Value cls, int npos, Tuple* kwnames) {
  if (!is_type(cls)) return raise(vm, &TypeErrorType, "called match pattern must be a type");
  int inst = is_instance(vm, subject, cls);
  if (inst < 0) return Value();
  if (!inst) return new_none();
  Type* type = cls.as<Type>();
  std::vector<Value> attrs;
  std::vector<Str*> seen;
  auto fail = [&]() {
    for (Value v : attrs) decref(v);
    return Value();
  };
  auto get_one = [&](Str* name, bool* missing) -> Value {
    for (Str* s : seen)
      if (str_eq(s, name)) {
        raisef(vm, &TypeErrorType, "%s() got multiple sub-patterns for attribute '%s'", type_name(type), name->data);
        return Value();
      }
    seen.push_back(name);
    Value v = get_attr(vm, subject, name);
    if (!v && error_matches(vm, &AttributeErrorType)) {
      clear_error(vm);
      *missing = true;
    }
    return v;
  };
  if (npos) {
    Value match_args = get_attr_opt(vm, cls, g_names.match_args);
    bool match_self = false;
    int64_t allowed;
    if (match_args) {
      if (!is_tuple_exact(match_args)) {
        raisef(vm, &TypeErrorType, "%s.__match_args__ must be a tuple (got %s)", type_name(type), tname(match_args));
        decref(match_args);
        return Value();
      }
      allowed = as_tuple(match_args)->size;
    } else {
      if (has_error(vm)) return Value();
      match_self = matches_self(type);
      allowed = match_self ? 1 : 0;
    }
    if (allowed < npos) {
      raisef(vm, &TypeErrorType, "%s() accepts %lld positional sub-pattern%s (%d given)", type_name(type),
             static_cast<long long>(allowed), allowed == 1 ? "" : "s", npos);
      decref(match_args);
      return Value();
    }
    if (match_self) {
      attrs.push_back(newref(subject));
    } else {
      Tuple* ma = as_tuple(match_args);
      for (int i = 0; i < npos; ++i) {
        Value n = ma->items[i];
        if (!is_str(n)) {
          raisef(vm, &TypeErrorType, "__match_args__ elements must be strings (got %s)", tname(n));
          decref(match_args);
          return fail();
        }
        bool missing = false;
        Value v = get_one(as_str(n), &missing);
        if (missing) {
          decref(match_args);
          fail();
          return new_none();
        }
        if (!v) {
          decref(match_args);
          return fail();
        }
        attrs.push_back(v);
      }
    }
    decref(match_args);
  }
  for (int64_t i = 0; i < kwnames->size; ++i) {
    bool missing = false;
    Value v = get_one(as_str(kwnames->items[i]), &missing);
    if (missing) {
      fail();
      return new_none();
    }
    if (!v) return fail();
    attrs.push_back(v);
  }
  Tuple* t = tuple_new(int64_t(attrs.size()));
  for (std::size_t i = 0; i < attrs.size(); ++i) t->items[i] = attrs[i];
  return Value(t);
}

// ------------------------------------------------------------------ annotations, REPL

bool setup_annotations(VM& vm, PyFrame* f) {
  Value ns = f->locals ? f->locals : Value(f->globals);
  Value existing = mapping_lookup_name(vm, ns, g_names.annotations);
  if (existing) {
    decref(existing);
    return true;
  }
  if (has_error(vm)) return false;
  Dict* d = dict_new();
  bool ok = mapping_store_name(vm, ns, g_names.annotations, Value(d));
  decref(d);
  return ok;
}

bool default_display(VM& vm, Value v);

bool display_hook(VM& vm, Value v) {
  Value hook = vm.sys ? dict_get_str(vm.sys->dict, intern("displayhook")) : Value();
  Value default_hook = vm.sys ? dict_get_str(vm.sys->dict, intern("__displayhook__")) : Value();
  if (hook && hook != default_hook) {
    Value r = call1(vm, hook, v);
    if (!r) return false;
    decref(r);
    return true;
  }
  return default_display(vm, v);
}

// sys.__displayhook__: prints repr(v) and keeps it in builtins._ (None is not shown).
bool default_display(VM& vm, Value v) {
  if (is_none(v)) return true;
  Str* underscore = intern("_");
  dict_set_str(vm.builtins, underscore, none());
  Value r = repr(vm, v);
  if (!r) return false;
  std::string text = as_str(r)->data;
  decref(r);
  text += "\n";
  if (!write_stdout(vm, text)) return false;
  dict_set_str(vm.builtins, underscore, v);
  return true;
}

// ------------------------------------------------------------------ async protocols

// (GET_AITER and GET_ANEXT: objects/asyncgen.cpp)

Value before_async_with(VM& vm, Value mgr, Value* exit_out) {
  Type* t = type_of(mgr);
  Value enter = type_lookup(t, g_names.aenter);
  if (!enter)
    return raisef(vm, &TypeErrorType, "'%s' object does not support the asynchronous context manager protocol",
                  type_name(t));
  Value exit = lookup_special(vm, mgr, g_names.aexit);
  if (!exit) {
    if (has_error(vm)) return Value();
    return raisef(vm, &TypeErrorType,
                  "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                  type_name(t));
  }
  incref(enter);
  Value r = call_special(vm, enter, mgr, nullptr, 0);
  decref(enter);
  if (!r) {
    decref(exit);
    return Value();
  }
  *exit_out = exit;
  return r;
}

// ------------------------------------------------------------------ names for messages

std::string function_str(VM& vm, Value func) {
  Value qn = get_attr_opt(vm, func, g_names.qualname);
  if (!qn) {
    clear_error(vm);
    Value s = str_of(vm, func);
    std::string r = s ? as_str(s)->data : "?";
    decref(s);
    clear_error(vm);
    return r;
  }
  std::string q = is_str(qn) ? as_str(qn)->data : "?";
  decref(qn);
  Value mod = get_attr_opt(vm, func, g_names.module);
  if (!mod) clear_error(vm);
  std::string r;
  if (mod && is_str(mod) && !str_eq_ascii(as_str(mod), "builtins")) r = std::string(as_str(mod)->data) + "." + q + "()";
  else r = q + "()";
  decref(mod);
  return r;
}

}  // namespace coil
