// str_percent.cpp - printf-style formatting of str (`fmt % args`), following CPython 3.11's
// PyUnicode_Format step by step: argument fetching, flags, width, precision, conversions, errors.
#include <cstring>

#include "objects/str_internal.h"
#include "vm/runtime.h"

namespace coil {

std::size_t utf8_length_of(std::string_view s);

namespace {

enum : unsigned { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

struct Formatter {
  VM& vm;
  Str* fmt;
  const char* p;       // format bytes (UTF-8)
  uint64_t n;          // size in bytes
  uint64_t pos = 0;    // next byte to read
  Value args;          // the current argument source (borrowed, or owned when `args_owned`)
  bool args_owned = false;
  int64_t arglen;
  int64_t argidx;
  Value dict;          // mapping for %(key)s, or null
  std::string out;
  bool ascii;
  bool too_big = false;  // a width asked for more memory than allowed: MemoryError

  explicit Formatter(VM& v) : vm(v) {}
  ~Formatter() {
    if (args_owned) decref(args);
  }

  Value next_arg() {
    if (argidx < arglen) {
      int64_t i = argidx++;
      if (arglen < 0) return args;
      return as_tuple(args)->items[i];
    }
    raise(vm, &TypeErrorType, "not enough arguments for format string");
    return Value();
  }
};

struct Arg {
  unsigned flags = 0;
  int64_t width = -1;
  int64_t prec = -1;
  uint32_t ch = 0;
  bool sign = false;
};

bool is_number(Value v) {
  Type* t = type_of(v);
  if (v.is_small() || is_int(v) || is_float(v) || is_complex(v)) return true;
  return t->number && (t->number->index || t->number->to_int || t->number->to_float);
}

// PyFloat_AsDouble.
bool as_double(VM& vm, Value v, double* out) {
  if (is_float(v)) {
    *out = float_of(v);
    return true;
  }
  if (is_int(v)) {
    bool overflow = false;
    *out = int_as_double(int_value(v), &overflow);
    if (overflow) {
      raise(vm, &OverflowErrorType, "int too large to convert to float");
      return false;
    }
    return true;
  }
  Type* t = type_of(v);
  if (t->number && t->number->to_float) {
    Value r = t->number->to_float(vm, v);
    if (!r) return false;
    if (!is_float(r)) {
      raisef(vm, &TypeErrorType, "%s.__float__ returned non-float (type %s)", type_name(t), tname(r));
      decref(r);
      return false;
    }
    *out = float_of(r);
    decref(r);
    return true;
  }
  if (t->number && t->number->index) {
    Value i = number_index(vm, v);
    if (!i) return false;
    bool overflow = false;
    *out = int_as_double(i, &overflow);
    decref(i);
    if (overflow) {
      raise(vm, &OverflowErrorType, "int too large to convert to float");
      return false;
    }
    return true;
  }
  raisef(vm, &TypeErrorType, "must be real number, not %s", type_name(t));
  return false;
}

// Reads a non-negative int argument for '*' into *out ("* wants int").
bool star_arg(Formatter& f, int64_t* out) {
  Value v = f.next_arg();
  if (!v) return false;
  if (!is_int(v)) {
    raise(f.vm, &TypeErrorType, "* wants int");
    return false;
  }
  bool overflow = false;
  *out = int_as_i64(int_value(v), &overflow);
  if (overflow) {
    raise(f.vm, &OverflowErrorType, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

// Parses one "%..." specification starting after the '%'. Returns false on error.
bool parse_arg(Formatter& f, Arg& arg) {
  // Mapping key
  if (f.pos < f.n && f.p[f.pos] == '(') {
    if (!f.dict) {
      raise(f.vm, &TypeErrorType, "format requires a mapping");
      return false;
    }
    ++f.pos;
    uint64_t keystart = f.pos;
    int pcount = 1;
    while (pcount > 0 && f.pos < f.n) {
      char c = f.p[f.pos++];
      if (c == ')') --pcount;
      else if (c == '(') ++pcount;
    }
    if (pcount > 0) {
      raise(f.vm, &ValueErrorType, "incomplete format key");
      return false;
    }
    Str* key = str_new(std::string_view(f.p + keystart, f.pos - 1 - keystart));
    if (!key) {
      raise_memory_error(f.vm);
      return false;
    }
    Value v = get_item(f.vm, f.dict, Value(key));
    decref(key);
    if (!v) return false;
    if (f.args_owned) decref(f.args);
    f.args = v;
    f.args_owned = true;
    f.arglen = -1;
    f.argidx = -2;
  }
  bool have = false;  // arg.ch holds a character read from the format
  auto read = [&]() -> bool {
    if (f.pos >= f.n) return false;
    unsigned char b = static_cast<unsigned char>(f.p[f.pos]);
    if (b < 0x80) {
      arg.ch = b;
      ++f.pos;
    } else {
      int l;
      arg.ch = utf8_decode(f.p + f.pos, &l);
      f.pos += uint64_t(l);
    }
    return true;
  };
  // Flags
  while ((have = read())) {
    switch (arg.ch) {
      case '-': arg.flags |= F_LJUST; continue;
      case '+': arg.flags |= F_SIGN; continue;
      case ' ': arg.flags |= F_BLANK; continue;
      case '#': arg.flags |= F_ALT; continue;
      case '0': arg.flags |= F_ZERO; continue;
      default: break;
    }
    break;
  }
  // Width
  if (have && arg.ch == '*') {
    if (!star_arg(f, &arg.width)) return false;
    if (arg.width < 0) {
      arg.flags |= F_LJUST;
      arg.width = -arg.width;
    }
    have = read();
  } else if (have && arg.ch >= '0' && arg.ch <= '9') {
    arg.width = arg.ch - '0';
    while ((have = read())) {
      if (arg.ch < '0' || arg.ch > '9') break;
      if (arg.width > (INT64_MAX - int64_t(arg.ch - '0')) / 10) {
        raise(f.vm, &ValueErrorType, "width too big");
        return false;
      }
      arg.width = arg.width * 10 + (arg.ch - '0');
    }
  }
  // Precision
  if (have && arg.ch == '.') {
    arg.prec = 0;
    have = read();
    if (have && arg.ch == '*') {
      int64_t p;
      if (!star_arg(f, &p)) return false;
      if (p > INT32_MAX || p < INT32_MIN) {
        raise(f.vm, &OverflowErrorType, p > 0 ? "Python int too large to convert to C int"
                                              : "Python int too large to convert to C int");
        return false;
      }
      arg.prec = p < 0 ? 0 : p;
      have = read();
    } else if (have && arg.ch >= '0' && arg.ch <= '9') {
      arg.prec = arg.ch - '0';
      while ((have = read())) {
        if (arg.ch < '0' || arg.ch > '9') break;
        if (arg.prec > (INT32_MAX - int64_t(arg.ch - '0')) / 10) {
          raise(f.vm, &ValueErrorType, "precision too big");
          return false;
        }
        arg.prec = arg.prec * 10 + (arg.ch - '0');
      }
    }
  }
  // Length modifiers are ignored
  if (have && (arg.ch == 'h' || arg.ch == 'l' || arg.ch == 'L')) have = read();
  if (!have) {
    raise(f.vm, &ValueErrorType, "incomplete format");
    return false;
  }
  return true;
}

// Digits of an int for %d %x %X %o with the '#' prefix and precision zero padding.
std::string format_long(Value iv, bool alt, int64_t prec, uint32_t type) {
  int base = (type == 'x' || type == 'X') ? 16 : type == 'o' ? 8 : 10;
  std::string digits = int_to_string(iv, base);
  bool neg = !digits.empty() && digits[0] == '-';
  if (neg) digits.erase(0, 1);
  std::string r;
  if (neg) r.push_back('-');
  if (alt && base != 10) {
    r.push_back('0');
    r.push_back(type == 'o' ? 'o' : 'x');
  }
  if (prec > int64_t(digits.size())) r.append(std::size_t(prec - int64_t(digits.size())), '0');
  r += digits;
  if (type == 'X')
    for (auto& c : r)
      if (c >= 'a' && c <= 'z') c = char(c - 32);
  return r;
}

// Writes a converted piece with width/sign/prefix handling (unicode_format_arg_output).
void output(Formatter& f, Arg& arg, std::string_view text, bool text_ascii) {
  if (!text_ascii) f.ascii = false;
  uint32_t fill = (arg.sign && (arg.flags & F_ZERO)) ? '0' : ' ';
  int64_t len = text_ascii ? int64_t(text.size()) : int64_t(utf8_length_of(text));
  if ((arg.width == -1 || arg.width <= len) && (arg.prec == -1 || arg.prec >= len) &&
      !(arg.flags & (F_SIGN | F_BLANK))) {
    f.out.append(text.data(), text.size());
    return;
  }
  std::size_t bstart = 0, bend = text.size();
  if (arg.ch == 's' || arg.ch == 'r' || arg.ch == 'a') {
    if (arg.prec >= 0 && len > arg.prec) {
      len = arg.prec;
      if (text_ascii) {
        bend = std::size_t(len);
      } else {
        std::size_t b = 0;
        for (int64_t k = 0; k < len; ++k) {
          int l;
          utf8_decode(text.data() + b, &l);
          b += std::size_t(l);
        }
        bend = b;
      }
    }
  }
  char signchar = 0;
  if (arg.sign) {
    char c = text.empty() ? 0 : text[0];
    if (c == '-' || c == '+') {
      signchar = c;
      --len;
      ++bstart;
    } else if (arg.flags & F_SIGN) {
      signchar = '+';
    } else if (arg.flags & F_BLANK) {
      signchar = ' ';
    } else {
      arg.sign = false;
    }
  }
  if (arg.width < len) arg.width = len;
  if (!str_size_ok(uint64_t(f.out.size()) + uint64_t(arg.width) + text.size())) {
    f.too_big = true;
    return;
  }
  if (arg.sign) {
    if (fill != ' ') f.out.push_back(signchar);
    if (arg.width > len) --arg.width;
  }
  bool prefix = (arg.flags & F_ALT) && (arg.ch == 'x' || arg.ch == 'X' || arg.ch == 'o');
  if (prefix) {
    if (fill != ' ') {
      f.out.append(text.data() + bstart, 2);
      bstart += 2;
    }
    arg.width -= 2;
    if (arg.width < 0) arg.width = 0;
    len -= 2;
  }
  if (arg.width > len && !(arg.flags & F_LJUST)) {
    f.out.append(std::size_t(arg.width - len), char(fill));
    arg.width = len;
  }
  if (fill == ' ') {
    if (arg.sign) f.out.push_back(signchar);
    if (prefix) {
      f.out.append(text.data() + bstart, 2);
      bstart += 2;
    }
  }
  if (len > 0) f.out.append(text.data() + bstart, bend - bstart);
  if (arg.width > len) f.out.append(std::size_t(arg.width - len), ' ');
}

// Formats one argument per arg.ch and writes it. Returns false on error.
bool format_arg(Formatter& f, Arg& arg) {
  Value v = f.next_arg();
  if (!v) return false;
  VM& vm = f.vm;
  switch (arg.ch) {
    case 's':
    case 'r':
    case 'a': {
      if (arg.ch == 's' && is_str_exact(v)) {
        Str* s = v.as<Str>();
        output(f, arg, s->view(), s->ascii);
        return true;
      }
      Value r = arg.ch == 's' ? str_of(vm, v) : arg.ch == 'r' ? repr(vm, v) : ascii_of(vm, v);
      if (!r) return false;
      Str* s = as_str(r);
      output(f, arg, s->view(), s->ascii);
      decref(r);
      return true;
    }
    case 'i':
    case 'd':
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      uint32_t type = arg.ch == 'i' || arg.ch == 'u' ? 'd' : arg.ch;
      arg.sign = true;
      Ref iobj;
      if (is_int(v)) {
        iobj = Ref::borrow(int_value(v));
      } else {
        bool wrong = !is_number(v);
        if (!wrong) {
          Value r;
          if (type == 'o' || type == 'x' || type == 'X') {
            r = number_index(vm, v);
          } else {
            r = call1(vm, Value(&IntType), v);
          }
          if (!r) {
            if (!error_matches(vm, &TypeErrorType)) return false;
            clear_error(vm);
            wrong = true;
          } else {
            iobj = Ref(newref(int_value(r)));
            decref(r);
          }
        }
        if (wrong) {
          if (type == 'o' || type == 'x' || type == 'X')
            raisef(vm, &TypeErrorType, "%%%c format: an integer is required, not %s", char(arg.ch), tname(v));
          else
            raisef(vm, &TypeErrorType, "%%%c format: a real number is required, not %s", char(arg.ch), tname(v));
          return false;
        }
      }
      if (type == 'd' && !int_check_str_digits(vm, iobj.get())) return false;  // the 4300-digit limit
      std::string text = format_long(iobj.get(), arg.flags & F_ALT, arg.prec, type);
      output(f, arg, text, true);
      return true;
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      double d;
      if (!as_double(vm, v, &d)) return false;
      arg.sign = true;
      int prec = arg.prec < 0 ? 6 : int(arg.prec);
      std::string text = float_format(d, char(arg.ch), prec, arg.flags & F_ALT, false);
      output(f, arg, text, true);
      return true;
    }
    case 'c': {
      uint32_t c;
      if (is_str(v)) {
        Str* s = as_str(v);
        if (s->length != 1) {
          raise(vm, &TypeErrorType, "%c requires int or char");
          return false;
        }
        int l;
        c = utf8_decode(s->data, &l);
      } else {
        Ref iv;
        if (is_int(v)) {
          iv = Ref::borrow(int_value(v));
        } else {
          Type* t = type_of(v);
          if (!(t->number && t->number->index)) {
            raise(vm, &TypeErrorType, "%c requires int or char");
            return false;
          }
          Value r = number_index(vm, v);
          if (!r) {
            if (error_matches(vm, &TypeErrorType)) {
              clear_error(vm);
              raise(vm, &TypeErrorType, "%c requires int or char");
            }
            return false;
          }
          iv = Ref(r);
        }
        bool overflow = false;
        int64_t x = int_as_i64(iv.get(), &overflow);
        if (overflow || x < 0 || x > 0x10FFFF) {
          raise(vm, &OverflowErrorType, "%c arg not in range(0x110000)");
          return false;
        }
        c = uint32_t(x);
      }
      std::string text;
      utf8_append(text, c);
      arg.prec = -1;  // ignored for %c
      output(f, arg, text, c < 128);
      return true;
    }
    default: {
      uint32_t c = arg.ch;
      uint64_t index = str_cp_index(f.fmt, f.pos) - 1;
      raisef(vm, &ValueErrorType, "unsupported format character '%c' (0x%x) at index %llu",
             (c >= 31 && c <= 126) ? char(c) : '?', unsigned(c), (unsigned long long)index);
      return false;
    }
  }
}

}  // namespace

std::size_t utf8_length_of(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

Value str_percent(VM& vm, Value fmt_value, Value args) {
  Formatter f(vm);
  f.fmt = as_str(fmt_value);
  f.p = f.fmt->data;
  f.n = f.fmt->size;
  f.ascii = f.fmt->ascii;
  f.args = args;
  if (is_tuple(args)) {
    f.arglen = as_tuple(args)->size;
    f.argidx = 0;
  } else {
    f.arglen = -1;
    f.argidx = -2;
  }
  Type* at = type_of(args);
  f.dict = (at->getitem && !is_tuple(args) && !is_str(args)) ? args : Value();
  // Keep the original args alive: Formatter may swap f.args for a mapping value.
  f.out.reserve(f.n + 16);
  while (f.pos < f.n) {
    const char* pct = static_cast<const char*>(std::memchr(f.p + f.pos, '%', f.n - f.pos));
    if (!pct) {
      f.out.append(f.p + f.pos, f.n - f.pos);
      break;
    }
    uint64_t at_pct = uint64_t(pct - f.p);
    f.out.append(f.p + f.pos, at_pct - f.pos);
    f.pos = at_pct + 1;
    if (f.pos < f.n && f.p[f.pos] == '%') {
      f.out.push_back('%');
      ++f.pos;
      continue;
    }
    Arg arg;
    if (!parse_arg(f, arg)) return Value();
    if (!format_arg(f, arg)) return Value();
    if (f.too_big) return raise_memory_error(vm);
  }
  if (f.argidx < f.arglen && !f.dict)
    return raise(vm, &TypeErrorType, "not all arguments converted during string formatting");
  if (f.out.size() == f.n && std::memcmp(f.out.data(), f.p, f.n) == 0 && is_str_exact(fmt_value))
    return newref(fmt_value);
  return f.ascii ? str_value_ascii(vm, f.out) : str_value(vm, f.out);
}

}  // namespace coil
