// mod_builtins.cpp - the builtins module: builtin functions and the names of the builtin types.
//
// Section index
//   1. Output and input (print, input)
//   2. Attributes and introspection (getattr, setattr, hasattr, delattr, dir, vars, globals,
//      locals, id, hash, type checks, callable)
//   3. Numbers (abs, divmod, pow, round, bin, oct, hex, chr, ord)
//   4. Iteration (iter, next, len, sorted, min, max, sum, any, all, aiter, anext)
//   5. Code (compile, exec, eval, __import__, __build_class__)
//   6. Formatting (repr, ascii, format)
//   7. The module table and its initialisation (type names, constants)
#include <algorithm>
#include <cmath>
#include <cstring>

#include "compiler/compile.h"
#include "objects/bytes.h"
#include "objects/slice.h"
#include "objects/textio.h"
#include "vm/attr.h"
#include "vm/frames.h"
#include "vm/ops_co.h"
#include "vm/slots.h"
#include "modules/io.h"
#include "modules/registry.h"
#include "objects/generator.h"
#include "vm/call.h"
#include "vm/periodic.h"
#include "vm/runtime.h"
#include "vm/stackless.h"
#include "vm/traceback.h"

namespace coil {

extern const MethodDef kBuildClassDef;
Co<Value> aiter_builtin(VM& vm, Args a);  // objects/asyncgen.cpp
Co<Value> anext_builtin(VM& vm, Args a);
extern Type SuperType;
extern Type EnumerateType, ZipType, MapType, FilterType, ReversedType, RangeType;
Value callable_iter_new(VM& vm, Value callable, Value sentinel);
Co<Value> import_module_co(VM& vm, std::string name, Dict* globals, Value fromlist, int64_t level);

namespace {

Value sys_attr(VM& vm, const char* name) {
  Value v = dict_get_str(vm.sys->dict, intern(name));
  if (!v) return raisef(vm, &RuntimeErrorType, "lost sys.%s", name);
  return v;
}

// ============================================================== 1. output and input

// print(*objects, sep=' ', end='\n', file=None, flush=False): a coroutine so that a __str__ or a
// file.write written in Python runs as a frame.
Co<Value> builtin_print(VM& vm, Args a) {
  Value sep, end, file, flush;
  for (uint32_t i = 0; i < a.nkw(); ++i) {
    Str* k = a.kwname(i);
    Value v = a.kwvalue(i);
    if (str_eq_ascii(k, "sep")) sep = v;
    else if (str_eq_ascii(k, "end")) end = v;
    else if (str_eq_ascii(k, "file")) file = v;
    else if (str_eq_ascii(k, "flush")) flush = v;
    else co_return raisef(vm, &TypeErrorType, "'%s' is an invalid keyword argument for print()", k->data);
  }
  if (sep && !is_none(sep) && !is_str(sep))
    co_return raisef(vm, &TypeErrorType, "sep must be None or a string, not %s", tname(sep));
  if (end && !is_none(end) && !is_str(end))
    co_return raisef(vm, &TypeErrorType, "end must be None or a string, not %s", tname(end));
  if (!file || is_none(file)) {
    file = dict_get_str(vm.sys->dict, g_names.stdout_);
    if (!file || is_none(file)) co_return new_none();
  }
  int which;
  bool console = is_console_stream(file, &which);
  std::string_view sepv = sep && !is_none(sep) ? as_str(sep)->view() : std::string_view(" ");
  std::string_view endv = end && !is_none(end) ? as_str(end)->view() : std::string_view("\n");
  if (console) {
    // Build the whole line, then write it once.
    std::string out;
    for (uint32_t i = 0; i < a.n; ++i) {
      if (i) out.append(sepv);
      Value s;
      if (is_str_exact(a[i])) {
        s = newref(a[i]);
      } else if (type_of(a[i])->str == slot_str) {
        Value d = type_lookup(type_of(a[i]), g_names.str);
        incref(d);
        s = co_await call_co(vm, d, a[i], Args{nullptr, 0, nullptr});
        decref(d);
        if (s && !is_str(s)) {
          raisef(vm, &TypeErrorType, "__str__ returned non-string (type %s)", tname(s));
          decref(s);
          s = Value();
        }
      } else {
        s = str_of(vm, a[i]);
      }
      if (!s) co_return Value();
      out.append(as_str(s)->view());
      decref(s);
    }
    out.append(endv);
    Value r = stream_write(vm, file, Value());  // ensures the stream is open
    if (!r) co_return Value();
    decref(r);
    if (!write_console(vm, which, out)) co_return Value();
    if (flush) {
      int t = truthy(vm, flush);
      if (t < 0) co_return Value();
      if (t > 0) {
        r = stream_flush(vm, file);
        if (!r) co_return Value();
        decref(r);
      }
    }
    co_return new_none();
  }
  // A Python file object: write piece by piece like CPython (write(str), write(sep), ..., write(end)).
  Value write = get_attr(vm, file, g_names.write);
  if (!write) co_return Value();
  for (uint32_t i = 0; i < a.n; ++i) {
    if (i) {
      Str* s = str_new(sepv);
      Value r = co_await call_co1(vm, write, Value(s));
      decref(s);
      if (!r) {
        decref(write);
        co_return Value();
      }
      decref(r);
    }
    Value s = str_of(vm, a[i]);
    if (!s) {
      decref(write);
      co_return Value();
    }
    Value r = co_await call_co1(vm, write, s);
    decref(s);
    if (!r) {
      decref(write);
      co_return Value();
    }
    decref(r);
  }
  {
    Str* e = str_new(endv);
    Value r = co_await call_co1(vm, write, Value(e));
    decref(e);
    decref(write);
    if (!r) co_return Value();
    decref(r);
  }
  if (flush && truthy(vm, flush) > 0) {
    Value f = get_attr(vm, file, g_names.flush);
    if (!f) co_return Value();
    Value r = co_await call_co(vm, f, Args{nullptr, 0, nullptr});
    decref(f);
    if (!r) co_return Value();
    decref(r);
  }
  co_return new_none();
}

// input([prompt]): writes the prompt, then waits for a line (a WaitFrame: the task suspends).
Value builtin_input(VM& vm, Args a) {
  if (!check_nargs(vm, a, "input", 0, 1)) return Value();
  Value out = dict_get_str(vm.sys->dict, g_names.stdout_);
  if (a.n == 1) {
    Value s = str_of(vm, a[0]);
    if (!s) return Value();
    Value r = out ? stream_write(vm, out, s) : Value(new_none());
    decref(s);
    if (!r) return Value();
    decref(r);
  }
  if (out) {
    Value r = stream_flush(vm, out);
    if (!r) return Value();
    decref(r);
  }
  Value in = dict_get_str(vm.sys->dict, g_names.stdin_);
  int which;
  if (in && !is_console_stream(in, &which)) {
    Value line = call_method0(vm, in, g_names.readline);
    if (!line) return Value();
    if (!is_str(line)) {
      decref(line);
      return raise(vm, &TypeErrorType, "object.readline() returned non-string");
    }
    Str* s = as_str(line);
    if (s->size == 0) {
      decref(line);
      return raise(vm, &EOFErrorType, "EOF when reading a line");
    }
    std::string_view v = s->view();
    if (v.back() == '\n') v.remove_suffix(1);
    Value r(str_new(v));
    decref(line);
    return r;
  }
  if (!in || is_none(in)) return raise(vm, &RuntimeErrorType, "input(): lost sys.stdin");
  WaitFrame* wf = wait_frame_new(vm, WaitReason::Input);
  vm.pending_frame = wf;
  return Value::pending();
}

// ============================================================== 2. attributes and introspection

Value attr_name(VM& vm, Value v, const char* fname) {
  if (!is_str(v)) return raisef(vm, &TypeErrorType, "attribute name must be string, not '%s'", tname(v));
  (void)fname;
  return v;
}

Co<Value> builtin_getattr(VM& vm, Args a) {
  if (a.nkw()) co_return raise(vm, &TypeErrorType, "getattr() takes no keyword arguments");
  if (a.n < 2) co_return raisef(vm, &TypeErrorType, "getattr expected at least 2 arguments, got %u", a.n);
  if (a.n > 3) co_return raisef(vm, &TypeErrorType, "getattr expected at most 3 arguments, got %u", a.n);
  if (!attr_name(vm, a[1], "getattr")) co_return Value();
  Str* name = as_str(a[1]);
  Value r = load_attr(vm, a[0], intern(name->view()), nullptr);
  if (r.is_pending()) {
    CallPrep p;
    p.frame = vm.pending_frame;
    vm.pending_frame = nullptr;
    r = co_await CallAwaiter{vm, p};
  }
  if (!r && a.n == 3 && error_matches(vm, &AttributeErrorType)) {
    clear_error(vm);
    co_return newref(a[2]);
  }
  co_return r;
}

Value builtin_setattr(VM& vm, Args a) {
  if (!check_nargs(vm, a, "setattr", 3, 3)) return Value();
  if (!attr_name(vm, a[1], "setattr")) return Value();
  Value r = store_attr(vm, a[0], intern(as_str(a[1])->view()), a[2], nullptr);
  if (r.is_pending()) {
    Frame* f = vm.pending_frame;
    vm.pending_frame = nullptr;
    r = run_nested(vm, f);
    if (!r) return Value();
    decref(r);
    return new_none();
  }
  return r;
}

Value builtin_delattr(VM& vm, Args a) {
  if (!check_nargs(vm, a, "delattr", 2, 2)) return Value();
  if (!attr_name(vm, a[1], "delattr")) return Value();
  if (!set_attr(vm, a[0], intern(as_str(a[1])->view()), Value())) return Value();
  return new_none();
}

Value builtin_hasattr(VM& vm, Args a) {
  if (!check_nargs(vm, a, "hasattr", 2, 2)) return Value();
  if (!attr_name(vm, a[1], "hasattr")) return Value();
  bool has;
  if (!has_attr(vm, a[0], intern(as_str(a[1])->view()), &has)) return Value();
  return new_bool(has);
}

Value builtin_dir(VM& vm, Args a) {
  if (!check_nargs(vm, a, "dir", 0, 1)) return Value();
  Value names;
  if (a.n == 0) {
    Value loc = current_locals(vm);
    if (!loc) return Value();
    List* l = list_new(0);
    if (is_dict(loc)) {
      int64_t pos = 0;
      Value k;
      while (dict_next(loc.as<Dict>(), &pos, &k, nullptr)) list_append(vm, l, k);
    } else {
      decref(l);
      Value keys = call_method0(vm, loc, g_names.keys);
      decref(loc);
      if (!keys) return Value();
      l = list_from_iterable(vm, keys);
      decref(keys);
      if (!l) return Value();
      loc = Value();
    }
    decref(loc);
    names = Value(l);
  } else {
    Value d = lookup_special(vm, a[0], intern("__dir__"));
    if (!d) {
      if (has_error(vm)) return Value();
      return raise(vm, &TypeErrorType, "object does not provide __dir__");
    }
    Value r = call0(vm, d);
    decref(d);
    if (!r) return Value();
    List* l = list_from_iterable(vm, r);
    decref(r);
    if (!l) return Value();
    names = Value(l);
  }
  List* l = names.as<List>();
  if (!list_sort_values(vm, l->items, nullptr, l->size, false)) {
    decref(names);
    return Value();
  }
  return names;
}

Value builtin_vars(VM& vm, Args a) {
  if (!check_nargs(vm, a, "vars", 0, 1)) return Value();
  if (a.n == 0) return current_locals(vm);
  Value d = get_attr(vm, a[0], g_names.dict);
  if (!d) {
    if (error_matches(vm, &AttributeErrorType)) {
      clear_error(vm);
      return raise(vm, &TypeErrorType, "vars() argument must have __dict__ attribute");
    }
    return Value();
  }
  return d;
}

Value builtin_globals(VM& vm, Args a) {
  if (!check_nargs(vm, a, "globals", 0, 0)) return Value();
  PyFrame* f = current_py_frame(vm);
  if (!f) return Value(dict_new());
  return newref(Value(f->globals));
}

Value builtin_locals(VM& vm, Args a) {
  if (!check_nargs(vm, a, "locals", 0, 0)) return Value();
  return current_locals(vm);
}

Value builtin_id(VM& vm, Args a) {
  if (!check_nargs(vm, a, "id", 1, 1)) return Value();
  if (a[0].is_small()) return int_from_i64(int64_t(a[0].bits()));
  return int_from_u64(uint64_t(reinterpret_cast<uintptr_t>(a[0].obj())));
}

Value builtin_hash(VM& vm, Args a) {
  if (!check_nargs(vm, a, "hash", 1, 1)) return Value();
  int64_t h;
  if (!hash_value(vm, a[0], &h)) return Value();
  return int_from_i64(h);
}

Value builtin_callable(VM& vm, Args a) {
  if (!check_nargs(vm, a, "callable", 1, 1)) return Value();
  return new_bool(is_callable(a[0]));
}

Value builtin_isinstance(VM& vm, Args a) {
  if (!check_nargs(vm, a, "isinstance", 2, 2)) return Value();
  int r = is_instance(vm, a[0], a[1]);
  return r < 0 ? Value() : new_bool(r);
}

Value builtin_issubclass(VM& vm, Args a) {
  if (!check_nargs(vm, a, "issubclass", 2, 2)) return Value();
  int r = is_subclass(vm, a[0], a[1]);
  return r < 0 ? Value() : new_bool(r);
}

// ============================================================== 3. numbers

Value builtin_abs(VM& vm, Args a) {
  if (!check_nargs(vm, a, "abs", 1, 1)) return Value();
  return unary_op(vm, a[0], kAbs);
}

Value builtin_divmod(VM& vm, Args a) {
  if (!check_nargs(vm, a, "divmod", 2, 2)) return Value();
  Type* ta = type_of(a[0]);
  Type* tb = type_of(a[1]);
  auto slot = [](Type* t) { return t->number ? t->number->divmod : nullptr; };
  if (slot(ta)) {
    Value r = slot(ta)(vm, a[0], a[1]);
    if (!r || !is_not_implemented(r)) return r;
    decref(r);
  }
  if (slot(tb) && slot(tb) != slot(ta)) {
    Value r = slot(tb)(vm, a[0], a[1]);
    if (!r || !is_not_implemented(r)) return r;
    decref(r);
  }
  // Python-level __divmod__/__rdivmod__
  bool found;
  Value r = call_dunder(vm, a[0], g_names.divmod, &a.v[1], 1, &found);
  if (found && (!r || !is_not_implemented(r))) return r;
  decref(r);
  r = call_dunder(vm, a[1], g_names.rdivmod, &a.v[0], 1, &found);
  if (found && (!r || !is_not_implemented(r))) return r;
  decref(r);
  return raisef(vm, &TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", tname(a[0]), tname(a[1]));
}

Value builtin_pow(VM& vm, Args a) {
  Value out[3];
  if (!parse_args(vm, a, "pow", "base,exp,|mod", out)) return Value();
  return ternary_pow(vm, out[0], out[1], out[2]);
}

Value builtin_round(VM& vm, Args a) {
  Value out[2];
  if (!parse_args(vm, a, "round", "number,|ndigits", out)) return Value();
  Value m = type_lookup(type_of(out[0]), g_names.round);
  if (!m) return raisef(vm, &TypeErrorType, "type %s doesn't define __round__ method", tname(out[0]));
  incref(m);
  Value r = (out[1] && !is_none(out[1])) ? call_special(vm, m, out[0], &out[1], 1) : call_special(vm, m, out[0], nullptr, 0);
  decref(m);
  return r;
}

Value format_int_base(VM& vm, Value v, int base, const char* prefix) {
  Value idx = number_index(vm, v);
  if (!idx) return Value();
  std::string digits = int_to_string(idx, base);
  decref(idx);
  std::string out;
  if (!digits.empty() && digits[0] == '-') {
    out = std::string("-") + prefix + digits.substr(1);
  } else {
    out = prefix + digits;
  }
  return Value(str_new(out));
}

Value builtin_bin(VM& vm, Args a) {
  if (!check_nargs(vm, a, "bin", 1, 1)) return Value();
  return format_int_base(vm, a[0], 2, "0b");
}
Value builtin_oct(VM& vm, Args a) {
  if (!check_nargs(vm, a, "oct", 1, 1)) return Value();
  return format_int_base(vm, a[0], 8, "0o");
}
Value builtin_hex(VM& vm, Args a) {
  if (!check_nargs(vm, a, "hex", 1, 1)) return Value();
  return format_int_base(vm, a[0], 16, "0x");
}

Value builtin_chr(VM& vm, Args a) {
  if (!check_nargs(vm, a, "chr", 1, 1)) return Value();
  int c;
  if (!c_int_arg(vm, a[0], &c)) return Value();
  if (c < 0 || c > 0x10ffff) return raise(vm, &ValueErrorType, "chr() arg not in range(0x110000)");
  return Value(str_from_codepoint(uint32_t(c)));
}

Value builtin_ord(VM& vm, Args a) {
  if (!check_nargs(vm, a, "ord", 1, 1)) return Value();
  Value v = a[0];
  if (is_str(v)) {
    Str* s = as_str(v);
    if (s->length != 1)
      return raisef(vm, &TypeErrorType, "ord() expected a character, but string of length %llu found",
                    static_cast<unsigned long long>(s->length));
    return int_from_i64(str_char_at(s, 0));
  }
  const char* data;
  int64_t size;
  if ((is_bytes_like(v)) && get_buffer(vm, v, &data, &size)) {
    if (size != 1)
      return raisef(vm, &TypeErrorType, "ord() expected a character, but string of length %lld found",
                    static_cast<long long>(size));
    return int_from_i64(static_cast<unsigned char>(data[0]));
  }
  clear_error(vm);
  return raisef(vm, &TypeErrorType, "ord() expected string of length 1, but %s found", tname(v));
}

// ============================================================== 4. iteration

Value builtin_iter(VM& vm, Args a) {
  if (!check_nargs(vm, a, "iter", 1, 2)) return Value();
  if (a.n == 1) return get_iter(vm, a[0]);
  if (!is_callable(a[0])) return raise(vm, &TypeErrorType, "iter(v, w): v must be callable");
  return callable_iter_new(vm, a[0], a[1]);
}

Co<Value> builtin_next(VM& vm, Args a) {
  if (a.nkw()) co_return raise(vm, &TypeErrorType, "next() takes no keyword arguments");
  if (a.n < 1 || a.n > 2) co_return raisef(vm, &TypeErrorType, "next expected at least 1 argument, got %u", a.n);
  Value it = a[0];
  if (!type_of(it)->next) co_return raisef(vm, &TypeErrorType, "'%s' object is not an iterator", tname(it));
  if (type_of(it)->next == slot_next) {
    // A Python __next__: its own StopIteration (with its arguments) propagates.
    Value d = type_lookup(type_of(it), g_names.next);
    if (d) {
      incref(d);
      Value r = co_await call_co(vm, d, it, Args{nullptr, 0, nullptr});
      decref(d);
      if (!r && a.n == 2 && error_matches(vm, &StopIterationType)) {
        clear_error(vm);
        co_return newref(a[1]);
      }
      co_return r;
    }
  }
  decref(vm.gen_return);
  vm.gen_return = Value();
  Value r = co_await next_co(vm, it);
  if (r.is_iter_done()) {
    Value rv = vm.gen_return;
    vm.gen_return = Value();
    if (a.n == 2) {
      decref(rv);
      co_return newref(a[1]);
    }
    raise_stop_iteration(vm, rv && !is_none(rv) ? rv : Value());
    decref(rv);
    co_return Value();
  }
  if (!r && a.n == 2 && error_matches(vm, &StopIterationType)) {
    clear_error(vm);
    co_return newref(a[1]);
  }
  co_return r;
}

Value builtin_len(VM& vm, Args a) {
  if (!check_nargs(vm, a, "len", 1, 1)) return Value();
  int64_t n = length(vm, a[0]);
  return n < 0 ? Value() : int_from_i64(n);
}

// Collects an iterable into a list, resuming Python iterators/generators as frames.
Co<Value> collect_co(VM& vm, Value iterable) {
  if (is_list_exact(iterable) || is_tuple_exact(iterable)) co_return Value(list_from_iterable(vm, iterable));
  Value it = get_iter(vm, iterable);
  if (!it) co_return Value();
  List* l = list_new(0);
  for (;;) {
    Value x = co_await next_co(vm, it);
    if (x.is_iter_done()) break;
    if (!x) {
      decref(l);
      decref(it);
      co_return Value();
    }
    bool ok = list_append(vm, l, x);
    decref(x);
    if (!ok) {
      decref(l);
      decref(it);
      co_return Value();
    }
  }
  decref(it);
  co_return Value(l);
}

// sorted(iterable, /, *, key=None, reverse=False): a new list, sorted by list.sort (whose
// argument checks and messages it shares, as in CPython).
Co<Value> builtin_sorted(VM& vm, Args a) {
  if (a.n != 1) co_return raisef(vm, &TypeErrorType, "sorted expected 1 argument, got %u", a.n);
  Value lv = co_await collect_co(vm, a[0]);
  if (!lv) co_return Value();
  std::vector<Value> sort_args(1 + a.nkw());
  sort_args[0] = lv;
  for (uint32_t i = 0; i < a.nkw(); ++i) sort_args[1 + i] = a.kwvalue(i);
  Value r = co_await list_sort_co(vm, Args{sort_args.data(), 1, a.kwnames});
  if (!r) {
    decref(lv);
    co_return Value();
  }
  decref(r);
  co_return lv;
}

Co<Value> min_max(VM& vm, Args a, CompareOp op, const char* name) {
  Value key, deflt;
  for (uint32_t i = 0; i < a.nkw(); ++i) {
    Str* k = a.kwname(i);
    if (str_eq_ascii(k, "key")) key = a.kwvalue(i);
    else if (str_eq_ascii(k, "default")) deflt = a.kwvalue(i);
    else co_return raisef(vm, &TypeErrorType, "'%s' is an invalid keyword argument for %s()", k->data, name);
  }
  if (key && is_none(key)) key = Value();
  if (a.n == 0) co_return raisef(vm, &TypeErrorType, "%s expected at least 1 argument, got 0", name);
  Value items;
  if (a.n == 1) {
    items = co_await collect_co(vm, a[0]);
    if (!items) co_return Value();
  } else {
    if (deflt)
      co_return raisef(vm, &TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name);
    items = Value(list_new(0));
    for (uint32_t i = 0; i < a.n; ++i) list_append(vm, items.as<List>(), a[i]);
  }
  List* l = items.as<List>();
  if (l->size == 0) {
    decref(items);
    if (deflt) co_return newref(deflt);
    co_return raisef(vm, &ValueErrorType, "%s() arg is an empty sequence", name);
  }
  Value best = newref(l->items[0]);
  Value best_key;
  if (key) {
    best_key = co_await call_co1(vm, key, best);
    if (!best_key) {
      decref(best);
      decref(items);
      co_return Value();
    }
  } else {
    best_key = newref(best);
  }
  for (int64_t i = 1; i < l->size; ++i) {
    Value item = l->items[i];
    Value k;
    if (key) {
      k = co_await call_co1(vm, key, item);
      if (!k) {
        decref(best);
        decref(best_key);
        decref(items);
        co_return Value();
      }
    } else {
      k = newref(item);
    }
    int cmp = rich_compare_bool(vm, k, best_key, op);
    if (cmp < 0) {
      decref(k);
      decref(best);
      decref(best_key);
      decref(items);
      co_return Value();
    }
    if (cmp) {
      decref(best);
      decref(best_key);
      best = newref(item);
      best_key = k;
    } else {
      decref(k);
    }
  }
  decref(best_key);
  decref(items);
  co_return best;
}

Co<Value> builtin_min(VM& vm, Args a) { co_return co_await min_max(vm, a, kLT, "min"); }
Co<Value> builtin_max(VM& vm, Args a) { co_return co_await min_max(vm, a, kGT, "max"); }

Co<Value> builtin_sum(VM& vm, Args a) {
  Value out[2];
  if (!parse_args(vm, a, "sum", "iterable,/,|start", out)) co_return Value();
  Value start = out[1];
  if (start && is_str(start)) co_return raise(vm, &TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]");
  if (start && type_of(start) == &BytesType) co_return raise(vm, &TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (start && type_of(start) == &ByteArrayType) co_return raise(vm, &TypeErrorType, "sum() can't sum bytearray [use b''.join(seq) instead]");
  Value acc = start ? newref(start) : Value::small(0);
  Value it = get_iter(vm, out[0]);
  if (!it) {
    decref(acc);
    co_return Value();
  }
  for (;;) {
    Value x = co_await next_co(vm, it);
    if (x.is_iter_done()) break;
    if (!x) {
      decref(acc);
      decref(it);
      co_return Value();
    }
    Value r;
    if (acc.is_small() && x.is_small()) {
      r = int_from_i64(acc.small_value() + x.small_value());
    } else if (is_float_exact(acc) && is_float_exact(x)) {
      r = float_new(float_of(acc) + float_of(x));
    } else if (type_has(type_of(acc), kTypeHeap) || type_has(type_of(x), kTypeHeap)) {
      r = co_await binary_op_co(vm, acc, x, kAdd);
    } else {
      r = binary_op(vm, acc, x, kAdd);
    }
    decref(x);
    decref(acc);
    if (!r) {
      decref(it);
      co_return Value();
    }
    acc = r;
  }
  decref(it);
  co_return acc;
}

Co<Value> any_all(VM& vm, Args a, bool want, const char* name) {
  if (!check_nargs(vm, a, name, 1, 1)) co_return Value();
  Value it = get_iter(vm, a[0]);
  if (!it) co_return Value();
  for (;;) {
    Value x = co_await next_co(vm, it);
    if (x.is_iter_done()) break;
    if (!x) {
      decref(it);
      co_return Value();
    }
    int t = truthy(vm, x);
    decref(x);
    if (t < 0) {
      decref(it);
      co_return Value();
    }
    if (bool(t) == want) {
      decref(it);
      co_return new_bool(want);
    }
  }
  decref(it);
  co_return new_bool(!want);
}
Co<Value> builtin_any(VM& vm, Args a) { co_return co_await any_all(vm, a, true, "any"); }
Co<Value> builtin_all(VM& vm, Args a) { co_return co_await any_all(vm, a, false, "all"); }

// ============================================================== 5. code

int compile_mode(VM& vm, Value mode, CompileMode* out) {
  if (!is_str(mode)) {
    raisef(vm, &TypeErrorType, "compile() mode must be str, not %s", tname(mode));
    return -1;
  }
  std::string_view m = as_str(mode)->view();
  if (m == "exec") *out = CompileMode::File;
  else if (m == "eval") *out = CompileMode::Eval;
  else if (m == "single") *out = CompileMode::Interactive;
  else {
    raise(vm, &ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'");
    return -1;
  }
  return 0;
}

bool source_text(VM& vm, Value src, const char* fname, std::string* out) {
  if (is_str(src)) {
    *out = std::string(as_str(src)->view());
    return true;
  }
  const char* data;
  int64_t size;
  if (is_bytes_like(src) && get_buffer(vm, src, &data, &size)) {
    *out = std::string(data, std::size_t(size));
    return true;
  }
  clear_error(vm);
  if (std::string_view(fname) == "compile")
    raise(vm, &TypeErrorType, "compile() arg 1 must be a string, bytes or AST object");
  else
    raisef(vm, &TypeErrorType, "%s() arg 1 must be a string, bytes or code object", fname);
  return false;
}

Value builtin_compile(VM& vm, Args a) {
  Value out[6];
  if (!parse_args(vm, a, "compile", "source,filename,mode,|flags,dont_inherit,optimize", out)) return Value();
  CompileMode mode;
  if (compile_mode(vm, out[2], &mode) < 0) return Value();
  if (type_of(out[0]) == &CodeType) return newref(out[0]);
  std::string src;
  if (!source_text(vm, out[0], "compile", &src)) return Value();
  Value fn = str_of(vm, out[1]);
  if (!fn) return Value();
  std::string filename = as_str(fn)->data;
  decref(fn);
  int flags = out[3] ? int(out[3].is_small() ? out[3].small_value() : 0) : 0;
  if (flags & 0x400) {  // PyCF_ONLY_AST
    return raise(vm, &NotImplementedErrorType, "compile() to an AST is not supported yet");
  }
  Code* code = compile_or_raise(vm, src, filename, mode, flags);
  return code ? Value(code) : Value();
}

// exec/eval: the code runs as a frame with the given globals/locals (suspendable).
Co<Value> exec_eval(VM& vm, Args a, bool is_eval) {
  const char* fname = is_eval ? "eval" : "exec";
  Value out[3];
  if (!parse_args(vm, a, fname, "source,|globals,locals,/", out)) co_return Value();
  Value globals = out[1], locals = out[2];
  if (globals && is_none(globals)) globals = Value();
  if (locals && is_none(locals)) locals = Value();
  if (globals && !is_dict(globals)) {
    if (!is_eval) co_return raisef(vm, &TypeErrorType, "exec() globals must be a dict, not %s", tname(globals));
    co_return raise(vm, &TypeErrorType, type_of(globals)->getitem ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                                   : "globals must be a dict");
  }
  if (locals && !type_of(locals)->getitem)
    co_return raisef(vm, &TypeErrorType, "locals must be a mapping");
  PyFrame* cur = current_py_frame(vm);
  Ref g, l;
  if (!globals) {
    g = Ref::borrow(cur ? Value(cur->globals) : Value(vm.main_module->dict));
    if (!locals) {
      Value cl = current_locals(vm);
      if (!cl) co_return Value();
      l = Ref(cl);
    } else {
      l = Ref::borrow(locals);
    }
  } else {
    g = Ref::borrow(globals);
    l = Ref::borrow(locals ? locals : globals);
  }
  Dict* gd = g.as<Dict>();
  if (!dict_get_str(gd, g_names.builtins)) dict_set_str(gd, g_names.builtins, Value(vm.builtins_module));
  Code* code = nullptr;
  if (type_of(out[0]) == &CodeType) {
    code = newref(out[0].as<Code>());
  } else {
    std::string src;
    if (!source_text(vm, out[0], fname, &src)) co_return Value();
    if (is_eval) {
      // eval strips leading spaces and tabs
      std::size_t p = src.find_first_not_of(" \t");
      src = p == std::string::npos ? std::string() : src.substr(p);
    }
    code = compile_or_raise(vm, src, "<string>", is_eval ? CompileMode::Eval : CompileMode::File);
    if (!code) co_return Value();
  }
  Value builtins_v = dict_get_str(gd, g_names.builtins);
  Dict* builtins = vm.builtins;
  if (builtins_v && is_type(Value(type_of(builtins_v))) && type_of(builtins_v) == &ModuleType)
    builtins = builtins_v.as<Module>()->dict;
  else if (builtins_v && is_dict(builtins_v))
    builtins = builtins_v.as<Dict>();
  PyFrame* f = frame_new(vm, code, gd, builtins, l.get(), nullptr);
  decref(code);
  CallPrep p;
  p.frame = f;
  Value r = co_await CallAwaiter{vm, p};
  if (!r) co_return Value();
  if (is_eval) co_return r;
  decref(r);
  co_return new_none();
}
Co<Value> builtin_exec(VM& vm, Args a) { co_return co_await exec_eval(vm, a, false); }
Co<Value> builtin_eval(VM& vm, Args a) { co_return co_await exec_eval(vm, a, true); }

Co<Value> builtin_import(VM& vm, Args a) {
  Value out[5];
  if (!parse_args(vm, a, "__import__", "name,|globals,locals,fromlist,level", out)) co_return Value();
  if (!is_str(out[0])) co_return raise(vm, &TypeErrorType, "module name must be a string");
  int64_t level = 0;
  if (out[4] && !index_to_i64(vm, out[4], &level, &OverflowErrorType)) co_return Value();
  if (level < 0) co_return raise(vm, &ValueErrorType, "level must be >= 0");
  Dict* globals = out[1] && is_dict(out[1]) ? out[1].as<Dict>() : vm.main_module->dict;
  Value fromlist = out[3] ? newref(out[3]) : new_none();
  co_return co_await import_module_co(vm, as_str(out[0])->data, globals, fromlist, level);
}

// ============================================================== 6. formatting

Value builtin_repr(VM& vm, Args a) {
  if (!check_nargs(vm, a, "repr", 1, 1)) return Value();
  return repr(vm, a[0]);
}

Value builtin_ascii(VM& vm, Args a) {
  if (!check_nargs(vm, a, "ascii", 1, 1)) return Value();
  return ascii_of(vm, a[0]);
}

Value builtin_format(VM& vm, Args a) {
  if (!no_kwargs(vm, a, "format")) return Value();
  if (a.n < 1 || a.n > 2)
    return raisef(vm, &TypeErrorType, "format expected %s 1 argument%s, got %u", a.n < 1 ? "at least" : "at most",
                  "", a.n);
  Value spec = a.n > 1 ? a[1] : Value(g_names.empty);
  if (!is_str(spec))
    return raisef(vm, &TypeErrorType, "format() argument 2 must be str, not %s", is_none(spec) ? "None" : tname(spec));
  Value out[2] = {a[0], spec};
  return format_value(vm, out[0], spec);
}

Value builtin_breakpoint(VM& vm, Args) { return raise(vm, &RuntimeErrorType, "breakpoint() is not available in Coil"); }

// ============================================================== 7. the module

const MethodDef kBuiltinMethods[] = {
    {"print", nullptr, kMethCo, "Prints the values to a stream, or to sys.stdout by default.", builtin_print},
    {"input", builtin_input, kMethPlain, "Read a string from standard input.  The trailing newline is stripped.", nullptr},
    {"getattr", nullptr, kMethCo, "Get a named attribute from an object.", builtin_getattr},
    {"setattr", builtin_setattr, kMethPlain, "Sets the named attribute on the given object to the specified value.", nullptr},
    {"delattr", builtin_delattr, kMethPlain, "Deletes the named attribute from the given object.", nullptr},
    {"hasattr", builtin_hasattr, kMethPlain, "Return whether the object has an attribute with the given name.", nullptr},
    {"dir", builtin_dir, kMethPlain, "Show attributes of an object.", nullptr},
    {"vars", builtin_vars, kMethPlain, "Show vars.", nullptr},
    {"globals", builtin_globals, kMethPlain, "Return the dictionary containing the current scope's global variables.", nullptr},
    {"locals", builtin_locals, kMethPlain, "Return a dictionary containing the current scope's local variables.", nullptr},
    {"id", builtin_id, kMethPlain, "Return the identity of an object.", nullptr},
    {"hash", builtin_hash, kMethPlain, "Return the hash value for the given object.", nullptr},
    {"callable", builtin_callable, kMethPlain, "Return whether the object is callable (i.e., some kind of function).", nullptr},
    {"isinstance", builtin_isinstance, kMethPlain, "Return whether an object is an instance of a class or of a subclass thereof.", nullptr},
    {"issubclass", builtin_issubclass, kMethPlain, "Return whether 'cls' is derived from another class or is the same class.", nullptr},
    {"abs", builtin_abs, kMethPlain, "Return the absolute value of the argument.", nullptr},
    {"divmod", builtin_divmod, kMethPlain, "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.", nullptr},
    {"pow", builtin_pow, kMethPlain, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments", nullptr},
    {"round", builtin_round, kMethPlain, "Round a number to a given precision in decimal digits.", nullptr},
    {"bin", builtin_bin, kMethPlain, "Return the binary representation of an integer.", nullptr},
    {"oct", builtin_oct, kMethPlain, "Return the octal representation of an integer.", nullptr},
    {"hex", builtin_hex, kMethPlain, "Return the hexadecimal representation of an integer.", nullptr},
    {"chr", builtin_chr, kMethPlain, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.", nullptr},
    {"ord", builtin_ord, kMethPlain, "Return the Unicode code point for a one-character string.", nullptr},
    {"iter", builtin_iter, kMethPlain, "Get an iterator from an object.", nullptr},
    {"next", nullptr, kMethCo, "Return the next item from the iterator.", builtin_next},
    {"len", builtin_len, kMethPlain, "Return the number of items in a container.", nullptr},
    {"sorted", nullptr, kMethCo, "Return a new list containing all items from the iterable in ascending order.", builtin_sorted},
    {"min", nullptr, kMethCo, "With a single iterable argument, return its smallest item.", builtin_min},
    {"max", nullptr, kMethCo, "With a single iterable argument, return its biggest item.", builtin_max},
    {"sum", nullptr, kMethCo, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers", builtin_sum},
    {"any", nullptr, kMethCo, "Return True if bool(x) is True for any x in the iterable.", builtin_any},
    {"all", nullptr, kMethCo, "Return True if bool(x) is True for all values x in the iterable.", builtin_all},
    {"aiter", nullptr, kMethCo, "Return an AsyncIterator for an AsyncIterable object.", aiter_builtin},
    {"anext", nullptr, kMethCo, "Return the next item from the async iterator.", anext_builtin},
    {"compile", builtin_compile, kMethPlain, "Compile source into a code object that can be executed by exec() or eval().", nullptr},
    {"exec", nullptr, kMethCo, "Execute the given source in the context of globals and locals.", builtin_exec},
    {"eval", nullptr, kMethCo, "Evaluate the given source in the context of globals and locals.", builtin_eval},
    {"__import__", nullptr, kMethCo, "Import a module.", builtin_import},
    {"repr", builtin_repr, kMethPlain, "Return the canonical string representation of the object.", nullptr},
    {"ascii", builtin_ascii, kMethPlain, "Return an ASCII-only representation of an object.", nullptr},
    {"format", builtin_format, kMethPlain, "Return value.__format__(format_spec)", nullptr},
    {"breakpoint", builtin_breakpoint, kMethPlain, nullptr, nullptr},
    {"open", io_open, kMethPlain, "Open file and return a stream.  Raise OSError upon failure.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

bool builtins_init(VM& vm, Module* m) {
  Dict* d = m->dict;
  auto add = [&](const char* name, Value v) { dict_set_str(d, intern(name), v); };
  add("None", none());
  add("Ellipsis", Value(g_ellipsis));
  add("NotImplemented", Value(g_not_implemented));
  add("True", Value(g_true));
  add("False", Value(g_false));
  add("__debug__", Value(g_true));
  add("__build_class__", Value(builtin_function_new(&kBuildClassDef, Value(m), Value(intern("builtins")), false)));
  decref(dict_get_str(d, intern("__build_class__")));
  // Types
  Type* types[] = {&ObjectType, &TypeType, &IntType, &BoolType, &FloatType, &ComplexType, &StrType,
                   &BytesType, &ByteArrayType, &MemoryViewType, &ListType, &TupleType, &DictType,
                   &SetType, &FrozenSetType, &RangeType, &SliceType, &PropertyType, &StaticMethodType,
                   &ClassMethodType, &EnumerateType, &ZipType, &MapType, &FilterType, &ReversedType,
                   &SuperType};
  for (Type* t : types) add(type_name(t), Value(t));
#define COIL_ADD_EXC(name, base) add(#name, Value(&name##Type));
  COIL_EXCEPTION_TYPES(COIL_ADD_EXC)
#undef COIL_ADD_EXC
  add("EnvironmentError", Value(&OSErrorType));
  add("IOError", Value(&OSErrorType));
  vm.builtins_import = dict_get_str(d, g_names.import);
  return true;
}

}  // namespace

const ModuleDef kModBuiltins = {"builtins", kBuiltinMethods, builtins_init,
                                "Built-in functions, types, exceptions, and other objects."};

}  // namespace coil
