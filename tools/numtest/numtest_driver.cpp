// numtest_driver.cpp - line-protocol driver exposing bignum/numfmt to tools/numtest/diff_test.py.
//
// Each input line is tab-separated: OP ARG... ; each output line is the result (or "ERR kind msg").
// Encodings: ints in hexadecimal with an optional leading '-'; doubles as 16 hex digits (their
// IEEE bits); strings as hex-encoded UTF-8 bytes (empty string = "-").
// Build: g++ -std=c++20 -O2 -Icore tools/numtest/numtest_driver.cpp core/objects/bignum.cpp
//        core/objects/numfmt.cpp -o numtest_driver

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "objects/bignum.h"
#include "objects/numfmt.h"

#if defined(__cpp_lib_to_chars) && !defined(__EMSCRIPTEN__)
#define COIL_TO_CHARS 1
#else
#define COIL_TO_CHARS 0
#endif

using namespace coil;
using bignum::Num;

static Num parse_int(const std::string& s) {
  bool neg = !s.empty() && s[0] == '-';
  Num r;
  bignum::from_string(std::string_view(s).substr(neg ? 1 : 0), 16, &r);
  if (neg) r = bignum::neg(r);
  return r;
}

static std::string hex_of(const Num& a) { return bignum::to_string(a, 16); }

static double parse_dbl(const std::string& s) {
  uint64_t bits = std::stoull(s, nullptr, 16);
  double d;
  std::memcpy(&d, &bits, 8);
  return d;
}

static std::string dbl_hex(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, 8);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%016llx", (unsigned long long)bits);
  return buf;
}

static std::string unhex(const std::string& s) {
  if (s == "-") return "";
  std::string r;
  for (size_t i = 0; i + 1 < s.size(); i += 2) r.push_back((char)std::stoi(s.substr(i, 2), nullptr, 16));
  return r;
}

static std::string tohex(const std::string& s) {
  static const char* d = "0123456789abcdef";
  std::string r;
  for (unsigned char c : s) {
    r.push_back(d[c >> 4]);
    r.push_back(d[c & 15]);
  }
  return r.empty() ? "-" : r;
}

static const char* kind_name(numfmt::ErrKind k) {
  switch (k) {
    case numfmt::ErrKind::None: return "None";
    case numfmt::ErrKind::ValueError: return "ValueError";
    case numfmt::ErrKind::OverflowError: return "OverflowError";
    case numfmt::ErrKind::TypeError: return "TypeError";
    case numfmt::ErrKind::ZeroDivisionError: return "ZeroDivisionError";
    case numfmt::ErrKind::MemoryError: return "MemoryError";
  }
  return "?";
}

static std::string status_str(bignum::Status s) {
  switch (s) {
    case bignum::Status::Ok: return "OK";
    case bignum::Status::ZeroDivision: return "ERR ZeroDivision";
    case bignum::Status::Overflow: return "ERR Overflow";
    case bignum::Status::NotInvertible: return "ERR NotInvertible";
    case bignum::Status::Negative: return "ERR Negative";
    case bignum::Status::Memory: return "ERR Memory";
  }
  return "ERR ?";
}

static std::string result_str(const numfmt::Result& r) {
  if (r.ok) return tohex(r.text);
  return std::string("ERR ") + kind_name(r.error.kind) + " " + tohex(r.error.message);
}

static std::string err_str(const numfmt::Error& e) {
  return std::string("ERR ") + kind_name(e.kind) + " " + tohex(e.message);
}

// Canonical "digits e exponent" form of a decimal numeral ("-1.50e+03" -> "-15e3", "0.0015" -> "15e-3").
static std::string canon(const std::string& text) {
  std::string t = text;
  bool neg = !t.empty() && t[0] == '-';
  if (neg) t.erase(0, 1);
  int exp = 0;
  size_t epos = t.find('e');
  if (epos != std::string::npos) {
    exp = std::atoi(t.c_str() + epos + 1);
    t.resize(epos);
  }
  size_t dot = t.find('.');
  std::string ip = dot == std::string::npos ? t : t.substr(0, dot);
  std::string fp = dot == std::string::npos ? "" : t.substr(dot + 1);
  std::string all = ip + fp;
  exp -= (int)fp.size();
  size_t lead = 0;
  while (lead + 1 < all.size() && all[lead] == '0') lead++;
  all.erase(0, lead);
  while (all.size() > 1 && all.back() == '0') {
    all.pop_back();
    exp++;
  }
  return std::string(neg ? "-" : "") + all + "e" + std::to_string(exp);
}

