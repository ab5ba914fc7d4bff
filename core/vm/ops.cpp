// ops.cpp - the abstract object protocol for C++ callers: repr/str, hashing, comparison,
// truth, operators, containers, iteration, isinstance. Python dunders run nested.
//
// Section index
//   1. repr / str / ascii / format
//   2. hashing, comparison, truth
//   3. number operators
//   4. containers and iteration
//   5. isinstance / issubclass
#include "objects/generic_alias.h"
#include "vm/ops.h"

#include "objects/float.h"
#include "vm/runtime.h"
#include "vm/slots.h"

namespace coil {

Value object_repr(VM& vm, Value self);                          // objects/object.cpp
Value seq_iter_new(VM& vm, Value seq);                          // objects/iterators.cpp
bool union_instancecheck(VM& vm, Value u, Value obj, int* out);  // objects/union.cpp
bool union_subclasscheck(VM& vm, Value u, Value cls, int* out);
bool is_union(Value v);

// ============================================================== 1. repr / str / ascii / format

Value repr(VM& vm, Value v) {
  Type* t = type_of(v);
  if (!t->repr) return object_repr(vm, v);
  if (!enter_recursion(vm, " while getting the repr of an object")) return Value();
  Value r = t->repr(vm, v);
  leave_recursion(vm);
  if (r && !is_str(r)) {
    raisef(vm, &TypeErrorType, "__repr__ returned non-string (type %s)", tname(r));
    decref(r);
    return Value();
  }
  return r;
}

Value str_of(VM& vm, Value v) {
  if (is_str_exact(v)) return newref(v);
  Type* t = type_of(v);
  if (!t->str) return repr(vm, v);
  if (!enter_recursion(vm, " while getting the str of an object")) return Value();
  Value r = t->str(vm, v);
  leave_recursion(vm);
  if (r && !is_str(r)) {
    raisef(vm, &TypeErrorType, "__str__ returned non-string (type %s)", tname(r));
    decref(r);
    return Value();
  }
  return r;
}

Value ascii_of(VM& vm, Value v) {
  Value r = repr(vm, v);
  if (!r) return Value();
  Str* s = as_str(r);
  if (s->ascii) return r;
  std::string out;
  static const char hex[] = "0123456789abcdef";
  for (uint64_t i = 0; i < s->size;) {
    int l;
    uint32_t c = utf8_decode(s->data + i, &l);
    i += l;
    if (c < 128) {
      out.push_back(char(c));
    } else if (c <= 0xff) {
      out += "\\x";
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    } else if (c <= 0xffff) {
      out += "\\u";
      for (int k = 12; k >= 0; k -= 4) out.push_back(hex[(c >> k) & 15]);
    } else {
      out += "\\U";
      for (int k = 28; k >= 0; k -= 4) out.push_back(hex[(c >> k) & 15]);
    }
  }
  decref(r);
  return Value(str_new(out));
}

Value format_value(VM& vm, Value v, Value spec) {
  if (is_str_exact(v) && as_str(spec)->size == 0) return newref(v);
  Value meth = type_lookup(type_of(v), g_names.format);
  if (!meth) return raisef(vm, &TypeErrorType, "Type %s doesn't define __format__", tname(v));
  incref(meth);
  Value r = call_special(vm, meth, v, &spec, 1);
  decref(meth);
  if (r && !is_str(r)) {
    raisef(vm, &TypeErrorType, "__format__ must return a str, not %s", tname(r));
    decref(r);
    return Value();
  }
  return r;
}

// ============================================================== 2. hashing, comparison, truth

bool hash_value(VM& vm, Value v, int64_t* out) {
  if (v.is_small()) {
    *out = int_hash(v);
    return true;
  }
  Type* t = v.obj()->type;
  if (t == &StrType) {
    *out = str_hash(v.as<Str>());
    return true;
  }
  if (!t->hash) {
    raisef(vm, &TypeErrorType, "unhashable type: '%s'", type_name(t));
    return false;
  }
  return t->hash(vm, v, out);
}

namespace {
const CompareOp kSwapped[6] = {kGT, kGE, kEQ, kNE, kLT, kLE};
const char* const kCmpSymbols[6] = {"<", "<=", "==", "!=", ">", ">="};
}  // namespace

Value rich_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!enter_recursion(vm, " in comparison")) return Value();
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool checked_reverse = false;
  Value r;
  if (ta != tb && is_subtype(tb, ta) && tb->richcompare) {
    checked_reverse = true;
    r = tb->richcompare(vm, b, a, kSwapped[op]);
    if (!r || !is_not_implemented(r)) goto done;
    decref(r);
  }
  if (ta->richcompare) {
    r = ta->richcompare(vm, a, b, op);
    if (!r || !is_not_implemented(r)) goto done;
    decref(r);
  }
  if (!checked_reverse && tb->richcompare) {
    r = tb->richcompare(vm, b, a, kSwapped[op]);
    if (!r || !is_not_implemented(r)) goto done;
    decref(r);
  }
  if (op == kEQ) {
    r = new_bool(a == b);
  } else if (op == kNE) {
    r = new_bool(a != b);
  } else {
    r = raisef(vm, &TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", kCmpSymbols[op],
               type_name(ta), type_name(tb));
  }
