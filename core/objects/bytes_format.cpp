// bytes_format.cpp - printf-style formatting of bytes and bytearray (b'%d' % x), as CPython's _PyBytes_FormatEx.
#include <cstring>
#include <string>

#include "objects/bytes_impl.h"
#include "vm/runtime.h"

namespace coil {
namespace bimpl {

namespace {

enum : unsigned { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

struct Spec {
  unsigned flags = 0;
  int64_t width = -1;
  int64_t prec = -1;
  char conv = 0;
};

bool is_number_like(Value v) {
  if (v.is_small() || is_int(v) || is_float(v) || is_complex(v)) return true;
  NumberSlots* n = type_of(v)->number;
  return n && (n->index || n->to_int || n->to_float);
}

// Pads `body` (after the sign/prefix `head`) to the width: spaces, or zeros between head and body.
void emit_padded(std::string& out, const Spec& s, std::string_view head, std::string_view body, bool zero_ok) {
  int64_t len = int64_t(head.size() + body.size());
  int64_t fill = s.width > len ? s.width - len : 0;
  if (s.flags & F_LJUST) {
    out.append(head);
    out.append(body);
    out.append(size_t(fill), ' ');
  } else if ((s.flags & F_ZERO) && zero_ok) {
    out.append(head);
    out.append(size_t(fill), '0');
    out.append(body);
  } else {
    out.append(size_t(fill), ' ');
    out.append(head);
    out.append(body);
  }
}

// %d %i %u %x %X %o on an int value (any int, incl. bool).
void format_int(std::string& out, const Spec& s, Value iv) {
  int base = 10;
  if (s.conv == 'x' || s.conv == 'X') base = 16;
  else if (s.conv == 'o') base = 8;
  std::string digits = int_to_string(int_value(iv), base);
  bool neg = !digits.empty() && digits[0] == '-';
  if (neg) digits.erase(0, 1);
  if (s.conv == 'X')
    for (char& c : digits)
      if (c >= 'a' && c <= 'f') c = char(c - 32);
  if (s.prec > int64_t(digits.size())) digits.insert(0, size_t(s.prec - int64_t(digits.size())), '0');
  std::string head;
  if (neg) head = "-";
  else if (s.flags & F_SIGN) head = "+";
  else if (s.flags & F_BLANK) head = " ";
  if (s.flags & F_ALT) {
    if (s.conv == 'x') head += "0x";
    else if (s.conv == 'X') head += "0X";
    else if (s.conv == 'o') head += "0o";
  }
  emit_padded(out, s, head, digits, true);
}

// The bytes of %s / %b: bytes-like objects, or __bytes__.
Value format_obj(VM& vm, Value v) {
  if (is_bytes(v)) return Value(newref(as_bytes(v)));
  if (has_buffer(v)) {
    const char* p;
    int64_t n;
    std::string scratch;
    if (!get_buffer(vm, v, &p, &n, &scratch)) return Value();
    return bytes_from(vm, p, n);
  }
  Value func = lookup_special(vm, v, g_names.bytes);
  if (func) {
    Value r = call0(vm, func);
    decref(func);
    if (!r) return Value();
    if (!is_bytes(r)) {
      raisef(vm, &TypeErrorType, "__bytes__ returned non-bytes (type %s)", tname(r));
      decref(r);
      return Value();
    }
    return r;
  }
  if (has_error(vm)) return Value();
  return raisef(vm, &TypeErrorType,
                "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", tname(v));
}

bool read_number(VM& vm, const char* fmt, int64_t n, int64_t* i, int64_t* out, const char* too_big) {
  int64_t v = 0;
  while (*i < n && fmt[*i] >= '0' && fmt[*i] <= '9') {
    int d = fmt[*i] - '0';
    if (v > (INT32_MAX - d) / 10) {
      raise(vm, &ValueErrorType, too_big);
      return false;
    }
    v = v * 10 + d;
    ++*i;
  }
  *out = v;
  return true;
}

bool star_arg(VM& vm, Value v, int64_t* out) {
  if (!v.is_small() && !is_int(v)) {
    raise(vm, &TypeErrorType, "* wants int");
    return false;
  }
  bool overflow = false;
  int64_t x = int_as_i64(int_value(v), &overflow);
  if (overflow || x > INT32_MAX || x < -INT32_MAX) {
    raise(vm, &OverflowErrorType, "Python int too large to convert to C int");
    return false;
  }
  *out = x;
  return true;
}

}  // namespace

Value percent_format(VM& vm, const char* fmt, int64_t n, Value args, bool ba) {
  std::string out;
  Value cur_args = args;
  int64_t arglen, argidx;
  if (is_tuple(args)) {
    arglen = as_tuple(args)->size;
    argidx = 0;
  } else {
    arglen = -1;
    argidx = -2;
  }
  Value dict;
  Type* at = type_of(args);
  if (at->getitem && !is_tuple(args) && !is_bytes(args) && !is_str(args)) dict = args;
  Ref keyed;  // the value fetched by %(key)

  auto next_arg = [&]() -> Value {
    if (argidx < arglen) {
      ++argidx;
      if (arglen < 0) return cur_args;
      return as_tuple(cur_args)->items[argidx - 1];
    }
    raise(vm, &TypeErrorType, "not enough arguments for format string");
    return Value();
  };

  int64_t i = 0;
  while (i < n) {
    if (fmt[i] != '%') {
      const void* pct = std::memchr(fmt + i, '%', size_t(n - i));
      int64_t j = pct ? static_cast<const char*>(pct) - fmt : n;
      out.append(fmt + i, size_t(j - i));
      i = j;
      continue;
    }
    ++i;
    if (i < n && fmt[i] == '%') {
      out.push_back('%');
      ++i;
      continue;
    }
    Spec s;
    if (i < n && fmt[i] == '(') {
      if (!dict) return raise(vm, &TypeErrorType, "format requires a mapping");
      ++i;
      int64_t start = i, depth = 1;
      while (i < n && depth > 0) {
        if (fmt[i] == ')') --depth;
        else if (fmt[i] == '(') ++depth;
        ++i;
      }
      if (depth > 0) return raise(vm, &ValueErrorType, "incomplete format key");
      Value key = bytes_from(vm, fmt + start, i - 1 - start);
      if (!key) return Value();
      Value v = get_item(vm, dict, key);
      decref(key);
      if (!v) return Value();
      keyed.reset(v);
      cur_args = v;
      arglen = -1;
      argidx = -2;
    }
    for (; i < n; ++i) {
      char c = fmt[i];
      if (c == '-') s.flags |= F_LJUST;
      else if (c == '+') s.flags |= F_SIGN;
      else if (c == ' ') s.flags |= F_BLANK;
      else if (c == '#') s.flags |= F_ALT;
      else if (c == '0') s.flags |= F_ZERO;
      else break;
    }
    if (i < n && fmt[i] == '*') {
      ++i;
      Value w = next_arg();
      if (!w || !star_arg(vm, w, &s.width)) return Value();
      if (s.width < 0) {
        s.flags |= F_LJUST;
        s.width = -s.width;
      }
    } else if (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
      if (!read_number(vm, fmt, n, &i, &s.width, "width too big")) return Value();
    }
    if (i < n && fmt[i] == '.') {
      ++i;
      if (i < n && fmt[i] == '*') {
        ++i;
        Value p = next_arg();
        if (!p || !star_arg(vm, p, &s.prec)) return Value();
        if (s.prec < 0) s.prec = 0;
      } else {
        if (!read_number(vm, fmt, n, &i, &s.prec, "precision too big")) return Value();
      }
    }
    while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
    if (i >= n) return raise(vm, &ValueErrorType, "incomplete format");
    s.conv = fmt[i];
    int64_t conv_index = i;
    ++i;
    Value v = next_arg();
    if (!v) return Value();
    switch (s.conv) {
      case 's':
      case 'b':
      case 'r':
      case 'a': {
        std::string text;
        if (s.conv == 'r' || s.conv == 'a') {
          Value r = ascii_of(vm, v);
          if (!r) return Value();
          text.assign(as_str(r)->data, as_str(r)->size);
          decref(r);
        } else {
          Value b = format_obj(vm, v);
          if (!b) return Value();
          text.assign(as_bytes(b)->data, size_t(as_bytes(b)->size));
          decref(b);
        }
        if (s.prec >= 0 && int64_t(text.size()) > s.prec) text.resize(size_t(s.prec));
        emit_padded(out, s, "", text, false);
        break;
      }
      case 'd':
      case 'i':
      case 'u':
      case 'x':
      case 'X':
      case 'o': {
        bool need_index = s.conv == 'x' || s.conv == 'X' || s.conv == 'o';
        if (v.is_small() || is_int(v)) {
          format_int(out, s, v);
          break;
        }
        if (!is_number_like(v))
          return raisef(vm, &TypeErrorType, "%%%c format: %s is required, not %s", s.conv,
                        need_index ? "an integer" : "a real number", tname(v));
        Value iv;
        if (need_index) {
          Type* t = type_of(v);
          if (!(t->number && t->number->index))
            return raisef(vm, &TypeErrorType, "%%%c format: an integer is required, not %s", s.conv, tname(v));
          iv = number_index(vm, v);
        } else {
          iv = call1(vm, Value(&IntType), v);
        }
        if (!iv) return Value();
        format_int(out, s, iv);
        decref(iv);
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        double d;
        if (is_float(v)) {
          d = float_of(v);
        } else if (v.is_small() || is_int(v)) {
          bool overflow = false;
          d = int_as_double(int_value(v), &overflow);
          if (overflow) return raise(vm, &OverflowErrorType, "int too large to convert to float");
        } else {
          NumberSlots* ns = type_of(v)->number;
          if (!ns || !(ns->to_float || ns->index))
            return raisef(vm, &TypeErrorType, "float argument required, not %s", tname(v));
          Value f = call1(vm, Value(&FloatType), v);
          if (!f) return Value();
          d = float_of(f);
          decref(f);
        }
        int prec = s.prec < 0 ? 6 : int(s.prec);
        std::string text = float_format(d, s.conv, prec, (s.flags & F_ALT) != 0, false);
        std::string head;
        if (!text.empty() && text[0] == '-') {
          head = "-";
          text.erase(0, 1);
        } else if (s.flags & F_SIGN) {
          head = "+";
        } else if (s.flags & F_BLANK) {
          head = " ";
        }
        emit_padded(out, s, head, text, true);
        break;
      }
      case 'c': {
        char byte;
        if (is_bytes(v) && as_bytes(v)->size == 1) {
          byte = as_bytes(v)->data[0];
        } else if (is_bytearray(v) && v.as<ByteArray>()->size == 1) {
          byte = v.as<ByteArray>()->data[0];
        } else {
          Type* t = type_of(v);
          if (!(v.is_small() || is_int(v) || (t->number && t->number->index)))
            return raise(vm, &TypeErrorType, "%c requires an integer in range(256) or a single byte");
          Value iv = number_index(vm, v);
          if (!iv) return Value();
          bool overflow = false;
          int64_t x = int_as_i64(iv, &overflow);
          decref(iv);
          if (overflow || x < 0 || x > 255) return raise(vm, &OverflowErrorType, "%c arg not in range(256)");
          byte = char(x);
        }
        emit_padded(out, s, "", std::string_view(&byte, 1), false);
        break;
      }
      default: {
        unsigned char c = static_cast<unsigned char>(s.conv);
        if (c >= 128) return raise(vm, &ValueErrorType, "character argument not in range(0x110000)");
        std::string msg = "unsupported format character '";
        msg.push_back(char(c));
        msg += format_str("' (0x%x) at index %lld", c, (long long)conv_index);
        return raise(vm, &ValueErrorType, msg);
      }
    }
    if (heap_would_exceed(out.size())) return raise_memory_error(vm);
  }
  if (argidx < arglen && !dict)
    return raise(vm, &TypeErrorType, "not all arguments converted during bytes formatting");
  return make_result(vm, ba, out);
}

}  // namespace bimpl
}  // namespace coil
