// string_literal.cpp - str/bytes literal decoding (escapes, \N{name}, errors positioned like CPython's codecs).
#include "compiler/string_literal.h"

#include <cstdio>

#include "compiler/unicode_db.h"
#include "compiler/utf8.h"

namespace coil::compiler {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// "(unicode error) 'unicodeescape' codec can't decode bytes in position a-b: reason"
std::string escape_error(size_t start, size_t end, unsigned char first_byte, const char* reason) {
  char buf[200];
  if (end - start == 1) {
    std::snprintf(buf, sizeof buf,
                  "(unicode error) 'unicodeescape' codec can't decode byte 0x%02x in position %zu: %s",
                  first_byte, start, reason);
  } else {
    std::snprintf(buf, sizeof buf,
                  "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                  start, end - 1, reason);
  }
  return buf;
}

// Decodes a run of non-ASCII bytes at body[*i] strictly (CPython's decode_utf8 helper).
bool decode_utf8_run(std::string_view body, size_t* i, std::string* out, size_t* vpos,
                     std::string* error) {
  size_t start = *i;
  size_t end = start;
  while (end < body.size() && ((unsigned char)body[end] & 0x80)) end++;
  std::string_view run = body.substr(start, end - start);
  Utf8Error bad;
  if (!utf8_validate(run, &bad)) {
    *error = "(unicode error) " + utf8_error_message(run, bad);
    return false;
  }
  size_t j = 0;
  while (j < run.size()) {
    uint32_t cp = utf8_decode(run, &j);
    utf8_append(*out, cp);
    *vpos += 10;  // CPython re-encodes each such character as "\UXXXXXXXX"
  }
  *i = end;
  return true;
}

}  // namespace

StringToken split_string_token(std::string_view text) {
  StringToken st;
  size_t i = 0;
  while (i < text.size() && text[i] != '\'' && text[i] != '"') {
    char c = text[i];
    if (c == 'b' || c == 'B') st.bytes = true;
    if (c == 'r' || c == 'R') st.raw = true;
    if (c == 'f' || c == 'F') st.fstring = true;
    if (i == 0 && c == 'u') st.u_prefix = true;
    i++;
  }
  if (i >= text.size()) return st;
  char quote = text[i];
  size_t q = 1;
  if (text.size() - i >= 6 && text[i + 1] == quote && text[i + 2] == quote) q = 3;
  st.body_offset = i + q;
  size_t end = text.size() >= q ? text.size() - q : text.size();
  if (end < st.body_offset) end = st.body_offset;
  st.body = text.substr(st.body_offset, end - st.body_offset);
  return st;
}

bool decode_str_literal(std::string_view body, bool raw, std::string* out, std::string* error) {
  out->clear();
  if (raw || body.find('\\') == std::string_view::npos) {
    Utf8Error bad;
    if (!utf8_validate(body, &bad)) {
      *error = "(unicode error) " + utf8_error_message(body, bad);
      return false;
    }
    out->assign(body);
    return true;
  }
  out->reserve(body.size());
  // `vpos` is the position in the buffer CPython hands to its unicode-escape codec (where every
  // non-ASCII character became "\UXXXXXXXX"), which is what its error positions refer to.
  size_t vpos = 0;
  size_t i = 0;
  size_t n = body.size();
  while (i < n) {
    unsigned char c = (unsigned char)body[i];
    if (c & 0x80) {
      if (!decode_utf8_run(body, &i, out, &vpos, error)) return false;
      continue;
    }
    if (c != '\\') {
      out->push_back(char(c));
      i++;
      vpos++;
      continue;
    }
    // A backslash before a non-ASCII character (or at the end) is a literal backslash.
    if (i + 1 >= n || ((unsigned char)body[i + 1] & 0x80)) {
      out->push_back('\\');
      i++;
      vpos += 6;
      continue;
    }
    size_t start = vpos;
    char e = body[i + 1];
    i += 2;
    vpos += 2;
    switch (e) {
      case '\n': break;
      case '\\': out->push_back('\\'); break;
      case '\'': out->push_back('\''); break;
      case '"': out->push_back('"'); break;
      case 'b': out->push_back('\b'); break;
      case 'f': out->push_back('\f'); break;
      case 't': out->push_back('\t'); break;
      case 'n': out->push_back('\n'); break;
      case 'r': out->push_back('\r'); break;
      case 'v': out->push_back('\v'); break;
      case 'a': out->push_back('\a'); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = uint32_t(e - '0');
        for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; k++) {
          v = v * 8 + uint32_t(body[i] - '0');
          i++;
          vpos++;
        }
        utf8_append(*out, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        const char* reason = e == 'x'   ? "truncated \\xXX escape"
                             : e == 'u' ? "truncated \\uXXXX escape"
                                        : "truncated \\UXXXXXXXX escape";
        uint32_t v = 0;
        for (int k = 0; k < count; k++) {
          int d = i < n ? hex_value(body[i]) : -1;
          if (d < 0) {
            *error = escape_error(start, vpos, '\\', reason);
            return false;
          }
          v = v * 16 + uint32_t(d);
          i++;
          vpos++;
        }
        if (v > 0x10FFFF) {
          *error = escape_error(start, vpos, '\\', "illegal Unicode character");
          return false;
        }
        utf8_append(*out, v);
        break;
      }
      case 'N': {
        const char* malformed = "malformed \\N character escape";
        if (i >= n || body[i] != '{') {
          *error = escape_error(start, vpos, '\\', malformed);
          return false;
        }
        i++;
        vpos++;
        size_t name_start = i;
        size_t vname = 0;
        while (i < n && body[i] != '}') {
          vname += ((unsigned char)body[i] & 0x80) ? 0 : 1;
          i++;
        }
        // (non-ASCII characters in a name count as 10 positions each, like CPython)
        for (size_t k = name_start; k < i;) {
          if ((unsigned char)body[k] & 0x80) {
            std::string_view rest = body.substr(k, i - k);
            size_t j = 0;
            utf8_step(rest, &j);
            k += j;
            vname += 10;
          } else {
            k++;
          }
        }
        vpos += vname;
        if (i >= n) {
          *error = escape_error(start, vpos, '\\', malformed);
          return false;
        }
        std::string_view name = body.substr(name_start, i - name_start);
        if (name.empty()) {
          *error = escape_error(start, vpos, '\\', malformed);
          return false;
        }
        i++;
        vpos++;
        int32_t cp = unidb::lookup_name(name);
        if (cp < 0) {
          *error = escape_error(start, vpos, '\\', "unknown Unicode character name");
          return false;
        }
        utf8_append(*out, uint32_t(cp));
        break;
      }
      default:
        // Invalid escapes are kept as they are (CPython 3.11 only warns).
        out->push_back('\\');
        out->push_back(e);
        break;
    }
  }
  return true;
}

