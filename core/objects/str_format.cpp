// str_format.cpp - str.format / str.format_map (CPython's markup iterator, field names, auto
// numbering, conversions, nested specs) and str.__format__ (the mini-language for strings).
#include <cstring>

#include "objects/str_internal.h"
#include "vm/runtime.h"

namespace coil {

namespace {

// ============================================================== the str format mini-language

int64_t decimal_at(const char* p, uint64_t i, int* len) {
  unsigned char b = static_cast<unsigned char>(p[i]);
  if (b < 0x80) {
    *len = 1;
    return (b >= '0' && b <= '9') ? b - '0' : -1;
  }
  uint32_t c = utf8_decode(p + i, len);
  return uni_decimal_value(c);
}

// Reads decimal digits at *pos; returns the number of digits (-1 after raising on overflow).
int64_t spec_integer(VM& vm, const char* p, uint64_t* pos, uint64_t end, int64_t* result) {
  int64_t acc = 0, ndigits = 0;
  uint64_t i = *pos;
  while (i < end) {
    int l;
    int64_t d = decimal_at(p, i, &l);
    if (d < 0) break;
    if (acc > (INT64_MAX - d) / 10) {
      raise(vm, &ValueErrorType, "Too many decimal digits in format string");
      *pos = i;
      return -1;
    }
    acc = acc * 10 + d;
    i += uint64_t(l);
    ++ndigits;
  }
  *pos = i;
  *result = acc;
  return ndigits;
}

inline bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

struct StrSpec {
  uint32_t fill = ' ';
  uint32_t align = '<';
  uint32_t sign = 0;
  bool no_neg_0 = false;
  bool alternate = false;
  int64_t width = -1;
  char thousands = 0;
  int64_t precision = -1;
  uint32_t type = 's';
};

uint32_t cp_at(const char* p, uint64_t i, int* len) {
  unsigned char b = static_cast<unsigned char>(p[i]);
  if (b < 0x80) {
    *len = 1;
    return b;
  }
  return utf8_decode(p + i, len);
}

// parse_internal_render_format_spec with default type 's' and alignment '<'.
bool parse_str_spec(VM& vm, Str* spec, const char* type_name, StrSpec* f) {
  const char* p = spec->data;
  uint64_t end = spec->size, pos = 0;
  bool fill_given = false, align_given = false;
  int l0 = 0, l1 = 0;
  uint32_t c0 = end > 0 ? cp_at(p, 0, &l0) : 0;
  uint32_t c1 = (end > uint64_t(l0)) ? cp_at(p, uint64_t(l0), &l1) : 0;
  if (end > uint64_t(l0) && is_align(c1)) {
    f->align = c1;
    f->fill = c0;
    fill_given = align_given = true;
    pos = uint64_t(l0 + l1);
  } else if (end > 0 && is_align(c0)) {
    f->align = c0;
    align_given = true;
    pos = 1;
  }
  (void)align_given;
  if (pos < end && (p[pos] == '+' || p[pos] == '-' || p[pos] == ' ')) f->sign = uint32_t(p[pos++]);
  if (pos < end && p[pos] == 'z') {
    f->no_neg_0 = true;
    ++pos;
  }
  if (pos < end && p[pos] == '#') {
    f->alternate = true;
    ++pos;
  }
  if (!fill_given && pos < end && p[pos] == '0') {
    f->fill = '0';
    ++pos;  // default alignment for str is '<': no '=' switch
  }
  int64_t consumed = spec_integer(vm, p, &pos, end, &f->width);
  if (consumed < 0) return false;
  if (consumed == 0) f->width = -1;
  if (pos < end && p[pos] == ',') {
    f->thousands = ',';
    ++pos;
  }
  if (pos < end && p[pos] == '_') {
    if (f->thousands) {
      raise(vm, &ValueErrorType, "Cannot specify both ',' and '_'.");
      return false;
    }
    f->thousands = '_';
    ++pos;
  }
  if (pos < end && p[pos] == ',' && f->thousands == '_') {
    raise(vm, &ValueErrorType, "Cannot specify both ',' and '_'.");
    return false;
  }
  if (pos < end && p[pos] == '.') {
    ++pos;
    consumed = spec_integer(vm, p, &pos, end, &f->precision);
    if (consumed < 0) return false;
    if (consumed == 0) {
      raise(vm, &ValueErrorType, "Format specifier missing precision");
      return false;
    }
  }
  if (pos < end) {
    int l;
    cp_at(p, pos, &l);
    if (pos + uint64_t(l) < end) {
      raisef(vm, &ValueErrorType, "Invalid format specifier '%s' for object of type '%s'", spec->data, type_name);
      return false;
    }
    f->type = cp_at(p, pos, &l);
  }
  if (f->thousands) {
    uint32_t t = f->type;
    bool ok = t == 'd' || t == 'e' || t == 'f' || t == 'g' || t == 'E' || t == 'G' || t == '%' || t == 'F' ||
              t == 0 || (f->thousands == '_' && (t == 'b' || t == 'o' || t == 'x' || t == 'X'));
    if (!ok) {
      if (t > 32 && t < 128)
        raisef(vm, &ValueErrorType, "Cannot specify '%c' with '%c'.", f->thousands, char(t));
      else
        raisef(vm, &ValueErrorType, "Cannot specify '%c' with '\\x%x'.", f->thousands, unsigned(t));
      return false;
    }
  }
  return true;
}

}  // namespace

Value str_format_spec(VM& vm, Value self, Str* spec) {
  if (spec->size == 0) {
    if (is_str_exact(self)) return newref(self);
    return str_of(vm, self);
  }
  StrSpec f;
  const char* type_name = tname(self);
  if (!parse_str_spec(vm, spec, type_name, &f)) return Value();
  if (f.type != 's') {
    if (f.type > 32 && f.type < 128)
      return raisef(vm, &ValueErrorType, "Unknown format code '%c' for object of type '%s'", char(f.type), type_name);
    return raisef(vm, &ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'", unsigned(f.type),
                  type_name);
  }
  if (f.sign) {
    if (f.sign == ' ') return raise(vm, &ValueErrorType, "Space not allowed in string format specifier");
    return raise(vm, &ValueErrorType, "Sign not allowed in string format specifier");
  }
  if (f.no_neg_0)
    return raise(vm, &ValueErrorType, "Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) return raise(vm, &ValueErrorType, "Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') return raise(vm, &ValueErrorType, "'=' alignment not allowed in string format specifier");
  Str* s = as_str(self);
  int64_t len = int64_t(s->length);
  if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len)) return Value(newref(s));
  if (f.precision >= 0 && len >= f.precision) len = f.precision;
  int64_t total = f.width >= 0 && f.width > len ? f.width : len;
  int64_t lpad = f.align == '>' ? total - len : f.align == '^' ? (total - len) / 2 : 0;
  int64_t rpad = total - len - lpad;
  uint64_t nbytes = str_byte_offset(s, uint64_t(len));
  char fb[4];
  int fl = utf8_encode(f.fill, fb);
  uint64_t size = nbytes + uint64_t(lpad + rpad) * uint64_t(fl);
  if (!str_size_ok(size)) return raise_memory_error(vm);
  std::string out;
  out.reserve(size);
  for (int64_t i = 0; i < lpad; ++i) out.append(fb, std::size_t(fl));
  out.append(s->data, nbytes);
  for (int64_t i = 0; i < rpad; ++i) out.append(fb, std::size_t(fl));
  return (s->ascii && f.fill < 128) ? str_value_ascii(vm, out) : str_value(vm, out);
}

