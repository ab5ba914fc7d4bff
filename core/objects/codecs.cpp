// codecs.cpp - str.encode / bytes.decode: utf-8/16/32, ascii, latin-1, cp1252 and the error handlers.
//
// Sections: 1. encoding names  2. exceptions and error handlers  3. decoders  4. encoders  5. API
#include "objects/codecs.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "objects/bytes.h"
#include "vm/runtime.h"

namespace coil {

namespace {

// ============================================================== 1. encoding names

enum class Codec { Unknown, NotText, Utf8, Utf8Sig, Ascii, Latin1, Cp1252, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE };

struct Alias {
  const char* name;
  Codec codec;
};

// encodings/aliases.py (for the codecs Coil has) plus the module names themselves.
const Alias kAliases[] = {
    {"utf_8", Codec::Utf8}, {"utf8", Codec::Utf8}, {"u8", Codec::Utf8}, {"utf", Codec::Utf8},
    {"utf8_ucs2", Codec::Utf8}, {"utf8_ucs4", Codec::Utf8}, {"cp65001", Codec::Utf8},
    {"utf_8_sig", Codec::Utf8Sig},
    {"ascii", Codec::Ascii}, {"646", Codec::Ascii}, {"ansi_x3.4_1968", Codec::Ascii}, {"ansi_x3_4_1968", Codec::Ascii},
    {"ansi_x3.4_1986", Codec::Ascii}, {"cp367", Codec::Ascii}, {"csascii", Codec::Ascii}, {"ibm367", Codec::Ascii},
    {"iso646_us", Codec::Ascii}, {"iso_646.irv_1991", Codec::Ascii}, {"iso_ir_6", Codec::Ascii}, {"us", Codec::Ascii},
    {"us_ascii", Codec::Ascii},
    {"latin_1", Codec::Latin1}, {"8859", Codec::Latin1}, {"cp819", Codec::Latin1}, {"csisolatin1", Codec::Latin1},
    {"ibm819", Codec::Latin1}, {"iso8859", Codec::Latin1}, {"iso8859_1", Codec::Latin1}, {"iso_8859_1", Codec::Latin1},
    {"iso_8859_1_1987", Codec::Latin1}, {"iso_ir_100", Codec::Latin1}, {"l1", Codec::Latin1}, {"latin", Codec::Latin1},
    {"latin1", Codec::Latin1},
    {"cp1252", Codec::Cp1252}, {"1252", Codec::Cp1252}, {"windows_1252", Codec::Cp1252},
    {"utf_16", Codec::Utf16}, {"u16", Codec::Utf16}, {"utf16", Codec::Utf16},
    {"utf_16_le", Codec::Utf16LE}, {"utf_16le", Codec::Utf16LE}, {"unicodelittleunmarked", Codec::Utf16LE},
    {"utf_16_be", Codec::Utf16BE}, {"utf_16be", Codec::Utf16BE}, {"unicodebigunmarked", Codec::Utf16BE},
    {"utf_32", Codec::Utf32}, {"u32", Codec::Utf32}, {"utf32", Codec::Utf32},
    {"utf_32_le", Codec::Utf32LE}, {"utf_32le", Codec::Utf32LE},
    {"utf_32_be", Codec::Utf32BE}, {"utf_32be", Codec::Utf32BE},
    // bytes-to-bytes and str-to-str codecs: "is not a text encoding"
    {"base64_codec", Codec::NotText}, {"base64", Codec::NotText}, {"base_64", Codec::NotText},
    {"bz2_codec", Codec::NotText}, {"bz2", Codec::NotText}, {"hex_codec", Codec::NotText}, {"hex", Codec::NotText},
    {"quopri_codec", Codec::NotText}, {"quopri", Codec::NotText}, {"quoted_printable", Codec::NotText},
    {"quotedprintable", Codec::NotText}, {"rot_13", Codec::NotText}, {"rot13", Codec::NotText},
    {"uu_codec", Codec::NotText}, {"uu", Codec::NotText}, {"zlib_codec", Codec::NotText}, {"zip", Codec::NotText},
    {"zlib", Codec::NotText},
};

// encodings.normalize_encoding after lower-casing: runs of punctuation become one '_'.
std::string normalize(std::string_view enc) {
  std::string out;
  bool punct = false;
  for (char ch : enc) {
    unsigned char c = static_cast<unsigned char>(ch);
    bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (alnum || c == '.') {
      if (punct && !out.empty()) out.push_back('_');
      if (c < 0x80) out.push_back(char(c >= 'A' && c <= 'Z' ? c + 32 : c));
      punct = false;
    } else {
      punct = true;
    }
  }
  return out;
}

Codec lookup(std::string_view enc) {
  // fast path for the usual spellings
  if (enc == "utf-8" || enc == "utf8") return Codec::Utf8;
  std::string n = normalize(enc);
  for (const Alias& a : kAliases)
    if (n == a.name) return a.codec;
  for (char& c : n)
    if (c == '.') c = '_';
  for (const Alias& a : kAliases)
    if (n == a.name) return a.codec;
  return Codec::Unknown;
}

const char* codec_name(Codec c) {
  switch (c) {
    case Codec::Utf8: return "utf-8";
    case Codec::Utf8Sig: return "utf-8-sig";
    case Codec::Ascii: return "ascii";
    case Codec::Latin1: return "latin-1";
    case Codec::Cp1252: return "cp1252";
    case Codec::Utf16: return "utf-16";
    case Codec::Utf16LE: return "utf-16-le";
    case Codec::Utf16BE: return "utf-16-be";
    case Codec::Utf32: return "utf-32";
    case Codec::Utf32LE: return "utf-32-le";
    case Codec::Utf32BE: return "utf-32-be";
    default: return "";
  }
}

bool check_codec(VM& vm, Codec c, std::string_view enc, bool encoding) {
  if (c == Codec::Unknown) {
    raisef(vm, &LookupErrorType, "unknown encoding: %.*s", int(enc.size()), enc.data());
    return false;
  }
  if (c == Codec::NotText) {
    raisef(vm, &LookupErrorType, "'%.*s' is not a text encoding; use codecs.%s() to handle arbitrary codecs",
           int(enc.size()), enc.data(), encoding ? "encode" : "decode");
    return false;
  }
  return true;
}

const uint16_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                  0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

int cp1252_encode(uint32_t cp) {  // byte or -1
  if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) return int(cp);
  for (int i = 0; i < 32; ++i)
    if (kCp1252High[i] && kCp1252High[i] == cp) return 0x80 + i;
  return -1;
}

// ============================================================== 2. exceptions and error handlers

enum class Handler { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, NameReplace, SurrogateEscape,
                     SurrogatePass, Unknown };

Handler handler_of(std::string_view e) {
  if (e == "strict") return Handler::Strict;
  if (e == "ignore") return Handler::Ignore;
  if (e == "replace") return Handler::Replace;
  if (e == "backslashreplace") return Handler::BackslashReplace;
  if (e == "xmlcharrefreplace") return Handler::XmlCharRefReplace;
  if (e == "namereplace") return Handler::NameReplace;
  if (e == "surrogateescape") return Handler::SurrogateEscape;
  if (e == "surrogatepass") return Handler::SurrogatePass;
  return Handler::Unknown;
}

Value make_unicode_error(VM& vm, Type* type, const char* encoding, Value object, int64_t start, int64_t end,
                         const char* reason) {
  Value args[5];
  args[0] = Value(str_from_cstr(encoding));
  args[1] = newref(object);
  args[2] = int_from_i64(start);
  args[3] = int_from_i64(end);
  args[4] = Value(str_from_cstr(reason));
  Value r;
  if (!args[0] || !args[2] || !args[4]) r = raise_memory_error(vm);
  else r = call(vm, Value(type), Args{args, 5, nullptr});
  for (Value v : args) decref(v);
  return r;
}

void raise_unicode_error(VM& vm, Type* type, const char* encoding, Value object, int64_t start, int64_t end,
                         const char* reason) {
  Value e = make_unicode_error(vm, type, encoding, object, start, end, reason);
  if (!e) return;
  raise_exc(vm, e);
  decref(e);
}

void append_hex(std::string& out, uint32_t v, int digits) {
  static const char hex[] = "0123456789abcdef";
  for (int k = (digits - 1) * 4; k >= 0; k -= 4) out.push_back(hex[(v >> k) & 15]);
}

void backslash_escape(std::string& out, uint32_t c) {
  if (c < 0x100) {
    out += "\\x";
    append_hex(out, c, 2);
  } else if (c < 0x10000) {
    out += "\\u";
    append_hex(out, c, 4);
  } else {
    out += "\\U";
    append_hex(out, c, 8);
  }
}

// ============================================================== 3. decoders

struct Decoder {
  VM& vm;
  const char* data;
  int64_t n;
  std::string_view errors;
  const char* encname;
  Codec codec;
  std::string out;  // UTF-8 (lone surrogates in their 3-byte form)
  Value object;     // bytes object for exceptions (lazily built, owned)