done:
  leave_recursion(vm);
  return r;
}

int rich_compare_bool(VM& vm, Value a, Value b, CompareOp op) {
  if (a == b) {
    if (op == kEQ) return 1;
    if (op == kNE) return 0;
  }
  Value r = rich_compare(vm, a, b, op);
  if (!r) return -1;
  int t;
  if (r.obj() == g_true) t = 1;
  else if (r.obj() == g_false) t = 0;
  else t = truthy(vm, r);
  decref(r);
  return t;
}

int values_equal(VM& vm, Value a, Value b) {
  if (a == b) return 1;
  if (a.is_small() && b.is_small()) return 0;
  if (is_str_exact(a) && is_str_exact(b)) return str_eq(a.as<Str>(), b.as<Str>());
  return rich_compare_bool(vm, a, b, kEQ);
}

int truthy(VM& vm, Value v) {
  if (v.is_small()) return v.small_value() != 0;
  Object* o = v.obj();
  if (o == g_true) return 1;
  if (o == g_false || o == g_none) return 0;
  Type* t = o->type;
  if (t->truth) return t->truth(vm, v);
  if (t->len) {
    int64_t n = t->len(vm, v);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

// ============================================================== 3. number operators

namespace {

inline Value (*num_slot(Type* t, int op))(VM&, Value, Value) { return t->number ? t->number->binary[op] : nullptr; }

Value binary_op1(VM& vm, Value a, Value b, int op) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  auto slota = num_slot(ta, op);
  auto slotb = ta != tb ? num_slot(tb, op) : nullptr;
  if (slotb == slota) slotb = nullptr;
  if (slota) {
    if (slotb && is_subtype(tb, ta)) {
      Value r = slotb(vm, a, b);
      if (!r || !is_not_implemented(r)) return r;
      decref(r);
      slotb = nullptr;
    }
    Value r = slota(vm, a, b);
    if (!r || !is_not_implemented(r)) return r;
    decref(r);
  }
  if (slotb) return slotb(vm, a, b);
  return new_not_implemented();
}

Value unsupported(VM& vm, Value a, Value b, int op, bool inplace) {
  if (op == kPow) {
    if (inplace)
      return raisef(vm, &TypeErrorType, "unsupported operand type(s) for **=: '%s' and '%s'", tname(a), tname(b));
    return raisef(vm, &TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", tname(a), tname(b));
  }
  if (op == kRShift && !inplace && a.is_obj() && a.obj()->type == &BuiltinFunctionType &&
      str_eq_ascii(intern(a.as<BuiltinFunction>()->def->name), "print")) {
    return raisef(vm, &TypeErrorType,
                  "unsupported operand type(s) for >>: '%s' and '%s'. Did you mean \"print(<message>, "
                  "file=<output_stream>)\"?",
                  tname(a), tname(b));
  }
  return raisef(vm, &TypeErrorType, "unsupported operand type(s) for %s%s: '%s' and '%s'", binop_symbol(op),
                inplace ? "=" : "", tname(a), tname(b));
}

Value sequence_repeat(VM& vm, Value seq, Value n) {
  Type* nt = type_of(n);
  if (!(nt->number && nt->number->index)) {
    return raisef(vm, &TypeErrorType, "can't multiply sequence by non-int of type '%s'", type_name(nt));
  }
  Value idx = number_index(vm, n);
  if (!idx) return Value();
  bool overflow = false;
  int64_t count = int_as_i64(idx, &overflow);
  int sign = int_sign(idx);
  decref(idx);
  if (overflow) {
    if (sign < 0) count = 0;
    else return raisef(vm, &OverflowErrorType, "cannot fit '%s' into an index-sized integer", type_name(nt));
  }
  return type_of(seq)->repeat(vm, seq, count);
}

}  // namespace

// After every number slot declined: sequence concatenation/repetition, else the TypeError.
Value binary_op_fallback(VM& vm, Value a, Value b, int op) {
  bool inplace = op >= kInplace;
  int base = inplace ? op - kInplace : op;
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  if (base == kAdd && ta->concat) return ta->concat(vm, a, b);
  if (base == kMul) {
    if (ta->repeat) return sequence_repeat(vm, a, b);
    if (tb->repeat) return sequence_repeat(vm, b, a);
  }
  return unsupported(vm, a, b, base, inplace);
}

Value binary_op(VM& vm, Value a, Value b, int op) {
  bool inplace = op >= kInplace;
  int base = inplace ? op - kInplace : op;
  if (inplace) {
    Type* ta = type_of(a);
    if (ta->number && ta->number->inplace[base]) {
      Value r = ta->number->inplace[base](vm, a, b);
      if (!r || !is_not_implemented(r)) return r;
      decref(r);
    }
  }
  Value r;
  if (base == kPow) {
    r = ternary_pow(vm, a, b, Value());
    if (!r && error_matches(vm, &TypeErrorType) && inplace) {
      // re-word the message for **=
      clear_error(vm);
      return unsupported(vm, a, b, kPow, true);
    }
    return r;
  }
  r = binary_op1(vm, a, b, base);
  if (!r || !is_not_implemented(r)) return r;
  decref(r);
  return binary_op_fallback(vm, a, b, op);
}

Value ternary_pow(VM& vm, Value a, Value b, Value mod) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  if (!mod || is_none(mod)) {
    Value r = binary_op1(vm, a, b, kPow);
    if (!r || !is_not_implemented(r)) return r;
    decref(r);
    return unsupported(vm, a, b, kPow, false);
  }
  auto p3a = ta->number ? ta->number->pow3 : nullptr;
  auto p3b = (tb != ta && tb->number) ? tb->number->pow3 : nullptr;
  if (p3b == p3a) p3b = nullptr;
  if (p3a) {
    Value r = p3a(vm, a, b, mod);
    if (!r || !is_not_implemented(r)) return r;
    decref(r);
  }
  if (p3b) {
    Value r = p3b(vm, a, b, mod);
    if (!r || !is_not_implemented(r)) return r;
    decref(r);
  }
  Type* tm = type_of(mod);
  auto p3m = tm->number ? tm->number->pow3 : nullptr;
  if (p3m && p3m != p3a && p3m != p3b) {
    Value r = p3m(vm, a, b, mod);
    if (!r || !is_not_implemented(r)) return r;
    decref(r);
  }
  return raisef(vm, &TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", type_name(ta),
                type_name(tb), type_name(tm));
}

Value unary_op(VM& vm, Value a, UnaryOp op) {
  Type* t = type_of(a);
  if (t->number && t->number->unary[op]) return t->number->unary[op](vm, a);
  static const char* const names[4] = {"unary -", "unary +", "unary ~", "abs()"};
  return raisef(vm, &TypeErrorType, "bad operand type for %s: '%s'", names[op], type_name(t));
}

// ============================================================== 4. containers and iteration

Value get_item(VM& vm, Value container, Value key) {
  Type* t = type_of(container);
  if (t->getitem) return t->getitem(vm, container, key);
  if (is_type(container)) {
    if (container.obj() == &TypeType) return generic_alias_new(vm, container, key);  // type[int]
    Value cgi = get_attr_opt(vm, container, g_names.class_getitem);
    if (cgi) {
      Value r = call1(vm, cgi, key);
      decref(cgi);
      return r;
    }
    if (has_error(vm)) return Value();
    return raisef(vm, &TypeErrorType, "type '%s' is not subscriptable", type_name(container.as<Type>()));
  }
  return raisef(vm, &TypeErrorType, "'%s' object is not subscriptable", type_name(t));
}

// Whether a type has any sequence behaviour (CPython: a non-null tp_as_sequence): every class
// statement's type does, and builtin types with length, containment or concatenation.
static bool has_sequence_protocol(Type* t) {
  return (t->flags & kTypeHeap) || t->len || t->contains || t->concat;
}

bool set_item(VM& vm, Value container, Value key, Value v) {
  Type* t = type_of(container);
  if (t->setitem) return t->setitem(vm, container, key, v);
  if (v)
    raisef(vm, &TypeErrorType, "'%s' object does not support item assignment", type_name(t));
  else if (has_sequence_protocol(t) && (is_int(key) || (type_of(key)->number && type_of(key)->number->index)))
    // CPython words deletion from a sequence-like type with an index key differently
    raisef(vm, &TypeErrorType, "'%s' object doesn't support item deletion", type_name(t));
  else
    raisef(vm, &TypeErrorType, "'%s' object does not support item deletion", type_name(t));
  return false;
}

int64_t length(VM& vm, Value v) {
  Type* t = type_of(v);
  if (t->len) return t->len(vm, v);
  raisef(vm, &TypeErrorType, "object of type '%s' has no len()", type_name(t));
  return -1;
}

int contains(VM& vm, Value container, Value item) {
  Type* t = type_of(container);
  if (t->contains) return t->contains(vm, container, item);
  if (!t->iter && !t->getitem) {
    raisef(vm, &TypeErrorType, "argument of type '%s' is not iterable", type_name(t));
    return -1;
  }
  Value it = get_iter(vm, container);
  if (!it) return -1;
  for (;;) {
    Value x = iter_next(vm, it);
    if (x.is_iter_done()) break;
    if (!x) {
      decref(it);
      return -1;
    }
    int eq = values_equal(vm, x, item);
    decref(x);
    if (eq != 0) {
      decref(it);
      return eq;
    }
  }
  decref(it);
  return 0;
}

Value get_iter(VM& vm, Value v) {
  Type* t = type_of(v);
  if (t->iter) {
    Value r = t->iter(vm, v);
    if (r && !type_of(r)->next) {
      raisef(vm, &TypeErrorType, "iter() returned non-iterator of type '%s'", tname(r));
      decref(r);
      return Value();
    }
    return r;
  }
  if (t->getitem && !type_has(t, kTypeMapping | kTypeDictSubclass)) return seq_iter_new(vm, v);
  if (t->getitem) return seq_iter_new(vm, v);
  return raisef(vm, &TypeErrorType, "'%s' object is not iterable", type_name(t));
}

Value iter_next(VM& vm, Value it) {
  Type* t = type_of(it);
  if (!t->next) return raisef(vm, &TypeErrorType, "'%s' object is not an iterator", type_name(t));
  return t->next(vm, it);
}

bool ssize_arg(VM& vm, Value v, int64_t* out) {
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  Value i = number_index(vm, v);
  if (!i) return false;
  bool overflow = false;
  *out = int_as_i64(i, &overflow);
  decref(i);
  if (overflow) {
    raise(vm, &OverflowErrorType, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

bool c_int_arg(VM& vm, Value v, int* out) {
  int64_t x;
  if (!ssize_arg(vm, v, &x)) {
    if (error_matches(vm, &OverflowErrorType)) {
      clear_error(vm);
      raise(vm, &OverflowErrorType, "Python int too large to convert to C int");
    }
    return false;
  }
  if (x > INT32_MAX || x < INT32_MIN) {
    raise(vm, &OverflowErrorType, "Python int too large to convert to C int");
    return false;
  }
  *out = int(x);
  return true;
}

Value number_index(VM& vm, Value v) {
  if (v.is_small()) return v;
  Type* t = v.obj()->type;
  if (t == &IntType) return newref(v);
  if (type_has(t, kTypeIntSubclass)) return newref(int_value(v));
  if (t->number && t->number->index) {
    Value r = t->number->index(vm, v);
    if (!r) return Value();
    if (!is_int(r)) {
      raisef(vm, &TypeErrorType, "__index__ returned non-int (type %s)", tname(r));
      decref(r);
      return Value();
    }
    if (!is_int_exact(r)) {
      Value x = newref(int_value(r));
      decref(r);
      return x;
    }
    return r;
  }
  return raisef(vm, &TypeErrorType, "'%s' object cannot be interpreted as an integer", type_name(t));
}

bool index_to_i64(VM& vm, Value v, int64_t* out, Type* overflow_error) {
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  Value idx = number_index(vm, v);
  if (!idx) return false;
  bool overflow = false;
  *out = int_as_i64(idx, &overflow);
  int sign = int_sign(idx);
  decref(idx);
  if (overflow) {
    if (!overflow_error) {
      *out = sign < 0 ? INT64_MIN : INT64_MAX;
      return true;
    }
    raisef(vm, overflow_error, "cannot fit '%s' into an index-sized integer", tname(v));
    return false;
  }
  return true;
}

bool sequence_index(VM& vm, Value key, int64_t* out, const char* what) {
  if (key.is_small()) {
    *out = key.small_value();
    return true;
  }
  Type* t = type_of(key);
  if (!(t->number && t->number->index) && !type_has(t, kTypeIntSubclass) && t != &IntType) {
    raisef(vm, &TypeErrorType, "%s indices must be integers or slices, not %s", what, type_name(t));
    return false;
  }
  return index_to_i64(vm, key, out, &IndexErrorType);
}

// ============================================================== 5. isinstance / issubclass

namespace {

int recursive_isinstance(VM& vm, Value obj, Value cls) {
  if (is_type(cls)) {
    if (is_subtype(type_of(obj), cls.as<Type>())) return 1;
    Value c = get_attr_opt(vm, obj, g_names.class_);
    if (!c) return has_error(vm) ? -1 : 0;
    int r = (c != Value(type_of(obj)) && is_type(c)) ? is_subtype(c.as<Type>(), cls.as<Type>()) : 0;
    decref(c);
    return r;
  }
  raise(vm, &TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return -1;
}

}  // namespace

int is_instance(VM& vm, Value obj, Value cls) {
  if (Value(type_of(obj)) == cls) return 1;
  if (cls.is_obj() && cls.obj()->type == &TypeType) return recursive_isinstance(vm, obj, cls);
  if (is_union(cls)) {
    int out;
    if (!union_instancecheck(vm, cls, obj, &out)) return -1;
    return out;
  }
  if (is_tuple(cls)) {
    if (!enter_recursion(vm, " in __instancecheck__")) return -1;
    Tuple* t = as_tuple(cls);
    int r = 0;
    for (int64_t i = 0; i < t->size; ++i) {
      r = is_instance(vm, obj, t->items[i]);
      if (r != 0) break;
    }
    leave_recursion(vm);
    return r;
  }
  Value checker = lookup_special(vm, cls, g_names.instancecheck);
  if (checker) {
    if (!enter_recursion(vm, " in __instancecheck__")) {
      decref(checker);
      return -1;
    }
    Value r = call1(vm, checker, obj);
    leave_recursion(vm);
    decref(checker);
    if (!r) return -1;
    int t = truthy(vm, r);
    decref(r);
    return t;
  }
  if (has_error(vm)) return -1;
  return recursive_isinstance(vm, obj, cls);
}

int is_subclass(VM& vm, Value derived, Value cls) {
  if (cls.is_obj() && cls.obj()->type == &TypeType && is_type(derived)) {
    return is_subtype(derived.as<Type>(), cls.as<Type>());
  }
  if (is_union(cls)) {
    int out;
    if (!union_subclasscheck(vm, cls, derived, &out)) return -1;
    return out;
  }
  if (is_tuple(cls)) {
    if (!enter_recursion(vm, " in __subclasscheck__")) return -1;
    Tuple* t = as_tuple(cls);
    int r = 0;
    for (int64_t i = 0; i < t->size; ++i) {
      r = is_subclass(vm, derived, t->items[i]);
      if (r != 0) break;
    }
    leave_recursion(vm);
    return r;
  }
  Value checker = lookup_special(vm, cls, g_names.subclasscheck);
  if (checker) {
    if (!enter_recursion(vm, " in __subclasscheck__")) {
      decref(checker);
      return -1;
    }
    Value r = call1(vm, checker, derived);
    leave_recursion(vm);
    decref(checker);
    if (!r) return -1;
    int t = truthy(vm, r);
    decref(r);
    return t;
  }
  if (has_error(vm)) return -1;
  if (!is_type(derived)) {
    raise(vm, &TypeErrorType, "issubclass() arg 1 must be a class");
    return -1;
  }
  if (!is_type(cls)) {
    raise(vm, &TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  return is_subtype(derived.as<Type>(), cls.as<Type>());
}

}  // namespace coil