// ============================================================== str.format

namespace {

enum AutoState { kAnsInit, kAnsAuto, kAnsManual };

struct FormatCtx {
  VM& vm;
  Str* fmt;
  const Value* args;  // positional arguments, or null for format_map
  int64_t nargs;
  Args kw;            // keyword arguments of format() (kw.kwnames may be null)
  Value mapping;      // format_map's mapping (or null)
  AutoState auto_state = kAnsInit;
  int64_t auto_number = 0;
};

// get_integer of the field-name parser: -1 if not all decimal digits (or empty); -2 on overflow error.
int64_t field_integer(VM& vm, const char* p, uint64_t b0, uint64_t b1) {
  if (b0 >= b1) return -1;
  int64_t acc = 0;
  for (uint64_t i = b0; i < b1;) {
    int l;
    int64_t d = decimal_at(p, i, &l);
    if (d < 0) return -1;
    if (acc > (INT64_MAX - d) / 10) {
      raise(vm, &ValueErrorType, "Too many decimal digits in format string");
      return -2;
    }
    acc = acc * 10 + d;
    i += uint64_t(l);
  }
  return acc;
}

Value substr_value(VM& vm, const char* p, uint64_t b0, uint64_t b1) { return str_value(vm, std::string_view(p + b0, b1 - b0)); }

// The object named by a field ("0", "name", "0.attr[key]", or "" for auto numbering). New ref.
Value field_object(FormatCtx& c, uint64_t b0, uint64_t b1) {
  VM& vm = c.vm;
  const char* p = c.fmt->data;
  uint64_t i = b0;
  while (i < b1 && p[i] != '[' && p[i] != '.') ++i;
  int64_t index = field_integer(vm, p, b0, i);
  if (index == -2) return Value();
  bool empty = i == b0;
  bool numeric = empty || index != -1;
  if (c.auto_state == kAnsInit && numeric) c.auto_state = empty ? kAnsAuto : kAnsManual;
  if (numeric) {
    if (c.auto_state == kAnsManual) {
      if (empty)
        return raise(vm, &ValueErrorType,
                     "cannot switch from manual field specification to automatic field numbering");
    } else if (!empty) {
      return raise(vm, &ValueErrorType, "cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) index = c.auto_number++;
  }
  Value obj;
  if (index == -1) {
    Value key = substr_value(vm, p, b0, i);
    if (!key) return Value();
    if (c.mapping) {
      obj = get_item(vm, c.mapping, key);
      decref(key);
      if (!obj) return Value();
    } else {
      Str* ks = key.as<Str>();
      for (uint32_t k = 0; k < c.kw.nkw(); ++k) {
        if (str_eq(c.kw.kwname(k), ks)) {
          obj = newref(c.kw.kwvalue(k));
          break;
        }
      }
      if (!obj) {
        raise_key_error(vm, key);
        decref(key);
        return Value();
      }
      decref(key);
    }
  } else {
    if (!c.args) return raise(vm, &ValueErrorType, "Format string contains positional fields");
    if (index >= c.nargs)
      return raisef(vm, &IndexErrorType, "Replacement index %lld out of range for positional args tuple",
                    (long long)index);
    obj = newref(c.args[index]);
  }
  // The rest: .attr and [key] parts.
  while (i < b1) {
    char kind = p[i++];
    uint64_t n0 = i, n1;
    int64_t idx = -1;
    if (kind == '.') {
      while (i < b1 && p[i] != '[' && p[i] != '.') ++i;
      n1 = i;
    } else if (kind == '[') {
      while (i < b1 && p[i] != ']') ++i;
      if (i >= b1) {
        decref(obj);
        return raise(vm, &ValueErrorType, "Missing ']' in format string");
      }
      n1 = i++;
      idx = field_integer(vm, p, n0, n1);
      if (idx == -2) {
        decref(obj);
        return Value();
      }
    } else {
      decref(obj);
      return raise(vm, &ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (n0 == n1) {
      decref(obj);
      return raise(vm, &ValueErrorType, "Empty attribute in format string");
    }
    Value next;
    if (kind == '.') {
      Str* name = intern(std::string_view(p + n0, n1 - n0));
      next = get_attr(vm, obj, name);
    } else if (idx >= 0) {
      Value key = Value::fits_small(idx) ? Value::small(idx) : int_from_i64(idx);
      next = get_item(vm, obj, key);
      decref(key);
    } else {
      Value key = substr_value(vm, p, n0, n1);
      if (!key) {
        decref(obj);
        return Value();
      }
      next = get_item(vm, obj, key);
      decref(key);
    }
    decref(obj);
    if (!next) return Value();
    obj = next;
  }
  return obj;
}

bool build_string(FormatCtx& c, uint64_t start, uint64_t end, int depth, std::string& out);

// Formats one field; appends to out.
bool output_field(FormatCtx& c, uint64_t name0, uint64_t name1, uint32_t conversion, uint64_t spec0,
                  uint64_t spec1, bool expand, int depth, std::string& out) {
  VM& vm = c.vm;
  Value obj = field_object(c, name0, name1);
  if (!obj) return false;
  Ref holder(obj);
  if (conversion) {
    Value conv;
    if (conversion == 'r') conv = repr(vm, obj);
    else if (conversion == 's') conv = str_of(vm, obj);
    else if (conversion == 'a') conv = ascii_of(vm, obj);
    else {
      if (conversion > 32 && conversion < 127)
        raisef(vm, &ValueErrorType, "Unknown conversion specifier %c", char(conversion));
      else
        raisef(vm, &ValueErrorType, "Unknown conversion specifier \\x%x", unsigned(conversion));
      return false;
    }
    if (!conv) return false;
    holder = Ref(conv);
  }
  Ref spec;
  if (expand) {
    std::string expanded;
    if (!build_string(c, spec0, spec1, depth - 1, expanded)) return false;
    spec = Ref(str_value(vm, expanded));
  } else if (spec1 > spec0) {
    spec = Ref(substr_value(vm, c.fmt->data, spec0, spec1));
  } else {
    if (is_str_exact(holder.get())) {
      Str* s = holder.as<Str>();
      out.append(s->data, s->size);
      return true;
    }
    spec = Ref(Value(str_empty()));
  }
  if (!spec) return false;
  Value r;
  if (is_str_exact(holder.get())) r = str_format_spec(vm, holder.get(), spec.as<Str>());
  else r = format_value(vm, holder.get(), spec.get());
  if (!r) return false;
  Str* rs = as_str(r);
  out.append(rs->data, rs->size);
  decref(r);
  return true;
}

// MarkupIterator + output_markup over fmt bytes [start, end).
bool build_string(FormatCtx& c, uint64_t start, uint64_t end, int depth, std::string& out) {
  VM& vm = c.vm;
  if (depth <= 0) {
    raise(vm, &ValueErrorType, "Max string recursion exceeded");
    return false;
  }
  const char* p = c.fmt->data;
  uint64_t pos = start;
  while (pos < end) {
    // Literal text up to the first '{' or '}'.
    uint64_t lit0 = pos;
    char ch = 0;
    bool markup = false;
    while (pos < end) {
      ch = p[pos++];
      if (ch == '{' || ch == '}') {
        markup = true;
        break;
      }
    }
    bool at_end = pos >= end;
    uint64_t len = pos - lit0;
    if (markup && ch == '}' && (at_end || p[pos] != '}')) {
      raise(vm, &ValueErrorType, "Single '}' encountered in format string");
      return false;
    }
    if (markup && at_end && ch == '{') {
      raise(vm, &ValueErrorType, "Single '{' encountered in format string");
      return false;
    }
    if (markup && !at_end) {
      if (p[pos] == ch) {
        ++pos;  // escaped brace: literal text includes one of them
        markup = false;
      } else {
        --len;
      }
    }
    out.append(p + lit0, len);
    if (!markup) continue;
    // parse_field
    uint64_t name0 = pos;
    char c2 = 0;
    while (pos < end) {
      c2 = p[pos++];
      if (c2 == '{') {
        raise(vm, &ValueErrorType, "unexpected '{' in field name");
        return false;
      }
      if (c2 == '[') {
        while (pos < end && p[pos] != ']') ++pos;
        continue;
      }
      if (c2 == '}' || c2 == ':' || c2 == '!') break;
    }
    uint64_t name1 = pos - 1;
    uint32_t conversion = 0;
    uint64_t spec0 = 0, spec1 = 0;
    bool expand = false;
    if (c2 == '!' || c2 == ':') {
      bool done = false;
      if (c2 == '!') {
        if (pos >= end) {
          raise(vm, &ValueErrorType, "end of string while looking for conversion specifier");
          return false;
        }
        int l;
        conversion = cp_at(p, pos, &l);
        pos += uint64_t(l);
        if (pos < end) {
          char c3 = p[pos++];
          if (c3 == '}') done = true;
          else if (c3 != ':') {
            raise(vm, &ValueErrorType, "expected ':' after conversion specifier");
            return false;
          }
        }
      }
      if (!done) {
        spec0 = pos;
        int count = 1;
        bool closed = false;
        while (pos < end) {
          char c3 = p[pos++];
          if (c3 == '{') {
            expand = true;
            ++count;
          } else if (c3 == '}') {
            if (--count == 0) {
              spec1 = pos - 1;
              closed = true;
              break;
            }
          }
        }
        if (!closed) {
          raise(vm, &ValueErrorType, "unmatched '{' in format spec");
          return false;
        }
      }
    } else if (c2 != '}') {
      raise(vm, &ValueErrorType, "expected '}' before end of string");
      return false;
    }
    if (!output_field(c, name0, name1, conversion, spec0, spec1, expand, depth, out)) return false;
  }
  return true;
}

Value do_format(FormatCtx& c) {
  std::string out;
  out.reserve(c.fmt->size + 16);
  if (!build_string(c, 0, c.fmt->size, 2, out)) return Value();
  return str_value(c.vm, out);
}

}  // namespace

Value str_method_format(VM& vm, Args a) {
  FormatCtx c{vm, as_str(a[0]), a.v + 1, int64_t(a.n) - 1, a, Value()};
  return do_format(c);
}

Value str_method_format_map(VM& vm, Args a) {
  if (!str_args_one(vm, a, "str.format_map")) return Value();
  FormatCtx c{vm, as_str(a[0]), nullptr, 0, Args{}, a[1]};
  return do_format(c);
}

}  // namespace coil