  Decoder(VM& v, const char* d, int64_t len, std::string_view e, const char* name, Codec c)
      : vm(v), data(d), n(len), errors(e), encname(name), codec(c) {}
  ~Decoder() { decref(object); }

  bool raise_error(const char* reason, int64_t start, int64_t end) {
    if (!object) {
      object = bytes_from(vm, data, n);
      if (!object) return false;
    }
    raise_unicode_error(vm, &UnicodeDecodeErrorType, encname, object, start, end, reason);
    return false;
  }

  // Handles the undecodable bytes [start, end); sets *next to where decoding resumes.
  bool error(const char* reason, int64_t start, int64_t end, int64_t* next) {
    Handler h = handler_of(errors);
    *next = end;
    switch (h) {
      case Handler::Strict:
        return raise_error(reason, start, end);
      case Handler::Ignore:
        return true;
      case Handler::Replace:
        out += "\xef\xbf\xbd";
        return true;
      case Handler::BackslashReplace:
        for (int64_t i = start; i < end; ++i) {
          out += "\\x";
          append_hex(out, static_cast<unsigned char>(data[i]), 2);
        }
        return true;
      case Handler::SurrogateEscape:
        for (int64_t i = start; i < end; ++i)
          if (static_cast<unsigned char>(data[i]) < 128) return raise_error(reason, start, end);
        for (int64_t i = start; i < end; ++i) utf8_append(out, 0xDC00 + static_cast<unsigned char>(data[i]));
        return true;
      case Handler::SurrogatePass: {
        const unsigned char* p = reinterpret_cast<const unsigned char*>(data) + start;
        int64_t avail = n - start;
        uint32_t cp = 0;
        int len = 0;
        switch (codec) {
          case Codec::Utf8:
          case Codec::Utf8Sig:
            if (avail >= 3 && (p[0] & 0xF0) == 0xE0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
              cp = (uint32_t(p[0] & 0x0F) << 12) | (uint32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
              len = 3;
            }
            break;
          case Codec::Utf16LE:
          case Codec::Utf16BE:
          case Codec::Utf16:
            if (avail >= 2) {
              cp = std::strcmp(encname, "utf-16-be") == 0 ? (uint32_t(p[0]) << 8 | p[1]) : (uint32_t(p[1]) << 8 | p[0]);
              len = 2;
            }
            break;
          case Codec::Utf32LE:
          case Codec::Utf32BE:
          case Codec::Utf32:
            if (avail >= 4) {
              cp = std::strcmp(encname, "utf-32-be") == 0
                       ? (uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3])
                       : (uint32_t(p[3]) << 24 | uint32_t(p[2]) << 16 | uint32_t(p[1]) << 8 | p[0]);
              len = 4;
            }
            break;
          default:
            break;
        }
        if (!len || cp < 0xD800 || cp > 0xDFFF) return raise_error(reason, start, end);
        utf8_append(out, cp);
        *next = start + len;
        return true;
      }
      case Handler::XmlCharRefReplace:
      case Handler::NameReplace:
        raise(vm, &TypeErrorType, "don't know how to handle UnicodeDecodeError in error callback");
        return false;
      case Handler::Unknown:
        raisef(vm, &LookupErrorType, "unknown error handler name '%.*s'", int(errors.size()), errors.data());
        return false;
    }
    return false;
  }

