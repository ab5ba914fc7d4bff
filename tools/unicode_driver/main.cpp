// main.cpp - unicode_driver: prints Coil's Unicode database answers for tools/unicode_diff_test.py.
//
// Commands (argv[1]):
//   props            one line per code point 0..0x10FFFF with every per-character property
//   names            one line per code point: its name, or nothing
//   lookup FILE      one line per line of FILE (a name): the code point in hex, or -1
//   normalize FILE   FILE lines are space-separated hex code points; prints NFC, NFD, NFKC,
//                    NFKD of each, one line each, in the same format
//   lower FILE       FILE as above; prints str.lower() of each line emulated with
//                    uni_to_lower + uni_final_sigma, twice (code point and UTF-8 overloads)
//   title FILE       FILE as above; prints str.title() of each line emulated with
//                    uni_iscased, uni_to_title and the lower() emulation
//   version          the Unicode version and whether names are built in

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "objects/unicode.h"

using namespace coil;

namespace {

void print_cps(const uint32_t* cps, int n) {
  for (int i = 0; i < n; ++i) std::printf(i ? " %X" : "%X", cps[i]);
}

void print_u32(const std::u32string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) std::printf(i ? " %X" : "%X", static_cast<unsigned>(s[i]));
  std::printf("\n");
}

std::u32string parse_cps(const std::string& line) {
  std::u32string out;
  const char* p = line.c_str();
  while (*p) {
    char* end;
    unsigned long v = std::strtoul(p, &end, 16);
    if (end == p) break;
    out.push_back(static_cast<char32_t>(v));
    p = end;
  }
  return out;
}

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

void props() {
  typedef bool (*Pred)(uint32_t);
  static const Pred preds[] = {uni_isprintable, uni_isspace,    uni_isalpha,         uni_isdecimal,
                               uni_isdigit,     uni_isnumeric,  uni_isalnum,         uni_islower,
                               uni_isupper,     uni_istitle,    uni_iscased,         uni_iscaseignorable,
                               uni_isidstart,   uni_isidcontinue, uni_islinebreak,   uni_mirrored};
  typedef int (*Map)(uint32_t, uint32_t*);
  static const Map maps[] = {uni_to_lower, uni_to_upper, uni_to_title, uni_to_folded};
  for (uint32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    for (Pred p : preds) std::putchar(p(cp) ? '1' : '0');
    std::printf("\t%d\t%d\t%a", uni_decimal_value(cp), uni_digit_value(cp), uni_numeric_value(cp));
    for (Map m : maps) {
      uint32_t out[3];
      int n = m(cp, out);
      std::putchar('\t');
      print_cps(out, n);
    }
    std::printf("\t%s\t%s\t%d\t%s\t%s\n", uni_category(cp), uni_bidirectional(cp), uni_combining(cp),
                uni_east_asian_width(cp), uni_decomposition(cp).c_str());
  }
}

void names() {
  std::string name;
  for (uint32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (uni_name(cp, &name)) std::fputs(name.c_str(), stdout);
    std::putchar('\n');
  }
}

std::vector<std::string> read_lines(const char* path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

void lookup(const char* path) {
  for (const std::string& line : read_lines(path)) {
    int32_t cp = uni_lookup_name(line);
    if (cp < 0) {
      std::printf("-1\n");
    } else {
      std::printf("%X\n", static_cast<unsigned>(cp));
    }
  }
}

void normalize(const char* path) {
  for (const std::string& line : read_lines(path)) {
    std::u32string s = parse_cps(line);
    for (const char* form : {"NFC", "NFD", "NFKC", "NFKD"}) print_u32(uni_normalize(form, s));
  }
}

// CPython's lower-casing of text[i] inside text: the final-sigma rule, then the full mapping.
int lower_in_context(const std::vector<uint32_t>& cps, std::size_t i, uint32_t m[3]) {
  if (cps[i] == 0x3A3 && uni_final_sigma(cps.data(), cps.size(), i)) {
    m[0] = 0x3C2;
    return 1;
  }
  return uni_to_lower(cps[i], m);
}

void title(const char* path) {
  for (const std::string& line : read_lines(path)) {
    std::u32string s = parse_cps(line);
    std::vector<uint32_t> cps(s.begin(), s.end());
    std::u32string out;
    bool previous_is_cased = false;
    for (std::size_t i = 0; i < cps.size(); ++i) {
      uint32_t m[3];
      int n = previous_is_cased ? lower_in_context(cps, i, m) : uni_to_title(cps[i], m);
      for (int k = 0; k < n; ++k) out.push_back(static_cast<char32_t>(m[k]));
      previous_is_cased = uni_iscased(cps[i]);
    }
    print_u32(out);
  }
}

void lower(const char* path) {
  for (const std::string& line : read_lines(path)) {
    std::u32string s = parse_cps(line);
    std::vector<uint32_t> cps(s.begin(), s.end());
    std::string utf8;
    std::vector<std::size_t> offsets;
    for (uint32_t c : cps) {
      offsets.push_back(utf8.size());
      utf8_append(utf8, c);
    }
    for (int pass = 0; pass < 2; ++pass) {
      std::u32string out;
      for (std::size_t i = 0; i < cps.size(); ++i) {
        uint32_t m[3];
        int n;
        bool fs = cps[i] == 0x3A3 &&
                  (pass == 0 ? uni_final_sigma(cps.data(), cps.size(), i) : uni_final_sigma(utf8, offsets[i]));
        if (fs) {
          m[0] = 0x3C2;
          n = 1;
        } else {
          n = uni_to_lower(cps[i], m);
        }
        for (int k = 0; k < n; ++k) out.push_back(static_cast<char32_t>(m[k]));
      }
      print_u32(out);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string cmd = argc > 1 ? argv[1] : "";
  if (cmd == "props") {
    props();
  } else if (cmd == "names") {
    names();
  } else if (cmd == "lookup" && argc > 2) {
    lookup(argv[2]);
  } else if (cmd == "normalize" && argc > 2) {
    normalize(argv[2]);
  } else if (cmd == "lower" && argc > 2) {
    lower(argv[2]);
  } else if (cmd == "title" && argc > 2) {
    title(argv[2]);
  } else if (cmd == "version") {
    std::printf("%s %d\n", uni_version(), uni_has_names() ? 1 : 0);
  } else {
    std::fprintf(stderr, "usage: unicode_driver props|names|version|lookup F|normalize F|lower F|title F\n");
    return 2;
  }
  return 0;
}