// Bulk check on random doubles: the digits of repr against std::to_chars (native builds), and
// the fast e/f/g digits against the exact big-integer method. Returns the counts.
static std::string selftest(uint64_t count, uint64_t seed) {
  uint64_t st = seed * 0x9E3779B97F4A7C15ull + 1, bad_short = 0, bad_round = 0;
  auto next = [&] {
    st ^= st << 13;
    st ^= st >> 7;
    st ^= st << 17;
    return st;
  };
  uint64_t fb0 = numfmt::exact_fallbacks;
  const char types[] = {'e', 'f', 'g', 'r'};
  for (uint64_t i = 0; i < count; i++) {
    uint64_t bits = next();
    if (i % 4 == 1) bits = (bits & 0x800fffffffffffffull) | ((uint64_t)(0x3c0 + (next() % 0x80)) << 52);  // moderate
    if (i % 4 == 2) bits &= 0x800fffffffffffffull | ((next() % 2) ? 0ull : (1ull << 52));  // subnormal / tiny
    double d;
    std::memcpy(&d, &bits, 8);
    if (!std::isfinite(d) || d == 0) continue;
#if COIL_TO_CHARS
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    std::string want = canon(std::string(buf, res.ptr));
    std::string got = canon(numfmt::float_repr(d));
    if (got != want && bad_short++ < 5)
      std::fprintf(stderr, "shortest %016llx: %s vs %s\n", (unsigned long long)bits, got.c_str(), want.c_str());
#endif
    char t = types[next() % 4];
    int prec = (int)(next() % 19);
    std::string c = numfmt::double_to_string(d, t, prec, 0);
    numfmt::force_exact_digits = true;
    std::string e = numfmt::double_to_string(d, t, prec, 0);
    numfmt::force_exact_digits = false;
    if (c != e && bad_round++ < 5)
      std::fprintf(stderr, "%c.%d %016llx: %s vs %s\n", t, prec, (unsigned long long)bits, c.c_str(), e.c_str());
  }
  return "shortest_mismatches=" + std::to_string(bad_short) + " rounded_mismatches=" + std::to_string(bad_round) +
         " exact_fallbacks=" + std::to_string(numfmt::exact_fallbacks - fb0) + (COIL_TO_CHARS ? "" : " (no to_chars oracle)");
}