  Value result() {
    Str* s = str_new(out);
    if (!s) return raise_memory_error(vm);
    return Value(s);
  }
};

inline bool cont(unsigned char c) { return (c & 0xC0) == 0x80; }

bool decode_utf8(Decoder& d, int64_t i) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(d.data);
  int64_t n = d.n;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      int64_t j = i;
      while (j < n && p[j] < 0x80) ++j;
      d.out.append(d.data + i, size_t(j - i));
      i = j;
      continue;
    }
    const char* reason = nullptr;
    int64_t len = 0, bad = 0;  // sequence length, or the length of the invalid prefix
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
    } else {
      reason = "invalid start byte";
      bad = 1;
    }
    if (!reason) {
      for (int64_t k = 1; k < len; ++k) {
        if (i + k >= n) {
          reason = "unexpected end of data";
          bad = k;
          break;
        }
        unsigned char b = p[i + k];
        bool ok = cont(b);
        if (ok && k == 1) {
          if (c == 0xE0 && b < 0xA0) ok = false;
          else if (c == 0xED && b > 0x9F) ok = false;
          else if (c == 0xF0 && b < 0x90) ok = false;
          else if (c == 0xF4 && b > 0x8F) ok = false;
        }
        if (!ok) {
          reason = "invalid continuation byte";
          bad = k;
          break;
        }
      }
    }
    if (reason) {
      int64_t next;
      if (!d.error(reason, i, i + bad, &next)) return false;
      i = next;
      continue;
    }
    d.out.append(d.data + i, size_t(len));
    i += len;
  }
  return true;
}