bool decode_bytes_literal(std::string_view body, bool raw, std::string* out, std::string* error) {
  out->clear();
  if (raw || body.find('\\') == std::string_view::npos) {
    out->assign(body);
    return true;
  }
  out->reserve(body.size());
  size_t i = 0;
  size_t n = body.size();
  while (i < n) {
    char c = body[i];
    if (c != '\\') {
      out->push_back(c);
      i++;
      continue;
    }
    size_t start = i;
    i++;
    if (i == n) {
      *error = "(value error) Trailing \\ in string";
      return false;
    }
    char e = body[i++];
    switch (e) {
      case '\n': break;
      case '\\': out->push_back('\\'); break;
      case '\'': out->push_back('\''); break;
      case '"': out->push_back('"'); break;
      case 'b': out->push_back('\b'); break;
      case 'f': out->push_back('\f'); break;
      case 't': out->push_back('\t'); break;
      case 'n': out->push_back('\n'); break;
      case 'r': out->push_back('\r'); break;
      case 'v': out->push_back('\v'); break;
      case 'a': out->push_back('\a'); break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        unsigned v = unsigned(e - '0');
        for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; k++) {
          v = v * 8 + unsigned(body[i] - '0');
          i++;
        }
        out->push_back(char(v & 0xFF));
        break;
      }
      case 'x': {
        if (i + 1 < n) {
          int d1 = hex_value(body[i]), d2 = hex_value(body[i + 1]);
          if (d1 >= 0 && d2 >= 0) {
            out->push_back(char((d1 << 4) + d2));
            i += 2;
            break;
          }
        }
        *error = "(value error) invalid \\x escape at position " + std::to_string(start);
        return false;
      }
      default:
        out->push_back('\\');
        i--;
        break;
    }
  }
  return true;
}

}  // namespace coil::compiler