static std::string run(const std::vector<std::string>& f) {
  const std::string& op = f[0];
  auto I = [&](size_t i) { return parse_int(f[i]); };
  auto D = [&](size_t i) { return parse_dbl(f[i]); };
  auto S = [&](size_t i) { return unhex(f[i]); };
  // ---- bignum ----
  if (op == "add") return hex_of(bignum::add(I(1), I(2)));
  if (op == "sub") return hex_of(bignum::sub(I(1), I(2)));
  if (op == "mul") return hex_of(bignum::mul(I(1), I(2)));
  if (op == "sqr") { Num a = I(1); return hex_of(bignum::mul(a, a)); }
  if (op == "divmod") {
    Num q, r;
    auto st = bignum::divmod(I(1), I(2), &q, &r);
    if (st != bignum::Status::Ok) return status_str(st);
    return hex_of(q) + " " + hex_of(r);
  }
  if (op == "truediv") {
    double d;
    auto st = bignum::truediv(I(1), I(2), &d);
    if (st != bignum::Status::Ok) return status_str(st);
    return dbl_hex(d);
  }
  if (op == "pow") {
    Num r;
    auto st = bignum::pow(I(1), std::stoull(f[2]), &r);
    if (st != bignum::Status::Ok) return status_str(st);
    return hex_of(r);
  }
  if (op == "powmod") {
    Num r;
    auto st = bignum::powmod(I(1), I(2), I(3), &r);
    if (st != bignum::Status::Ok) return status_str(st);
    return hex_of(r);
  }
  if (op == "lshift") {
    Num r;
    auto st = bignum::lshift(I(1), std::stoull(f[2]), &r);
    if (st != bignum::Status::Ok) return status_str(st);
    return hex_of(r);
  }
  if (op == "rshift") return hex_of(bignum::rshift(I(1), std::stoull(f[2])));
  if (op == "and") return hex_of(bignum::bit_and(I(1), I(2)));
  if (op == "or") return hex_of(bignum::bit_or(I(1), I(2)));
  if (op == "xor") return hex_of(bignum::bit_xor(I(1), I(2)));
  if (op == "invert") return hex_of(bignum::bit_invert(I(1)));
  if (op == "bit_length") return std::to_string(bignum::bit_length(I(1)));
  if (op == "bit_count") return std::to_string(bignum::bit_count(I(1)));
  if (op == "gcd") return hex_of(bignum::gcd(I(1), I(2)));
  if (op == "isqrt") {
    Num r;
    auto st = bignum::isqrt(I(1), &r);
    if (st != bignum::Status::Ok) return status_str(st);
    return hex_of(r);
  }
  if (op == "str") return bignum::to_string(I(1), std::stoi(f[2]));
  if (op == "parse") {
    Num r;
    if (!bignum::from_string(f[1], std::stoi(f[2]), &r)) return "ERR invalid";
    return hex_of(r);
  }
  if (op == "to_double") {
    bool of;
    double d = bignum::to_double(I(1), &of);
    if (of) return "ERR Overflow";
    return dbl_hex(d);
  }
  if (op == "from_double") return hex_of(bignum::from_double(D(1)));
  if (op == "cmp") return std::to_string(bignum::compare(I(1), I(2)));
  if (op == "to_i64") {
    bool of;
    int64_t v = bignum::to_i64(I(1), &of);
    if (of) return "ERR Overflow";
    return std::to_string(v);
  }
  if (op == "hash") return std::to_string(bignum::hash(I(1)));
  if (op == "to_bytes") {
    std::string out;
    auto st = bignum::to_bytes(I(1), std::stoull(f[2]), f[3] == "little", f[4] == "1", &out);
    if (st != bignum::Status::Ok) return status_str(st);
    return tohex(out);
  }
  if (op == "from_bytes") {
    std::string b = S(1);
    return hex_of(bignum::from_bytes((const unsigned char*)b.data(), b.size(), f[2] == "little", f[3] == "1"));
  }
  // ---- numfmt ----
  if (op == "repr") return tohex(numfmt::float_repr(D(1)));
  if (op == "repr_exact") {  // the exact big-integer fallback alone
    numfmt::force_exact_digits = true;
    std::string r = numfmt::float_repr(D(1));
    numfmt::force_exact_digits = false;
    return tohex(r);
  }
  if (op == "parse_float") {
    double d;
    if (!numfmt::parse_float(S(1), &d)) return "ERR invalid";
    return dbl_hex(d);
  }
  if (op == "hex") return tohex(numfmt::float_hex(D(1)));
  if (op == "fromhex") {
    double d;
    numfmt::Error e;
    if (!numfmt::float_fromhex(S(1), &d, &e)) return err_str(e);
    return dbl_hex(d);
  }
  if (op == "ratio") {
    Num n, d;
    numfmt::Error e;
    if (!numfmt::as_integer_ratio(D(1), &n, &d, &e)) return err_str(e);
    return hex_of(n) + " " + hex_of(d);
  }
  if (op == "round0") return hex_of(bignum::from_double(numfmt::round_half_even(D(1))));
  if (op == "round") {
    double d;
    numfmt::Error e;
    if (!numfmt::float_round(D(1), std::stoll(f[2]), &d, &e)) return err_str(e);
    return dbl_hex(d);
  }
  if (op == "fhash") return std::to_string(numfmt::float_hash(D(1)));
  if (op == "fdivmod") {
    double q, r;
    numfmt::Error e;
    if (!numfmt::float_divmod(D(1), D(2), &q, &r, &e)) return err_str(e);
    double q2, r2;
    numfmt::float_floordiv(D(1), D(2), &q2, &e);
    numfmt::float_mod(D(1), D(2), &r2, &e);
    return dbl_hex(q) + " " + dbl_hex(r) + " " + dbl_hex(q2) + " " + dbl_hex(r2);
  }
  if (op == "format_int") return result_str(numfmt::format_int(I(1), S(2)));
  if (op == "format_i64") return result_str(numfmt::format_i64(std::stoll(f[1]), S(2)));
  if (op == "format_float") return result_str(numfmt::format_float(D(1), S(2)));
  if (op == "format_complex") return result_str(numfmt::format_complex(D(1), D(2), S(3)));
  if (op == "format_str") return result_str(numfmt::format_str(S(1), S(2)));
  if (op == "complex_repr") return tohex(numfmt::complex_repr(D(1), D(2)));
  if (op == "percent_int" || op == "percent_float") {
    // fields: value flags width precision conv   (width/precision -1 = absent)
    numfmt::PercentSpec ps;
    std::string flags = S(2);
    for (char c : flags) {
      if (c == '-') ps.left = true;
      if (c == '0') ps.zero = true;
      if (c == '+') ps.plus = true;
      if (c == ' ') ps.space = true;
      if (c == '#') ps.alternate = true;
    }
    ps.width = std::stoll(f[3]);
    ps.precision = std::stoll(f[4]);
    ps.conv = f[5][0];
    if (op == "percent_int") return result_str(numfmt::percent_int(I(1), ps));
    return result_str(numfmt::percent_float(D(1), ps));
  }
  if (op == "selftest") return selftest(std::stoull(f[1]), std::stoull(f[2]));
  return "ERR unknown-op";
}

int main() {
  std::ios::sync_with_stdio(false);
  std::string line;
  while (std::getline(std::cin, line)) {
    std::vector<std::string> f;
    size_t start = 0;
    for (;;) {
      size_t t = line.find('\t', start);
      f.push_back(line.substr(start, t == std::string::npos ? std::string::npos : t - start));
      if (t == std::string::npos) break;
      start = t + 1;
    }
    std::string out = run(f);
    std::cout << out << '\n';
  }
  return 0;
}