bool decode_ascii(Decoder& d) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(d.data);
  for (int64_t i = 0; i < d.n;) {
    if (p[i] < 0x80) {
      d.out.push_back(char(p[i]));
      ++i;
      continue;
    }
    int64_t next;
    if (!d.error("ordinal not in range(128)", i, i + 1, &next)) return false;
    i = next;
  }
  return true;
}

bool decode_latin1(Decoder& d) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(d.data);
  for (int64_t i = 0; i < d.n; ++i) utf8_append(d.out, p[i]);
  return true;
}

bool decode_cp1252(Decoder& d) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(d.data);
  for (int64_t i = 0; i < d.n;) {
    unsigned char c = p[i];
    uint32_t cp = (c >= 0x80 && c < 0xA0) ? kCp1252High[c - 0x80] : c;
    if (cp == 0 && c != 0) {
      int64_t next;
      if (!d.error("character maps to <undefined>", i, i + 1, &next)) return false;
      i = next;
      continue;
    }
    utf8_append(d.out, cp);
    ++i;
  }
  return true;
}

bool decode_utf16(Decoder& d, int64_t i, bool be) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(d.data);
  int64_t n = d.n;
  auto rd = [&](int64_t k) { return be ? (uint32_t(p[k]) << 8 | p[k + 1]) : (uint32_t(p[k + 1]) << 8 | p[k]); };
  while (i < n) {
    const char* reason = nullptr;
    int64_t start = i, end = i;
    if (n - i < 2) {
      reason = "truncated data";
      end = n;
    } else {
      uint32_t u = rd(i);
      if (u < 0xD800 || u > 0xDFFF) {
        utf8_append(d.out, u);
        i += 2;
        continue;
      }
      if (u >= 0xDC00) {
        reason = "illegal encoding";
        end = i + 2;
      } else if (n - i < 4) {
        reason = "unexpected end of data";
        end = n;
      } else {
        uint32_t u2 = rd(i + 2);
        if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
          utf8_append(d.out, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
          i += 4;
          continue;
        }
        reason = "illegal UTF-16 surrogate";
        end = i + 2;
      }
    }
    int64_t next;
    if (!d.error(reason, start, end, &next)) return false;
    i = next;
  }
  return true;
}

