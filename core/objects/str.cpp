// str.cpp - the str type object: construction, slots (repr, hash, compare, index, slice, iterate,
// concatenate, repeat, %), the str iterators, the argument-checking helpers of the str methods.
//
// Sections: 1. building helpers  2. argument helpers  3. construction  4. slots
//           5. iterators  6. dunder methods  7. type set-up
#include <cinttypes>
#include <cstring>

#include "objects/boxed.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/slice.h"
#include "objects/str_internal.h"
#include "vm/runtime.h"

namespace coil {

Type StrType;
Type StrAsciiIteratorType;
Type StrIteratorType;


bool is_str(Value v) {
  if (!v.is_obj()) return false;
  Type* t = v.obj()->type;
  return t == &StrType || type_has(t, kTypeStrSubclass);
}

Str* as_str(Value v) {
  Object* o = v.obj();
  if (o->type == &StrType) return static_cast<Str*>(o);
  return static_cast<Boxed*>(o)->value.as<Str>();
}

// ============================================================== 1. building helpers

Str* str_new_ascii(const char* data, std::size_t n) {
  if (n <= 1) return str_new(std::string_view(data, n));
  Str* s = str_alloc(n);
  if (!s) return nullptr;
  std::memcpy(s->data, data, n);
  s->length = n;
  return s;
}

Str* str_new_known(const char* data, std::size_t n, uint64_t length, bool ascii, uint8_t width) {
  if (n <= 1 || length == 1) return str_new(std::string_view(data, n));
  Str* s = str_alloc(n);
  if (!s) return nullptr;
  std::memcpy(s->data, data, n);
  s->length = length;
  s->ascii = ascii;
  s->width = width;
  return s;
}

bool str_size_ok(uint64_t n) {
  if (n > (uint64_t(1) << 40) || n >= uint64_t(SIZE_MAX / 2)) return false;
  return !heap_would_exceed(std::size_t(n));
}

Value str_value(VM& vm, std::string_view utf8) {
  Str* s = str_new(utf8);
  if (!s) return raise_memory_error(vm);
  return Value(s);
}

Value str_value_ascii(VM& vm, std::string_view ascii) {
  Str* s = str_new_ascii(ascii.data(), ascii.size());
  if (!s) return raise_memory_error(vm);
  return Value(s);
}

std::u32string str_to_u32(Str* s) {
  std::u32string out;
  out.reserve(s->length);
  if (s->ascii) {
    for (uint64_t i = 0; i < s->size; ++i) out.push_back(char32_t(static_cast<unsigned char>(s->data[i])));
    return out;
  }
  for (uint64_t i = 0; i < s->size;) {
    int l;
    out.push_back(char32_t(utf8_decode(s->data + i, &l)));
    i += l;
  }
  return out;
}

Value str_from_u32(VM& vm, const std::u32string& cps) {
  std::string out;
  out.reserve(cps.size());
  for (char32_t c : cps) utf8_append(out, uint32_t(c));
  return str_value(vm, out);
}

bool str_isspace_cp(uint32_t cp) {
  if (cp < 128) return (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x20);
  return uni_isspace(cp);
}

bool str_islinebreak_cp(uint32_t cp) {
  switch (cp) {
    case 0x0a: case 0x0b: case 0x0c: case 0x0d: case 0x1c: case 0x1d: case 0x1e:
    case 0x85: case 0x2028: case 0x2029:
      return true;
    default:
      return false;
  }
}

// ============================================================== 2. argument helpers

bool str_args_noargs(VM& vm, Args a, const char* qualname) {
  if (a.nkw()) {
    raisef(vm, &TypeErrorType, "%s() takes no keyword arguments", qualname);
    return false;
  }
  if (a.n > 1) {
    raisef(vm, &TypeErrorType, "%s() takes no arguments (%u given)", qualname, a.n - 1);
    return false;
  }
  return true;
}

bool str_args_one(VM& vm, Args a, const char* qualname) {
  if (a.nkw()) {
    raisef(vm, &TypeErrorType, "%s() takes no keyword arguments", qualname);
    return false;
  }
  if (a.n != 2) {
    raisef(vm, &TypeErrorType, "%s() takes exactly one argument (%u given)", qualname, a.n - 1);
    return false;
  }
  return true;
}

bool str_args_unpack(VM& vm, Args a, const char* name, const char* qualname, uint32_t min, uint32_t max) {
  if (a.nkw()) {
    raisef(vm, &TypeErrorType, "%s() takes no keyword arguments", qualname);
    return false;
  }
  uint32_t n = a.n - 1;
  if (n < min) {
    raisef(vm, &TypeErrorType, "%s expected %s%u argument%s, got %u", name, min == max ? "" : "at least ", min,
           min == 1 ? "" : "s", n);
    return false;
  }
  if (n > max) {
    raisef(vm, &TypeErrorType, "%s expected %s%u argument%s, got %u", name, min == max ? "" : "at most ", max,
           max == 1 ? "" : "s", n);
    return false;
  }
  return true;
}

bool str_args_tuple(VM& vm, Args a, const char* name, uint32_t min, uint32_t max) {
  if (a.nkw()) {
    raisef(vm, &TypeErrorType, "%s() takes no keyword arguments", name);
    return false;
  }
  uint32_t n = a.n - 1;
  if (n < min) {
    raisef(vm, &TypeErrorType, "%s() takes at least %u argument%s (%u given)", name, min, min == 1 ? "" : "s", n);
    return false;
  }
  if (n > max) {
    raisef(vm, &TypeErrorType, "%s() takes at most %u argument%s (%u given)", name, max, max == 1 ? "" : "s", n);
    return false;
  }
  return true;
}

namespace {

// Positional values pos[0..npos) then keywords (names in kwnames, values in kwv) into out[0..nnames).
bool kw_parse(VM& vm, const Value* pos, uint32_t npos, Tuple* kwnames, const Value* kwv, const char* fname,
              const char* const* names, uint32_t nnames, Value* out) {
  uint32_t nkw = kwnames ? uint32_t(kwnames->size) : 0;
  if (npos + nkw > nnames) {
    raisef(vm, &TypeErrorType, "%s() takes at most %u %sargument%s (%u given)", fname, nnames,
           npos == 0 ? "keyword " : "", nnames == 1 ? "" : "s", npos + nkw);
    return false;
  }
  for (uint32_t i = 0; i < nnames; ++i) out[i] = Value();
  for (uint32_t i = 0; i < npos; ++i) out[i] = pos[i];
  for (uint32_t k = 0; k < nkw; ++k) {
    Str* kn = kwnames->items[k].as<Str>();
    for (uint32_t i = 0; i < npos; ++i) {
      if (kn->view() == names[i]) {
        raisef(vm, &TypeErrorType, "argument for %s() given by name ('%s') and position (%u)", fname, names[i], i + 1);
        return false;
      }
    }
  }
  for (uint32_t k = 0; k < nkw; ++k) {
    Str* kn = kwnames->items[k].as<Str>();
    uint32_t i = npos;
    while (i < nnames && kn->view() != names[i]) ++i;
    if (i == nnames) {
      raisef(vm, &TypeErrorType, "'%s' is an invalid keyword argument for %s()", kn->data, fname);
      return false;
    }
    out[i] = kwv[k];
  }
  return true;
}

}  // namespace

bool str_args_kw(VM& vm, Args a, const char* fname, const char* const* names, uint32_t nnames, Value* out) {
  return kw_parse(vm, a.v + 1, a.n - 1, a.kwnames, a.v + a.n, fname, names, nnames, out);
}

// ============================================================== 3. construction

namespace {

Value str_new_slot(VM& vm, Type* type, Args a) {
  static const char* const kNames[] = {"object", "encoding", "errors"};
  Value args[3];
  if (!kw_parse(vm, a.v, a.n, a.kwnames, a.v + a.n, "str", kNames, 3, args)) return Value();
  Value result;
  if (!args[0]) {
    result = Value(str_empty());
  } else if (!args[1] && !args[2]) {
    result = str_of(vm, args[0]);
    if (!result) return Value();
  } else {
    for (int i = 1; i < 3; ++i) {
      if (args[i] && !is_str(args[i]))
        return raisef(vm, &TypeErrorType, "str() argument '%s' must be str, not %s", kNames[i],
                      is_none(args[i]) ? "None" : tname(args[i]));
    }
    Value obj = args[0];
    if (is_str(obj)) return raise(vm, &TypeErrorType, "decoding str is not supported");
    if (!has_buffer(obj))
      return raisef(vm, &TypeErrorType, "decoding to str: need a bytes-like object, %s found", tname(obj));
    const char* data;
    int64_t size;
    std::string scratch;
    if (!get_buffer(vm, obj, &data, &size, &scratch)) return Value();
    std::string_view enc = args[1] ? as_str(args[1])->view() : std::string_view("utf-8");
    std::string_view err = args[2] ? as_str(args[2])->view() : std::string_view("strict");
    result = codec_decode(vm, data, size, enc, err);
    if (!result) return Value();
  }
  if (type == &StrType) return result;
  // A subclass: box an exact str.
  Str* payload = as_str(result);
  incref(payload);
  decref(result);
  return boxed_new(vm, type, Value(payload));
}

// ============================================================== 4. slots

void str_dealloc(Object* o) {
  if (o->type == &StrType) {
    str_free(static_cast<Str*>(o));
    return;
  }
  // A boxed subclass instance reaching the base dealloc.
  Boxed* b = static_cast<Boxed*>(o);
  Value v = b->value;
  b->value = Value();
  decref(v);
  object_free(o, o->type->basicsize);
}

Value str_repr_slot(VM& vm, Value self) { return str_value(vm, str_repr_text(as_str(self))); }

Value str_str_slot(VM&, Value self) { return Value(newref(as_str(self))); }

bool str_hash_slot(VM&, Value self, int64_t* out) {
  *out = str_hash(as_str(self));
  return true;
}

Value str_richcompare(VM&, Value a, Value b, CompareOp op) {
  if (!is_str(a) || !is_str(b)) return new_not_implemented();
  Str* x = as_str(a);
  Str* y = as_str(b);
  bool r;
  switch (op) {
    case kEQ: r = str_eq(x, y); break;
    case kNE: r = !str_eq(x, y); break;
    case kLT: r = str_compare(x, y) < 0; break;
    case kLE: r = str_compare(x, y) <= 0; break;
    case kGT: r = str_compare(x, y) > 0; break;
    default: r = str_compare(x, y) >= 0; break;
  }
  return new_bool(r);
}

int64_t str_len_slot(VM&, Value self) { return int64_t(as_str(self)->length); }

// Code points [start, stop) by step (step != 1), slicelength of them.
Value str_slice_step(VM& vm, Str* s, int64_t start, int64_t step, int64_t n) {
  if (n <= 0) return Value(str_empty());
  if (s->ascii) {
    if (n == 1) return Value(str_from_codepoint(static_cast<unsigned char>(s->data[start])));
    Str* r = str_alloc(uint64_t(n));
    if (!r) return raise_memory_error(vm);
    const char* src = s->data;
    int64_t j = start;
    for (int64_t i = 0; i < n; ++i, j += step) r->data[i] = src[j];
    r->length = uint64_t(n);
    return Value(r);
  }
  if (step == -1) {
    // Reverse: walk backwards over UTF-8 from the byte offset of start.
    uint64_t b = str_byte_offset(s, uint64_t(start));
    int l0;
    utf8_decode(s->data + b, &l0);
    uint64_t end = b + l0;  // one past the start code point
    std::string out;
    out.reserve(s->size);
    uint32_t maxc = 0;
    int64_t count = 0;
    uint64_t p = end;
    while (count < n) {
      uint64_t q = p - 1;
      while (q > 0 && (static_cast<unsigned char>(s->data[q]) & 0xC0) == 0x80) --q;
      int l;
      uint32_t c = utf8_decode(s->data + q, &l);
      if (c > maxc) maxc = c;
      out.append(s->data + q, l);
      p = q;
      ++count;
    }
    Str* r = str_new_known(out.data(), out.size(), uint64_t(n), maxc < 128, maxc < 256 ? 1 : maxc < 65536 ? 2 : 4);
    if (!r) return raise_memory_error(vm);
    return Value(r);
  }
  std::u32string cps = str_to_u32(s);
  std::string out;
  int64_t j = start;
  for (int64_t i = 0; i < n; ++i, j += step) utf8_append(out, uint32_t(cps[size_t(j)]));
  return str_value(vm, out);
}

Value str_getitem(VM& vm, Value self, Value key) {
  Str* s = as_str(self);
  Type* kt = type_of(key);
  if (key.is_small() || kt == &IntType || kt == &BoolType || type_has(kt, kTypeIntSubclass) ||
      (kt->number && kt->number->index)) {
    int64_t i;
    if (!index_to_i64(vm, key, &i, &IndexErrorType)) return Value();
    int64_t n = int64_t(s->length);
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raise(vm, &IndexErrorType, "string index out of range");
    if (s->ascii) return Value(str_from_codepoint(static_cast<unsigned char>(s->data[i])));
    return Value(str_from_codepoint(str_char_at(s, uint64_t(i))));
  }
  if (kt == &SliceType) {
    int64_t start, stop, step, n;
    if (!slice_unpack(vm, key, int64_t(s->length), &start, &stop, &step, &n)) return Value();
    if (step == 1) {
      if (n <= 0) return Value(str_empty());
      if (start == 0 && n == int64_t(s->length) && type_of(self) == &StrType) return newref(self);
      Str* r = str_substr(s, uint64_t(start), uint64_t(start + n));
      if (!r) return raise_memory_error(vm);
      return Value(r);
    }
    return str_slice_step(vm, s, start, step, n);
  }
  return raisef(vm, &TypeErrorType, "string indices must be integers, not '%s'", type_name(kt));
}

int str_contains_slot(VM& vm, Value self, Value item) {
  if (!is_str(item)) {
    raisef(vm, &TypeErrorType, "'in <string>' requires string as left operand, not %s", tname(item));
    return -1;
  }
  Str* s = as_str(self);
  Str* sub = as_str(item);
  if (sub->size == 0) return 1;
  if (sub->size > s->size) return 0;
  return str_find_bytes(s->data, s->size, sub->data, sub->size, 0) >= 0;
}

Value str_concat_slot(VM& vm, Value a, Value b) {
  if (!is_str(b)) return raisef(vm, &TypeErrorType, "can only concatenate str (not \"%s\") to str", tname(b));
  if (!is_str(a)) return new_not_implemented();
  Str* x = as_str(a);
  Str* y = as_str(b);
  if (!str_size_ok(x->size + y->size))
    return raise_memory_error(vm);
  Str* r = str_concat(x, y);
  if (!r) return raise_memory_error(vm);
  return Value(r);
}

Value str_repeat_slot(VM& vm, Value self, int64_t count) {
  Str* s = as_str(self);
  if (count <= 0 || s->size == 0) return Value(str_empty());
  if (count == 1) return Value(newref(s));
  if (uint64_t(count) > uint64_t(INT64_MAX) / s->length)
    return raise(vm, &OverflowErrorType, "repeated string is too long");
  uint64_t total = s->size * uint64_t(count);
  if (total / uint64_t(count) != s->size || !str_size_ok(total))
    return raise_memory_error(vm);
  Str* r = str_alloc(total);
  if (!r) return raise_memory_error(vm);
  if (s->size == 1) {
    std::memset(r->data, s->data[0], total);
  } else {
    // Doubling copies: O(total) with few memcpy calls.
    std::memcpy(r->data, s->data, s->size);
    uint64_t done = s->size;
    while (done < total) {
      uint64_t chunk = done < total - done ? done : total - done;
      std::memcpy(r->data + done, r->data, chunk);
      done += chunk;
    }
  }
  r->length = s->length * uint64_t(count);
  r->ascii = s->ascii;
  r->width = s->width;
  return Value(r);
}

Value str_mod_slot(VM& vm, Value a, Value b) {
  if (!is_str(a)) return new_not_implemented();
  return str_percent(vm, a, b);
}

// ============================================================== 5. iterators

struct StrIter : Object {
  Str* s;          // null once exhausted
  uint64_t index;  // code point index of the next item
  uint64_t byte;   // its byte offset
};

Value str_iter_slot(VM& vm, Value self) {
  Str* s = as_str(self);
  Type* t = s->ascii ? &StrAsciiIteratorType : &StrIteratorType;
  StrIter* it = static_cast<StrIter*>(object_alloc(t, sizeof(StrIter)));
  if (!it) return raise_memory_error(vm);
  it->s = newref(s);
  it->index = 0;
  it->byte = 0;
  return Value(it);
}

void str_iter_dealloc(Object* o) {
  StrIter* it = static_cast<StrIter*>(o);
  if (it->s) decref(it->s);
  object_free(o, sizeof(StrIter));
}

Value str_iter_self(VM&, Value self) { return newref(self); }

Value str_iter_next(VM&, Value self) {
  StrIter* it = self.as<StrIter>();
  Str* s = it->s;
  if (!s) return Value::iter_done();
  if (it->byte >= s->size) {
    it->s = nullptr;
    decref(s);
    return Value::iter_done();
  }
  uint32_t c;
  if (s->ascii) {
    c = static_cast<unsigned char>(s->data[it->byte]);
    it->byte += 1;
  } else {
    int l;
    c = utf8_decode(s->data + it->byte, &l);
    it->byte += uint64_t(l);
  }
  it->index += 1;
  return Value(str_from_codepoint(c));
}

Value str_iter_length_hint(VM& vm, Args a) {
  if (!str_args_noargs(vm, a, "__length_hint__")) return Value();
  StrIter* it = a[0].as<StrIter>();
  if (!it->s) return Value::small(0);
  return Value::small(int64_t(it->s->length - it->index));
}

Value str_iter_reduce(VM& vm, Args a) {
  if (!str_args_noargs(vm, a, "__reduce__")) return Value();
  StrIter* it = a[0].as<StrIter>();
  Value iter_fn = dict_get_cstr(vm.builtins, "iter");
  if (!iter_fn) return raise(vm, &SystemErrorType, "builtins.iter not found");
  if (!it->s) {
    Value empty = Value(str_empty());
    Tuple* inner = tuple_of({empty});
    decref(empty);
    Tuple* r = tuple_of({iter_fn, Value(inner)});
    decref(inner);
    return Value(r);
  }
  Tuple* inner = tuple_of({Value(it->s)});
  Value pos = Value::small(int64_t(it->index));
  Tuple* r = tuple_of({iter_fn, Value(inner), pos});
  decref(inner);
  return Value(r);
}

Value str_iter_setstate(VM& vm, Args a) {
  if (!str_args_one(vm, a, "__setstate__")) return Value();
  StrIter* it = a[0].as<StrIter>();
  int64_t pos;
  if (!index_to_i64(vm, a[1], &pos, &OverflowErrorType)) return Value();
  if (it->s) {
    if (pos < 0) pos = 0;
    if (uint64_t(pos) > it->s->length) pos = int64_t(it->s->length);
    it->index = uint64_t(pos);
    it->byte = str_byte_offset(it->s, uint64_t(pos));
  }
  return new_none();
}

const MethodDef kStrIterMethods[] = {
    {"__length_hint__", str_iter_length_hint, kMethPlain, "Private method returning an estimate of len(list(it)).", nullptr},
    {"__reduce__", str_iter_reduce, kMethPlain, "Return state information for pickling.", nullptr},
    {"__setstate__", str_iter_setstate, kMethPlain, "Set state information for unpickling.", nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

NumberSlots g_str_number;

}  // namespace

// ============================================================== 6. dunder methods

Value str_dunder_format(VM& vm, Args a) {
  if (!str_args_one(vm, a, "str.__format__")) return Value();
  if (!is_str(a[1])) return raisef(vm, &TypeErrorType, "__format__() argument must be str, not %s", tname(a[1]));
  return str_format_spec(vm, a[0], as_str(a[1]));
}

Value str_getnewargs(VM& vm, Args a) {
  if (!str_args_noargs(vm, a, "str.__getnewargs__")) return Value();
  Str* s = as_str(a[0]);
  Tuple* t = tuple_of({Value(s)});
  if (!t) return raise_memory_error(vm);
  return Value(t);
}

Value str_sizeof(VM& vm, Args a) {
  if (!str_args_noargs(vm, a, "str.__sizeof__")) return Value();
  Str* s = as_str(a[0]);
  // CPython's compact layout: ASCII 48-byte header + chars + NUL; others 72 + (len+1)*width.
  int64_t size = s->ascii ? int64_t(49 + s->length) : int64_t(72 + (s->length + 1) * s->width);
  return Value::small(size);
}

// ============================================================== 7. type set-up

void init_str_type() {
  Type* t = &StrType;
  static_type_init(t, "str", sizeof(Str), &ObjectType, kTypeBaseType | kTypeStrSubclass);
  t->cdoc =
      "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from "
      "the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be "
      "decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if "
      "defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.";
  t->dealloc = str_dealloc;
  t->new_ = str_new_slot;
  t->repr = str_repr_slot;
  t->str = str_str_slot;
  t->hash = str_hash_slot;
  t->richcompare = str_richcompare;
  t->getattr = generic_getattr;
  t->iter = str_iter_slot;
  t->len = str_len_slot;
  t->getitem = str_getitem;
  t->contains = str_contains_slot;
  t->concat = str_concat_slot;
  t->repeat = str_repeat_slot;
  g_str_number.binary[kMod] = str_mod_slot;
  t->number = &g_str_number;
  t->methods = kStrMethods;

  Type* ai = &StrAsciiIteratorType;
  static_type_init(ai, "str_ascii_iterator", sizeof(StrIter), &ObjectType, 0);
  ai->dealloc = str_iter_dealloc;
  ai->getattr = generic_getattr;
  ai->iter = str_iter_self;
  ai->next = str_iter_next;
  ai->methods = kStrIterMethods;
  ai->flags |= kTypeDisallowInstantiation;

  Type* ui = &StrIteratorType;
  static_type_init(ui, "str_iterator", sizeof(StrIter), &ObjectType, 0);
  ui->dealloc = str_iter_dealloc;
  ui->getattr = generic_getattr;
  ui->iter = str_iter_self;
  ui->next = str_iter_next;
  ui->methods = kStrIterMethods;
  ui->flags |= kTypeDisallowInstantiation;
}

}  // namespace coil
