// str_core.cpp - creating, interning, hashing, comparing and indexing str objects.
#include <cstring>
#include <unordered_set>

#include "objects/str.h"
#include "vm/heap.h"

namespace coil {

namespace {

struct InternHash {
  std::size_t operator()(Str* s) const { return std::hash<std::string_view>()(s->view()); }
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  using is_transparent = void;
};
struct InternEq {
  bool operator()(Str* a, Str* b) const { return a->view() == b->view(); }
  bool operator()(std::string_view a, Str* b) const { return a == b->view(); }
  bool operator()(Str* a, std::string_view b) const { return a->view() == b; }
  using is_transparent = void;
};

// Interned strings are immortal and shared by all interpreters of the process.
std::unordered_set<Str*, InternHash, InternEq>& intern_table() {
  static auto* table = new std::unordered_set<Str*, InternHash, InternEq>();
  return *table;
}

Str* g_empty_str = nullptr;
Str* g_latin1[256];

inline std::size_t str_alloc_size(std::size_t size) { return offsetof(Str, data) + size + 1; }

}  // namespace

uint32_t utf8_decode(const char* p, int* len) {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(p);
  unsigned char c = s[0];
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  if (c < 0xE0) {
    *len = 2;
    return (uint32_t(c & 0x1F) << 6) | (s[1] & 0x3F);
  }
  if (c < 0xF0) {
    *len = 3;
    return (uint32_t(c & 0x0F) << 12) | (uint32_t(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
  }
  *len = 4;
  return (uint32_t(c & 0x07) << 18) | (uint32_t(s[1] & 0x3F) << 12) | (uint32_t(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

int utf8_encode(uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = char(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = char(0xC0 | (cp >> 6));
    out[1] = char(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = char(0xE0 | (cp >> 12));
    out[1] = char(0x80 | ((cp >> 6) & 0x3F));
    out[2] = char(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = char(0xF0 | (cp >> 18));
  out[1] = char(0x80 | ((cp >> 12) & 0x3F));
  out[2] = char(0x80 | ((cp >> 6) & 0x3F));
  out[3] = char(0x80 | (cp & 0x3F));
  return 4;
}

void utf8_append(std::string& out, uint32_t cp) {
  char buf[4];
  out.append(buf, utf8_encode(cp, buf));
}

bool utf8_valid(std::string_view s) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = s.size(), i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len;
    uint32_t min;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; min = 0x10000; }
    else return false;
    if (i + len > n) return false;
    for (int k = 1; k < len; ++k)
      if ((p[i + k] & 0xC0) != 0x80) return false;
    int l;
    uint32_t cp = utf8_decode(reinterpret_cast<const char*>(p + i), &l);
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

Str* str_alloc(std::size_t size) {
  if (size > (std::size_t(1) << 40)) return nullptr;
  Str* s = static_cast<Str*>(heap_alloc(str_alloc_size(size)));
  if (!s) return nullptr;
  s->refcount = 1;
  s->gc_index = Object::kUntracked;
  s->type = &StrType;
  incref(&StrType);
  s->hash = -1;
  s->size = size;
  s->length = 0;
  s->ascii = 1;
  s->width = 1;
  s->interned = 0;
  s->index = nullptr;
  s->data[size] = 0;
  return s;
}

Str* str_finish(Str* s) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s->data);
  uint64_t n = s->size, len = 0;
  uint32_t maxc = 0;
  for (uint64_t i = 0; i < n;) {
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
    } else {
      int l;
      uint32_t cp = utf8_decode(reinterpret_cast<const char*>(p + i), &l);
      if (cp > maxc) maxc = cp;
      i += l;
    }
    ++len;
  }
  s->length = len;
  s->ascii = maxc == 0;
  s->width = maxc < 256 ? 1 : maxc < 65536 ? 2 : 4;
  return s;
}

Str* str_new(std::string_view utf8) {
  if (utf8.empty()) return str_empty();
  if (utf8.size() == 1 && static_cast<unsigned char>(utf8[0]) < 128) {
    return newref(g_latin1[static_cast<unsigned char>(utf8[0])]);
  }
  Str* s = str_alloc(utf8.size());
  if (!s) return nullptr;
  std::memcpy(s->data, utf8.data(), utf8.size());
  return str_finish(s);
}

Str* str_from_cstr(const char* s) { return str_new(std::string_view(s)); }

Str* str_empty() { return newref(g_empty_str); }

Str* str_from_codepoint(uint32_t cp) {
  if (cp < 256 && g_latin1[cp]) return newref(g_latin1[cp]);
  char buf[4];
  int n = utf8_encode(cp, buf);
  Str* s = str_alloc(n);
  std::memcpy(s->data, buf, n);
  return str_finish(s);
}

Str* str_concat(Str* a, Str* b) {
  if (a->size == 0) return newref(b);
  if (b->size == 0) return newref(a);
  Str* s = str_alloc(a->size + b->size);
  if (!s) return nullptr;
  std::memcpy(s->data, a->data, a->size);
  std::memcpy(s->data + a->size, b->data, b->size);
  s->length = a->length + b->length;
  s->ascii = a->ascii && b->ascii;
  s->width = a->width > b->width ? a->width : b->width;
  return s;
}

Str* str_substr(Str* s, uint64_t start, uint64_t end) {
  if (start >= end) return str_empty();
  if (start == 0 && end == s->length) return newref(s);
  uint64_t b0 = str_byte_offset(s, start), b1 = str_byte_offset(s, end);
  if (s->ascii) {
    Str* r = str_alloc(b1 - b0);
    if (!r) return nullptr;
    std::memcpy(r->data, s->data + b0, b1 - b0);
    r->length = b1 - b0;
    if (r->length == 1) {
      Str* c = newref(g_latin1[static_cast<unsigned char>(r->data[0])]);
      decref(r);
      return c;
    }
    return r;
  }
  return str_new(std::string_view(s->data + b0, b1 - b0));
}

Str* intern(std::string_view text) {
  auto& table = intern_table();
  auto it = table.find(text);
  if (it != table.end()) return *it;
  Str* s = str_alloc(text.size());
  std::memcpy(s->data, text.data(), text.size());
  str_finish(s);
  s->interned = 1;
  s->refcount = 1u << 30;  // immortal
  table.insert(s);
  return s;
}

Str* intern_str(Str* s) {
  if (s->interned) return newref(s);
  return newref(intern(s->view()));
}

// -------------------------------------------------------------------------- hashing

namespace {
inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }
#define SIPROUND                    \
  do {                              \
    v0 += v1; v1 = rotl(v1, 13);    \
    v1 ^= v0; v0 = rotl(v0, 32);    \
    v2 += v3; v3 = rotl(v3, 16);    \
    v3 ^= v2; v0 += v3;             \
    v3 = rotl(v3, 21); v3 ^= v0;    \
    v2 += v1; v1 = rotl(v1, 17);    \
    v1 ^= v2; v2 = rotl(v2, 32);    \
  } while (0)
}  // namespace

// SipHash-1-3 with a zero key: CPython's string hash when PYTHONHASHSEED=0, so sets of strings
// iterate in the order CPython's recorded outputs show.
uint64_t siphash13(const void* data, std::size_t len) {
  const uint64_t k0 = 0, k1 = 0;
  uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
  uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
  uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
  uint64_t v3 = k1 ^ 0x7465646279746573ULL;
  const unsigned char* p = static_cast<const unsigned char*>(data);
  std::size_t blocks = len / 8;
  for (std::size_t i = 0; i < blocks; ++i) {
    uint64_t m = 0;
    for (int k = 7; k >= 0; --k) m = (m << 8) | p[i * 8 + k];
    v3 ^= m;
    SIPROUND;
    v0 ^= m;
  }
  uint64_t b = uint64_t(len & 0xff) << 56;
  const unsigned char* tail = p + blocks * 8;
  for (std::size_t k = 0; k < (len & 7); ++k) b |= uint64_t(tail[k]) << (8 * k);
  v3 ^= b;
  SIPROUND;
  v0 ^= b;
  v2 ^= 0xff;
  SIPROUND;
  SIPROUND;
  SIPROUND;
  return (v0 ^ v1) ^ (v2 ^ v3);
}
#undef SIPROUND

int64_t str_hash(Str* s) {
  if (s->hash != -1) return s->hash;
  int64_t h;
  if (s->size == 0) {
    h = 0;
  } else if (s->ascii) {
    h = int64_t(siphash13(s->data, s->size));
  } else {
    // Hash the code points at CPython's storage width (1, 2 or 4 bytes, little-endian).
    std::string buf;
    buf.reserve(s->length * s->width);
    for (uint64_t i = 0; i < s->size;) {
      int l;
      uint32_t cp = utf8_decode(s->data + i, &l);
      i += l;
      for (int k = 0; k < s->width; ++k) buf.push_back(char((cp >> (8 * k)) & 0xff));
    }
    h = int64_t(siphash13(buf.data(), buf.size()));
  }
  if (h == -1) h = -2;
  s->hash = h;
  return h;
}

bool str_eq(Str* a, Str* b) {
  if (a == b) return true;
  if (a->size != b->size) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return std::memcmp(a->data, b->data, a->size) == 0;
}

int str_compare(Str* a, Str* b) {
  // UTF-8 byte order equals code point order (also for the surrogate forms we store).
  std::size_t n = a->size < b->size ? a->size : b->size;
  int c = std::memcmp(a->data, b->data, n);
  if (c) return c;
  return a->size < b->size ? -1 : a->size > b->size ? 1 : 0;
}

// -------------------------------------------------------------------------- indexing

namespace {
void build_index(Str* s) {
  uint64_t entries = s->length / Str::kIndexStride + 1;
  uint32_t* idx = static_cast<uint32_t*>(heap_alloc(entries * sizeof(uint32_t)));
  uint64_t cp = 0;
  for (uint64_t i = 0; i < s->size;) {
    if (cp % Str::kIndexStride == 0) idx[cp / Str::kIndexStride] = uint32_t(i);
    int l;
    utf8_decode(s->data + i, &l);
    i += l;
    ++cp;
  }
  if (cp % Str::kIndexStride == 0) idx[cp / Str::kIndexStride] = uint32_t(s->size);
  s->index = idx;
}
}  // namespace

uint64_t str_byte_offset(Str* s, uint64_t cp_index) {
  if (s->ascii) return cp_index;
  if (cp_index >= s->length) return s->size;
  if (!s->index) build_index(s);
  uint64_t i = s->index[cp_index / Str::kIndexStride];
  for (uint64_t k = cp_index % Str::kIndexStride; k > 0; --k) {
    int l;
    utf8_decode(s->data + i, &l);
    i += l;
  }
  return i;
}

uint64_t str_cp_index(Str* s, uint64_t byte_offset) {
  if (s->ascii) return byte_offset;
  uint64_t cp = 0;
  for (uint64_t i = 0; i < byte_offset && i < s->size;) {
    int l;
    utf8_decode(s->data + i, &l);
    i += l;
    ++cp;
  }
  return cp;
}

uint32_t str_char_at(Str* s, uint64_t i) {
  if (s->ascii) return static_cast<unsigned char>(s->data[i]);
  int l;
  return utf8_decode(s->data + str_byte_offset(s, i), &l);
}

void str_free(Str* s) {
  if (s->index) heap_free(s->index, (s->length / Str::kIndexStride + 1) * sizeof(uint32_t));
  heap_free(s, str_alloc_size(s->size));
}

void str_core_init() {
  g_empty_str = intern("");
  for (int c = 0; c < 256; ++c) {
    char buf[4];
    int n = utf8_encode(uint32_t(c), buf);
    g_latin1[c] = intern(std::string_view(buf, n));
  }
}

// -------------------------------------------------------------------------- repr

std::string str_repr_text(Str* s, bool ascii_only) {
  bool has_single = s->view().find('\'') != std::string_view::npos;
  bool has_double = s->view().find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out;
  out.reserve(s->size + 2);
  out.push_back(quote);
  static const char hex[] = "0123456789abcdef";
  for (uint64_t i = 0; i < s->size;) {
    int l;
    uint32_t c = utf8_decode(s->data + i, &l);
    i += l;
    if (c == uint32_t(quote) || c == '\\') {
      out.push_back('\\');
      out.push_back(char(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7f) {
      out += "\\x";
      out.push_back(hex[c >> 4]);
      out.push_back(hex[c & 15]);
    } else if (c < 0x7f) {
      out.push_back(char(c));
    } else if (!ascii_only && uni_isprintable(c)) {
      utf8_append(out, c);
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
  out.push_back(quote);
  return out;
}

}  // namespace coil