bool decode_utf32(Decoder& d, int64_t i, bool be) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(d.data);
  int64_t n = d.n;
  while (i < n) {
    const char* reason;
    int64_t end;
    if (n - i < 4) {
      reason = "truncated data";
      end = n;
    } else {
      uint32_t cp = be ? (uint32_t(p[i]) << 24 | uint32_t(p[i + 1]) << 16 | uint32_t(p[i + 2]) << 8 | p[i + 3])
                       : (uint32_t(p[i + 3]) << 24 | uint32_t(p[i + 2]) << 16 | uint32_t(p[i + 1]) << 8 | p[i]);
      if (cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
        utf8_append(d.out, cp);
        i += 4;
        continue;
      }
      reason = cp > 0x10FFFF ? "code point not in range(0x110000)"
                             : "code point in surrogate code point range(0xd800, 0xe000)";
      end = i + 4;
    }
    int64_t next;
    if (!d.error(reason, i, end, &next)) return false;
    i = next;
  }
  return true;
}

// ============================================================== 4. encoders

struct Encoder {
  VM& vm;
  Str* s;
  std::string_view errors;
  const char* encname;
  Codec codec;
  std::string out;

  void put_unit(uint32_t cp) {  // a code point the codec can represent
    switch (codec) {
      case Codec::Utf8:
      case Codec::Utf8Sig:
        utf8_append(out, cp);
        break;
      case Codec::Ascii:
      case Codec::Latin1:
        out.push_back(char(cp));
        break;
      case Codec::Cp1252:
        out.push_back(char(cp1252_encode(cp)));
        break;
      case Codec::Utf16:
      case Codec::Utf16LE:
      case Codec::Utf16BE: {
        auto unit = [&](uint32_t u) {
          if (codec == Codec::Utf16BE) {
            out.push_back(char(u >> 8));
            out.push_back(char(u & 0xFF));
          } else {
            out.push_back(char(u & 0xFF));
            out.push_back(char(u >> 8));
          }
        };
        if (cp >= 0x10000) {
          unit(0xD800 + ((cp - 0x10000) >> 10));
          unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
          unit(cp);
        }
        break;
      }
      default: {  // utf-32
        for (int k = 0; k < 4; ++k) {
          int shift = codec == Codec::Utf32BE ? (3 - k) * 8 : k * 8;
          out.push_back(char((cp >> shift) & 0xFF));
        }
        break;
      }
    }
  }

  void put_ascii_text(std::string_view t) {
    for (char c : t) put_unit(static_cast<unsigned char>(c));
  }

  bool raise_error(const char* reason, int64_t start, int64_t end) {
    raise_unicode_error(vm, &UnicodeEncodeErrorType, encname, Value(s), start, end, reason);
    return false;
  }

  // Handles the unencodable code points cps[0..count) at positions [start, start+count).
  bool error(const char* reason, const uint32_t* cps, int64_t start, int64_t count) {
    int64_t end = start + count;
    switch (handler_of(errors)) {
      case Handler::Strict:
        return raise_error(reason, start, end);
      case Handler::Ignore:
        return true;
      case Handler::Replace:
        for (int64_t i = 0; i < count; ++i) put_unit('?');
        return true;
      case Handler::BackslashReplace: {
        std::string t;
        for (int64_t i = 0; i < count; ++i) backslash_escape(t, cps[i]);
        put_ascii_text(t);
        return true;
      }
      case Handler::XmlCharRefReplace: {
        std::string t;
        for (int64_t i = 0; i < count; ++i) t += "&#" + std::to_string(cps[i]) + ";";
        put_ascii_text(t);
        return true;
      }
      case Handler::NameReplace: {
        std::string t, name;
        for (int64_t i = 0; i < count; ++i) {
          name.clear();
          if (uni_name(cps[i], &name)) t += "\\N{" + name + "}";
          else backslash_escape(t, cps[i]);
        }
        put_ascii_text(t);
        return true;
      }
      case Handler::SurrogateEscape: {
        bool byte_codec = codec == Codec::Utf8 || codec == Codec::Utf8Sig || codec == Codec::Ascii ||
                          codec == Codec::Latin1 || codec == Codec::Cp1252;
        for (int64_t i = 0; i < count; ++i)
          if (!byte_codec || cps[i] < 0xDC80 || cps[i] > 0xDCFF) return raise_error(reason, start, end);
        for (int64_t i = 0; i < count; ++i) out.push_back(char(cps[i] - 0xDC00));
        return true;
      }
      case Handler::SurrogatePass: {
        bool unicode_codec = codec != Codec::Ascii && codec != Codec::Latin1 && codec != Codec::Cp1252;
        for (int64_t i = 0; i < count; ++i)
          if (!unicode_codec || cps[i] < 0xD800 || cps[i] > 0xDFFF) return raise_error(reason, start, end);
        for (int64_t i = 0; i < count; ++i) put_unit(cps[i]);
        return true;
      }
      case Handler::Unknown:
        raisef(vm, &LookupErrorType, "unknown error handler name '%.*s'", int(errors.size()), errors.data());
        return false;
    }
    return false;
  }
};

bool is_surrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

// Generic loop: `ok(cp)` says whether the codec encodes cp; runs of failures go to the handler
// (one character at a time when `single` is set, as CPython's utf-16/32 encoders do).
template <class Ok> bool encode_loop(Encoder& e, Ok ok, const char* reason, bool single) {
  Str* s = e.s;
  const char* p = s->data;
  uint64_t size = s->size;
  int64_t pos = 0;
  std::vector<uint32_t> run;
  for (uint64_t i = 0; i < size;) {
    int l;
    uint32_t cp = utf8_decode(p + i, &l);
    if (ok(cp)) {
      e.put_unit(cp);
      i += uint64_t(l);
      ++pos;
      continue;
    }
    run.clear();
    run.push_back(cp);
    i += uint64_t(l);
    int64_t start = pos++;
    while (!single && i < size) {
      uint32_t c2 = utf8_decode(p + i, &l);
      if (ok(c2)) break;
      run.push_back(c2);
      i += uint64_t(l);
      ++pos;
    }
    if (!e.error(reason, run.data(), start, int64_t(run.size()))) return false;
  }
  return true;
}

}  // namespace

// ============================================================== 5. API

Value make_unicode_decode_error(VM& vm, const char* encoding, Value object, int64_t start, int64_t end,
                                const char* reason) {
  return make_unicode_error(vm, &UnicodeDecodeErrorType, encoding, object, start, end, reason);
}

Value make_unicode_encode_error(VM& vm, const char* encoding, Value object, int64_t start, int64_t end,
                                const char* reason) {
  return make_unicode_error(vm, &UnicodeEncodeErrorType, encoding, object, start, end, reason);
}

std::string codec_canonical_name(std::string_view encoding) {
  Codec c = lookup(encoding);
  return c == Codec::Unknown || c == Codec::NotText ? std::string() : std::string(codec_name(c));
}

Value codec_encode(VM& vm, Str* s, std::string_view encoding, std::string_view errors) {
  Codec c = lookup(encoding);
  if (!check_codec(vm, c, encoding, true)) return Value();
  Encoder e{vm, s, errors, codec_name(c), c, {}};
  bool ok = true;
  switch (c) {
    case Codec::Utf8:
    case Codec::Utf8Sig: {
      if (c == Codec::Utf8Sig) e.out += "\xef\xbb\xbf";
      e.encname = "utf-8";
      // Fast path: no surrogates stored (their form is ED A0..BF xx).
      bool has_surrogate = false;
      for (uint64_t i = 0; i + 1 < s->size; ++i)
        if (static_cast<unsigned char>(s->data[i]) == 0xED && static_cast<unsigned char>(s->data[i + 1]) >= 0xA0) {
          has_surrogate = true;
          break;
        }
      if (!has_surrogate) {
        e.out.append(s->data, s->size);
        break;
      }
      ok = encode_loop(e, [](uint32_t cp) { return !is_surrogate(cp); }, "surrogates not allowed", false);
      break;
    }
    case Codec::Ascii:
      if (s->ascii) {
        e.out.append(s->data, s->size);
        break;
      }
      ok = encode_loop(e, [](uint32_t cp) { return cp < 0x80; }, "ordinal not in range(128)", false);
      break;
    case Codec::Latin1:
      ok = encode_loop(e, [](uint32_t cp) { return cp < 0x100; }, "ordinal not in range(256)", false);
      break;
    case Codec::Cp1252:
      e.encname = "charmap";
      ok = encode_loop(e, [](uint32_t cp) { return cp1252_encode(cp) >= 0; }, "character maps to <undefined>", false);
      break;
    case Codec::Utf16:
    case Codec::Utf32: {
      // BOM, then little-endian (this platform's order, as CPython writes it)
      bool is16 = c == Codec::Utf16;
      e.out += is16 ? std::string("\xff\xfe", 2) : std::string("\xff\xfe\x00\x00", 4);
      e.codec = is16 ? Codec::Utf16LE : Codec::Utf32LE;
      ok = encode_loop(e, [](uint32_t cp) { return !is_surrogate(cp); }, "surrogates not allowed", true);
      break;
    }
    default:
      ok = encode_loop(e, [](uint32_t cp) { return !is_surrogate(cp); }, "surrogates not allowed", true);
      break;
  }
  if (!ok) return Value();
  return bytes_from(vm, e.out);
}

Value codec_decode(VM& vm, const char* data, int64_t n, std::string_view encoding, std::string_view errors) {
  Codec c = lookup(encoding);
  if (!check_codec(vm, c, encoding, false)) return Value();
  Decoder d(vm, data, n, errors, codec_name(c), c);
  bool ok = true;
  switch (c) {
    case Codec::Utf8:
    case Codec::Utf8Sig: {
      int64_t start = 0;
      if (c == Codec::Utf8Sig && n >= 3 && std::memcmp(data, "\xef\xbb\xbf", 3) == 0) start = 3;
      d.encname = "utf-8";
      if (utf8_valid(std::string_view(data + start, size_t(n - start)))) {
        d.out.assign(data + start, size_t(n - start));
        break;
      }
      ok = decode_utf8(d, start);
      break;
    }
    case Codec::Ascii:
      ok = decode_ascii(d);
      break;
    case Codec::Latin1:
      ok = decode_latin1(d);
      break;
    case Codec::Cp1252:
      d.encname = "charmap";
      ok = decode_cp1252(d);
      break;
    case Codec::Utf16LE:
    case Codec::Utf16BE:
      ok = decode_utf16(d, 0, c == Codec::Utf16BE);
      break;
    case Codec::Utf16: {
      const unsigned char* p = reinterpret_cast<const unsigned char*>(data);
      bool be = false;
      int64_t start = 0;
      if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) start = 2;
      else if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
        start = 2;
        be = true;
      }
      d.encname = be ? "utf-16-be" : "utf-16-le";
      d.codec = be ? Codec::Utf16BE : Codec::Utf16LE;
      ok = decode_utf16(d, start, be);
      break;
    }
    case Codec::Utf32LE:
    case Codec::Utf32BE:
      ok = decode_utf32(d, 0, c == Codec::Utf32BE);
      break;
    case Codec::Utf32: {
      const unsigned char* p = reinterpret_cast<const unsigned char*>(data);
      bool be = false;
      int64_t start = 0;
      if (n >= 4 && p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0) start = 4;
      else if (n >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) {
        start = 4;
        be = true;
      }
      d.encname = be ? "utf-32-be" : "utf-32-le";
      d.codec = be ? Codec::Utf32BE : Codec::Utf32LE;
      ok = decode_utf32(d, start, be);
      break;
    }
    default:
      break;
  }
  if (!ok) return Value();
  return d.result();
}

}  // namespace coil
