// numfmt.cpp - float text conversions and the format mini-language with CPython 3.11's output.
//
// Sections:
//   1. UTF-8 and Unicode digit helpers
//   2. exact decimal digits of a double, rounding of digit strings
//   3. shortest round-trip digits
//   4. double_to_string: the layout of e/f/g/r results (the common engine)
//   5. float repr, parse, complex repr
//   6. float.hex / float.fromhex / as_integer_ratio
//   7. round, hash, floor division and modulo
//   8. format spec parsing
//   9. number layout: sign, prefix, grouping, zero padding, alignment
//  10. format_int / format_float / format_complex / format_str
//  11. printf-style '%' conversions

#include "objects/numfmt.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace coil::numfmt {

using bignum::Num;


static Error make_error(ErrKind k, std::string msg) {
  Error e;
  e.kind = k;
  e.message = std::move(msg);
  return e;
}

static Result fail(ErrKind k, std::string msg) {
  Result r;
  r.ok = false;
  r.error = make_error(k, std::move(msg));
  return r;
}

static Result success(std::string text) {
  Result r;
  r.text = std::move(text);
  return r;
}

// ============================================================================================
// 1. UTF-8 and Unicode digit helpers
// ============================================================================================

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) n++;
  return n;
}

void append_utf8(std::string* out, uint32_t cp) {
  if (cp < 0x80) {
    out->push_back((char)cp);
  } else if (cp < 0x800) {
    out->push_back((char)(0xC0 | (cp >> 6)));
    out->push_back((char)(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back((char)(0xE0 | (cp >> 12)));
    out->push_back((char)(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back((char)(0x80 | (cp & 0x3F)));
  } else {
    out->push_back((char)(0xF0 | (cp >> 18)));
    out->push_back((char)(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back((char)(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back((char)(0x80 | (cp & 0x3F)));
  }
}

// Decodes UTF-8 leniently (an invalid byte becomes its own code point).
static std::vector<uint32_t> decode_utf8(std::string_view s) {
  std::vector<uint32_t> r;
  r.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = (unsigned char)s[i];
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    if (i + len > s.size()) len = 1;
    uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len; k++) cp = (cp << 6) | ((unsigned char)s[i + k] & 0x3F);
    r.push_back(cp);
    i += (size_t)len;
  }
  return r;
}

// First code points of the 66 runs of ten Unicode decimal digits (category Nd, Unicode 14).
static const uint32_t kDigitZeros[] = {
    0x30,    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,
    0xc66,   0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,
    0x1810,  0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,
    0xa8d0,  0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066,
    0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0,
    0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
    0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0};

// The decimal value of a Unicode decimal digit, or -1.
static int unicode_decimal(uint32_t cp) {
  if (cp >= '0' && cp <= '9') return (int)(cp - '0');
  if (cp < 0x660) return -1;
  for (uint32_t z : kDigitZeros)
    if (cp >= z && cp < z + 10) return (int)(cp - z);
  return -1;
}

static std::string repeat_cp(uint32_t cp, int64_t n) {
  std::string s;
  if (n <= 0) return s;
  if (cp < 0x80) return std::string((size_t)n, (char)cp);
  std::string one;
  append_utf8(&one, cp);
  s.reserve(one.size() * (size_t)n);
  for (int64_t i = 0; i < n; i++) s += one;
  return s;
}

// ============================================================================================
// 2. exact decimal digits
// ============================================================================================

// A decimal value 0.D * 10^decpt with D free of leading and trailing zeros (empty for zero).
struct Decimal {
  std::string d;
  int decpt = 0;
};

// Exact decimal expansion of a finite double's magnitude (at most ~770 significant digits).
static Decimal exact_decimal(double x) {
  Decimal r;
  x = std::fabs(x);
  if (x == 0) return r;
  int e;
  double m = std::frexp(x, &e);
  uint64_t mant = (uint64_t)std::ldexp(m, 53);
  int e2 = e - 53;
  while ((mant & 1) == 0) {
    mant >>= 1;
    e2++;
  }
  Num n = bignum::from_u64(mant);
  int k = 0;
  if (e2 > 0) {
    bignum::lshift(n, (uint64_t)e2, &n);
  } else if (e2 < 0) {
    // m / 2^k == m * 5^k / 10^k
    k = -e2;
    int left = k;
    while (left >= 13) {
      n = bignum::mul_small(n, 1220703125u);  // 5^13
      left -= 13;
    }
    uint32_t p = 1;
    while (left-- > 0) p *= 5;
    if (p != 1) n = bignum::mul_small(n, p);
  }
  r.d = bignum::to_string(n, 10);
  r.decpt = (int)r.d.size() - k;
  while (!r.d.empty() && r.d.back() == '0') r.d.pop_back();
  return r;
}

// Rounds to n significant digits (n may be <= 0), half to even on the exact value.
static void round_decimal(Decimal& v, int64_t n) {
  if (n >= (int64_t)v.d.size()) return;
  if (n < 0) {
    v.d.clear();
    return;
  }
  size_t k = (size_t)n;
  char next = v.d[k];
  bool rest = v.d.size() > k + 1;  // any further digit is nonzero (no trailing zeros)
  bool last_odd = k > 0 && ((v.d[k - 1] - '0') & 1);
  bool up = next > '5' || (next == '5' && (rest || last_odd));
  v.d.resize(k);
  if (up) {
    size_t i = k;
    while (i > 0 && v.d[i - 1] == '9') {
      v.d[i - 1] = '0';
      i--;
    }
    if (i == 0) {
      v.d.insert(v.d.begin(), '1');
      v.decpt++;
    } else {
      v.d[i - 1]++;
    }
  }
  while (!v.d.empty() && v.d.back() == '0') v.d.pop_back();
}

// ============================================================================================
// 3. shortest round-trip digits
// ============================================================================================

static bool round_trips(const std::string& digits, int decpt, double x) {
  char buf[64];
  if (digits.size() > 40) return false;
  std::snprintf(buf, sizeof buf, "0.%se%d", digits.c_str(), decpt);
  return std::strtod(buf, nullptr) == x;
}

// Shortest digits that read back as |x| (finite, nonzero); among those, the nearest to x.
static Decimal shortest_portable(double x) {
  x = std::fabs(x);
  Decimal ex = exact_decimal(x);
  if (ex.d.size() <= 15) return ex;
  if (x < 2.2250738585072014e-308) {
    // Subnormals have fewer significant bits: search upwards (their intervals are symmetric,
    // so the first length whose correctly rounded digits read back is the shortest).
    for (int n = 1; n < 17; n++) {
      Decimal c = ex;
      round_decimal(c, n);
      if (round_trips(c.d, c.decpt, x)) return c;
    }
    Decimal c = ex;
    round_decimal(c, 17);
    return c;
  }
  // If any string of at most 15 digits reads back as x, the correctly rounded 15-digit one does.
  Decimal c = ex;
  round_decimal(c, 15);
  if (round_trips(c.d, c.decpt, x)) return c;
  c = ex;
  round_decimal(c, 16);
  if (round_trips(c.d, c.decpt, x)) return c;
  if (ex.d.size() > 16) {
    // At a power of two the interval is lopsided: the other 16-digit neighbour may work.
    Decimal down = ex;
    down.d.resize(16);
    Decimal up = down;
    {
      size_t i = 16;
      while (i > 0 && up.d[i - 1] == '9') {
        up.d[i - 1] = '0';
        i--;
      }
      if (i == 0) {
        up.d.insert(up.d.begin(), '1');
        up.decpt++;
      } else {
        up.d[i - 1]++;
      }
    }
    while (!down.d.empty() && down.d.back() == '0') down.d.pop_back();
    while (!up.d.empty() && up.d.back() == '0') up.d.pop_back();
    Decimal& other = (c.d == down.d && c.decpt == down.decpt) ? up : down;
    if (round_trips(other.d, other.decpt, x)) return other;
  }
  c = ex;
  round_decimal(c, 17);
  return c;
}

static bool shortest_fast(double x, Decimal* out);

static Decimal shortest_decimal(double x) {
  Decimal r;
  if (!force_exact_digits && shortest_fast(x, &r)) return r;
  exact_fallbacks++;
  return shortest_portable(x);
}

// ============================================================================================
// 3a. fast digits: 128-bit scaled arithmetic with a certified error, exact fallback
// ============================================================================================
//
// v = m * 2^e is scaled by 10^-k (k chosen so that v * 10^-k lies in [10^17, 10^19)) using a
// truncated 128-bit significand of 10^-k. Scaled values carry 64 fraction bits and are below
// the true value by less than 3 units of 2^-64. Every decision that could flip within that error
// (a boundary too close to an integer, a remainder too close to one half) returns false, and the
// caller uses the exact big-integer method instead.

bool force_exact_digits = false;
uint64_t exact_fallbacks = 0;

using u128 = unsigned __int128;

namespace {

struct Pow10Entry {
  uint64_t hi = 0, lo = 0;  // T in [2^127, 2^128): 10^-k = T * 2^b, T truncated
  int32_t b = 0;
};

constexpr int kMinK = -345, kMaxK = 295;

struct Pow10Table {
  Pow10Entry e[kMaxK - kMinK + 1];
  Pow10Table() {
    Num p = bignum::from_u64(1);  // 10^j
    for (int j = 0; j <= std::max(-kMinK, kMaxK); j++) {
      uint64_t bl = bignum::bit_length(p);
      if (-j >= kMinK) {  // k = -j <= 0: 10^-k = 10^j, an integer
        Num t;
        if (bl <= 128)
          bignum::lshift(p, 128 - bl, &t);
        else
          t = bignum::rshift(p, bl - 128);
        set(-j, t, (int32_t)bl - 128);
      }
      if (j > 0 && j <= kMaxK) {  // k = j > 0: 10^-k = floor(2^(bl+127) / 10^k) * 2^-(bl+127)
        Num n, q;
        bignum::lshift(bignum::from_u64(1), bl + 127, &n);
        bignum::divmod(n, p, &q, nullptr);
        set(j, q, -(int32_t)(bl + 127));
      }
      p = bignum::mul_small(p, 10);
    }
  }
  void set(int k, const Num& t, int32_t b) {
    Pow10Entry& en = e[k - kMinK];
    uint32_t w[4] = {0, 0, 0, 0};
    for (size_t i = 0; i < t.mag.size() && i < 4; i++) w[i] = t.mag[i];
    en.lo = (uint64_t)w[0] | ((uint64_t)w[1] << 32);
    en.hi = (uint64_t)w[2] | ((uint64_t)w[3] << 32);
    en.b = b;
  }
};

const Pow10Table& pow10_table() {
  static const Pow10Table table;
  return table;
}

// floor(u * T / 2^s) for u < 2^57, 1 <= s <= 127; false if the result does not fit 128 bits.
bool mul_shift(uint64_t u, const Pow10Entry& t, int s, u128* out) {
  u128 plo = (u128)u * t.lo, phi = (u128)u * t.hi;
  u128 mid = (plo >> 64) + (uint64_t)phi;
  uint64_t w0 = (uint64_t)plo, w1 = (uint64_t)mid;
  uint64_t w2 = (uint64_t)((phi >> 64) + (mid >> 64));
  if (s < 1 || s > 127) return false;
  if (s >= 64) {
    u128 top = ((u128)w2 << 64) | w1;
    *out = top >> (s - 64);
    return true;
  }
  if (w2 >> s) return false;  // would not fit
  *out = ((u128)w2 << (128 - s)) | ((((u128)w1 << 64) | w0) >> s);
  return true;
}

const uint64_t kPow10[20] = {1ull,
                             10ull,
                             100ull,
                             1000ull,
                             10000ull,
                             100000ull,
                             1000000ull,
                             10000000ull,
                             100000000ull,
                             1000000000ull,
                             10000000000ull,
                             100000000000ull,
                             1000000000000ull,
                             10000000000000ull,
                             100000000000000ull,
                             1000000000000000ull,
                             10000000000000000ull,
                             100000000000000000ull,
                             1000000000000000000ull,
                             10000000000000000000ull};

int digits_u64(uint64_t v) {
  int n = 1;
  while (n < 20 && v >= kPow10[n]) n++;
  return n;
}

// A finite nonzero |x| as m * 2^e with m < 2^53; *k the scaling exponent.
struct Scaled {
  uint64_t m;
  int e;
  int k;
  const Pow10Entry* t;
};

bool scale(double x, Scaled* sc) {
  int ex;
  double fr = std::frexp(std::fabs(x), &ex);
  uint64_t m = (uint64_t)std::ldexp(fr, 53);
  int e = ex - 53;
  if (e < -1074) {  // subnormal: frexp normalised it; undo to an integer significand
    int sh = -1074 - e;
    m >>= sh;
    e = -1074;
  }
  int bitlen = 64 - __builtin_clzll(m);
  int p2 = e + bitlen - 1;  // x in [2^p2, 2^(p2+1))
  // floor(p2 * log10(2)) in integers (1292913986 / 2^32 ~ log10(2); exact for |p2| < 2^11)
  int E = (int)(((int64_t)p2 * 1292913986) >> 32);
  int k = E - 17;
  if (k < kMinK || k > kMaxK) return false;
  sc->m = m;
  sc->e = e;
  sc->k = k;
  sc->t = &pow10_table().e[k - kMinK];
  return true;
}

// u * 2^E2 * 10^-k with 64 fraction bits.
bool scaled_value(const Scaled& sc, uint64_t u, int E2, u128* out) {
  int s = -(E2 + sc.t->b + 64);
  return mul_shift(u, *sc.t, s, out);
}

const uint64_t kSlack = 4;  // > the 3-unit error bound

bool near_integer(uint64_t frac) { return frac < kSlack || frac > ~(uint64_t)0 - kSlack; }

void set_decimal(uint64_t c, int64_t exp10, Decimal* out) {
  // value = c * 10^exp10
  while (c % 10 == 0) {
    c /= 10;
    exp10++;
  }
  out->d = std::to_string(c);
  out->decpt = (int)((int64_t)out->d.size() + exp10);
}

// Rounds (r + f/2^64) / p against one half: -1 below, +1 above, 0 too close to call.
int compare_half(uint64_t r, uint64_t f, uint64_t p) {
  u128 num = ((u128)r << 64) | f;
  u128 half = (u128)p << 63;
  if (num + kSlack < half) return -1;
  if (num > half + kSlack) return 1;
  return 0;
}

}  // namespace

// Shortest digits of finite nonzero x, or false if the fast path cannot certify them.
static bool shortest_fast(double x, Decimal* out) {
  Scaled sc;
  if (!scale(x, &sc)) return false;
  uint64_t m = sc.m;
  bool lopsided = (m == ((uint64_t)1 << 52)) && sc.e > -1074;
  u128 L, V, H;
  if (!scaled_value(sc, lopsided ? 4 * m - 1 : 4 * m - 2, sc.e - 2, &L) ||
      !scaled_value(sc, 4 * m, sc.e - 2, &V) || !scaled_value(sc, 4 * m + 2, sc.e - 2, &H))
    return false;
  uint64_t Li = (uint64_t)(L >> 64), Lf = (uint64_t)L, Hi = (uint64_t)(H >> 64), Hf = (uint64_t)H;
  uint64_t Vi = (uint64_t)(V >> 64), Vf = (uint64_t)V;
  if (near_integer(Lf) || near_integer(Hf)) return false;
  // Candidates: integers c with Li < c <= Hi. Find the coarsest power of ten with a multiple there.
  int d = 0;
  uint64_t p = 1;
  while (d < 19) {
    uint64_t np = kPow10[d + 1];
    if (Hi / np * np > Li) {
      p = np;
      d++;
    } else {
      break;
    }
  }
  if (Hi / p * p <= Li) return false;  // no candidate at all (cannot happen)
  uint64_t q = Vi / p, r = Vi % p;
  int cmp = compare_half(r, Vf, p);
  if (cmp == 0) return false;
  uint64_t c = q + (cmp > 0 ? 1 : 0);
  if ((u128)c * p <= Li) c++;
  if ((u128)c * p > Hi) c--;
  if ((u128)c * p <= Li || (u128)c * p > Hi) return false;
  set_decimal(c, (int64_t)d + sc.k, out);
  return true;
}

// x rounded to n significant digits (1 <= n <= 17), or false when not certain.
// For mode 'f' pass n = -1 and frac_digits: the count is derived from the decimal exponent.
static bool rounded_fast(double x, int64_t n, int64_t frac_digits, Decimal* out) {
  Scaled sc;
  if (!scale(x, &sc)) return false;
  u128 V;
  if (!scaled_value(sc, sc.m, sc.e, &V)) return false;
  uint64_t Vi = (uint64_t)(V >> 64), Vf = (uint64_t)V;
  int D = digits_u64(Vi);  // 18 or 19
  int64_t decpt = (int64_t)D + sc.k;
  if (n < 0) n = decpt + frac_digits;
  if (n < 1 || n > 17 || n >= D) return false;
  uint64_t p = kPow10[D - n];
  uint64_t q = Vi / p, r = Vi % p;
  int cmp = compare_half(r, Vf, p);
  if (cmp == 0) return false;
  if (cmp > 0) {
    q++;
    if (q == kPow10[n]) {
      q = kPow10[n - 1];
      decpt++;
    }
  }
  if (q == 0) return false;
  set_decimal(q, decpt - n, out);
  return true;
}

// ============================================================================================
// 4. double_to_string
// ============================================================================================

std::string double_to_string(double x, char type, int precision, unsigned flags) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  char lt = (char)(upper ? type - 'A' + 'a' : type);
  std::string out;
  if (std::isnan(x)) {
    if (flags & kSign) out.push_back('+');
    out += upper ? "NAN" : "nan";
    return out;
  }
  bool neg = std::signbit(x);
  if (std::isinf(x)) {
    if (neg)
      out.push_back('-');
    else if (flags & kSign)
      out.push_back('+');
    out += upper ? "INF" : "inf";
    return out;
  }
  if (precision < 0) precision = 0;
  bool add_dot_0 = (flags & kAddDot0) != 0, alt = (flags & kAlt) != 0;
  Decimal v;
  int64_t p = precision;
  if (lt == 'r') {
    if (x != 0) v = shortest_decimal(x);
  } else if (x != 0 && !force_exact_digits &&
             rounded_fast(x, lt == 'e' ? p + 1 : lt == 'g' ? (p == 0 ? 1 : p) : -1, lt == 'f' ? p : 0, &v)) {
    // done: certified by the fast path
  } else {
    if (x != 0 && !force_exact_digits) exact_fallbacks++;
    v = exact_decimal(x);
    if (v.d.empty()) {
      // zero: nothing to round
    } else if (lt == 'e') {
      round_decimal(v, p + 1);
    } else if (lt == 'f') {
      round_decimal(v, (int64_t)v.decpt + p);
    } else {  // 'g'
      if (p == 0) p = 1;
      round_decimal(v, p);
    }
  }
  if (v.d.empty()) {
    v.d = "0";
    v.decpt = 1;
  }
  if ((flags & kNoNegZero) && v.d == "0") neg = false;
  int64_t decpt = v.decpt, nd = (int64_t)v.d.size();
  int64_t vend = nd;
  bool use_exp = false;
  switch (lt) {
    case 'e':
      use_exp = true;
      vend = p + 1;
      break;
    case 'f':
      vend = decpt + p;
      break;
    case 'g':
      if (p == 0) p = 1;
      if (decpt <= -4 || decpt > (add_dot_0 ? p - 1 : p)) use_exp = true;
      if (alt) vend = p;
      break;
    default:  // 'r'
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  int64_t exp10 = 0;
  if (use_exp) {
    exp10 = decpt - 1;
    decpt = 1;
  }
  if (!use_exp && add_dot_0)
    vend = std::max(vend, decpt + 1);
  else
    vend = std::max(vend, decpt);
  if (neg)
    out.push_back('-');
  else if (flags & kSign)
    out.push_back('+');
  if (decpt <= 0) {
    out += "0.";
    out.append((size_t)(-decpt), '0');
    out += v.d;
    if (vend > nd) out.append((size_t)(vend - nd), '0');
  } else if (decpt <= nd) {
    out.append(v.d, 0, (size_t)decpt);
    out.push_back('.');
    out.append(v.d, (size_t)decpt, std::string::npos);
    if (vend > nd) out.append((size_t)(vend - nd), '0');
  } else {
    out += v.d;
    out.append((size_t)(decpt - nd), '0');
    out.push_back('.');
    if (vend > decpt) out.append((size_t)(vend - decpt), '0');
  }
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    out.push_back(upper ? 'E' : 'e');
    char buf[16];
    std::snprintf(buf, sizeof buf, "%c%02d", exp10 < 0 ? '-' : '+', (int)(exp10 < 0 ? -exp10 : exp10));
    out += buf;
  }
  return out;
}

// ============================================================================================
// 5. float repr, parse, complex repr
// ============================================================================================

std::string float_repr(double d) { return double_to_string(d, 'r', 0, kAddDot0); }

std::string complex_repr(double re, double im) {
  if (re == 0.0 && !std::signbit(re)) return double_to_string(im, 'r', 0, 0) + "j";
  return "(" + double_to_string(re, 'r', 0, 0) + double_to_string(im, 'r', 0, kSign) + "j)";
}

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

static bool ieq(std::string_view a, const char* b) {
  size_t n = std::strlen(b);
  if (a.size() != n) return false;
  for (size_t i = 0; i < n; i++) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    if (c != b[i]) return false;
  }
  return true;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Parses digit ('_'? digit)* at s[*i]; appends the digits to out. Returns false if no digit.
static bool scan_digitpart(std::string_view s, size_t* i, std::string* out) {
  size_t j = *i;
  if (j >= s.size() || !is_digit(s[j])) return false;
  while (j < s.size()) {
    if (is_digit(s[j])) {
      out->push_back(s[j]);
      j++;
    } else if (s[j] == '_' && j + 1 < s.size() && is_digit(s[j + 1])) {
      j++;
    } else {
      break;
    }
  }
  *i = j;
  return true;
}

bool parse_float(std::string_view text, double* out) {
  size_t b = 0, e = text.size();
  while (b < e && is_space(text[b])) b++;
  while (e > b && is_space(text[e - 1])) e--;
  std::string_view s = text.substr(b, e - b);
  bool neg = false;
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    i++;
  }
  std::string_view body = s.substr(i);
  if (ieq(body, "inf") || ieq(body, "infinity")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (ieq(body, "nan")) {
    *out = neg ? -std::nan("") : std::nan("");
    return true;
  }
  std::string clean;
  if (neg) clean.push_back('-');
  bool int_digits = scan_digitpart(s, &i, &clean);
  bool frac_digits = false;
  if (i < s.size() && s[i] == '.') {
    clean.push_back('.');
    i++;
    frac_digits = scan_digitpart(s, &i, &clean);
  }
  if (!int_digits && !frac_digits) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    clean.push_back('e');
    i++;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) clean.push_back(s[i++]);
    if (!scan_digitpart(s, &i, &clean)) return false;
  }
  if (i != s.size()) return false;
  *out = std::strtod(clean.c_str(), nullptr);
  return true;
}

// ============================================================================================
// 6. float.hex, float.fromhex, as_integer_ratio
// ============================================================================================

std::string float_hex(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d < 0 ? "-inf" : "inf";
  std::string s = std::signbit(d) ? "-" : "";
  if (d == 0) return s + "0x0.0p+0";
  int e;
  double m = std::frexp(std::fabs(d), &e);  // |d| = m * 2^e, m in [0.5, 1)
  uint64_t frac;
  int lead, exp2;
  if (e - 1 >= -1022) {
    uint64_t mant = (uint64_t)std::ldexp(m, 53);  // 1.f * 2^52
    lead = 1;
    frac = mant - ((uint64_t)1 << 52);
    exp2 = e - 1;
  } else {
    lead = 0;
    frac = (uint64_t)std::ldexp(std::fabs(d), 1074);  // 0.f * 2^-1022: f * 2^-1074
    exp2 = -1022;
  }
  char buf[48];
  std::snprintf(buf, sizeof buf, "0x%d.%013llxp%c%d", lead, (unsigned long long)frac, exp2 < 0 ? '-' : '+',
                exp2 < 0 ? -exp2 : exp2);
  return s + buf;
}

static int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool float_fromhex(std::string_view text, double* out, Error* err) {
  const char* kInvalid = "invalid hexadecimal floating-point string";
  size_t b = 0, e = text.size();
  while (b < e && is_space(text[b])) b++;
  while (e > b && is_space(text[e - 1])) e--;
  std::string_view s = text.substr(b, e - b);
  size_t i = 0;
  bool neg = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    neg = s[i] == '-';
    i++;
  }
  std::string_view body = s.substr(i);
  if (ieq(body, "inf") || ieq(body, "infinity")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (ieq(body, "nan")) {
    *out = neg ? -std::nan("") : std::nan("");
    return true;
  }
  if (i + 1 < s.size() && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
  std::string digits;
  int64_t frac_count = 0;
  while (i < s.size() && hex_value(s[i]) >= 0) digits.push_back(s[i++]);
  if (i < s.size() && s[i] == '.') {
    i++;
    while (i < s.size() && hex_value(s[i]) >= 0) {
      digits.push_back(s[i++]);
      frac_count++;
    }
  }
  if (digits.empty()) {
    *err = make_error(ErrKind::ValueError, kInvalid);
    return false;
  }
  int64_t exp = 0;
  if (i < s.size() && (s[i] == 'p' || s[i] == 'P')) {
    i++;
    bool eneg = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      eneg = s[i] == '-';
      i++;
    }
    if (i >= s.size() || !is_digit(s[i])) {
      *err = make_error(ErrKind::ValueError, kInvalid);
      return false;
    }
    while (i < s.size() && is_digit(s[i])) {
      if (exp < ((int64_t)1 << 40)) exp = exp * 10 + (s[i] - '0');
      i++;
    }
    if (eneg) exp = -exp;
  }
  if (i != s.size()) {
    *err = make_error(ErrKind::ValueError, kInvalid);
    return false;
  }
  // strip leading zeros (they do not change the value)
  size_t z = 0;
  while (z + 1 < digits.size() && digits[z] == '0') z++;
  Num n;
  bignum::from_string(std::string_view(digits).substr(z), 16, &n);
  if (n.is_zero()) {
    *out = neg ? -0.0 : 0.0;
    return true;
  }
  int64_t E = exp - 4 * frac_count;              // value = n * 2^E
  int64_t top = (int64_t)bignum::bit_length(n) - 1 + E;  // value in [2^top, 2^(top+1))
  if (top >= 1024) {
    *err = make_error(ErrKind::OverflowError, "hexadecimal value too large to represent as a float");
    return false;
  }
  if (top < -1076) {
    *out = neg ? -0.0 : 0.0;
    return true;
  }
  int64_t s2 = std::max(top - 52, (int64_t)-1074);  // exponent of the result's last bit
  int64_t shift = s2 - E;
  uint64_t q;
  if (shift <= 0) {
    Num t;
    bignum::lshift(n, (uint64_t)(-shift), &t);
    bool of;
    q = bignum::to_u64(t, &of);
  } else {
    Num t = bignum::rshift(n, (uint64_t)shift);
    bool of;
    q = bignum::to_u64(t, &of);
    Num back;
    bignum::lshift(t, (uint64_t)shift, &back);
    Num rem = bignum::sub(n, back);
    Num half;
    bignum::lshift(bignum::from_u64(1), (uint64_t)(shift - 1), &half);
    int c = bignum::compare(rem, half);
    if (c > 0 || (c == 0 && (q & 1))) q++;
  }
  double r = std::ldexp((double)q, (int)s2);
  if (std::isinf(r)) {
    *err = make_error(ErrKind::OverflowError, "hexadecimal value too large to represent as a float");
    return false;
  }
  *out = neg ? -r : r;
  return true;
}

bool as_integer_ratio(double d, Num* num, Num* den, Error* err) {
  if (std::isinf(d)) {
    *err = make_error(ErrKind::OverflowError, "cannot convert Infinity to integer ratio");
    return false;
  }
  if (std::isnan(d)) {
    *err = make_error(ErrKind::ValueError, "cannot convert NaN to integer ratio");
    return false;
  }
  if (d == 0) {
    *num = Num();
    *den = bignum::from_u64(1);
    return true;
  }
  int e;
  double m = std::frexp(std::fabs(d), &e);
  uint64_t mant = (uint64_t)std::ldexp(m, 53);
  int e2 = e - 53;
  while ((mant & 1) == 0) {
    mant >>= 1;
    e2++;
  }
  Num n = bignum::from_u64(mant);
  if (e2 >= 0) {
    bignum::lshift(n, (uint64_t)e2, num);
    *den = bignum::from_u64(1);
  } else {
    *num = n;
    bignum::lshift(bignum::from_u64(1), (uint64_t)(-e2), den);
  }
  if (d < 0) *num = bignum::neg(*num);
  return true;
}

// ============================================================================================
// 7. round, hash, floor division and modulo
// ============================================================================================

double round_half_even(double x) { return std::nearbyint(x); }

bool float_round(double x, int64_t ndigits, double* out, Error* err) {
  if (!std::isfinite(x)) {
    *out = x;
    return true;
  }
  // Beyond these every double rounds to itself / to a signed zero.
  const int64_t kMax = 323, kMin = -308;
  if (ndigits > kMax) {
    *out = x;
    return true;
  }
  if (ndigits < kMin) {
    *out = std::copysign(0.0, x);
    return true;
  }
  Decimal v = exact_decimal(x);
  round_decimal(v, (int64_t)v.decpt + ndigits);
  std::string s = std::signbit(x) ? "-0." : "0.";
  s += v.d;
  s += "e" + std::to_string(v.decpt);
  double r = std::strtod(s.c_str(), nullptr);
  if (std::isinf(r)) {
    *err = make_error(ErrKind::OverflowError, "rounded value too large to represent");
    return false;
  }
  *out = r;
  return true;
}

int64_t float_hash(double x) {
  const uint64_t P = ((uint64_t)1 << 61) - 1;
  if (std::isinf(x)) return x > 0 ? 314159 : -314159;
  if (std::isnan(x) || x == 0) return 0;
  // |x| = mant * 2^e2 exactly, mant < 2^53 < P
  int e;
  double m = std::frexp(std::fabs(x), &e);
  uint64_t h = (uint64_t)std::ldexp(m, 53);
  int64_t e2 = (int64_t)e - 53;
  // multiply by 2^e2 mod P: 2^61 == 1 (mod P), so rotate the 61-bit value by e2 mod 61
  int64_t r = e2 % 61;
  if (r < 0) r += 61;
  if (r) h = ((h << r) & P) | (h >> (61 - r));
  if (h >= P) h -= P;
  int64_t res = (int64_t)h;
  if (x < 0) res = -res;
  if (res == -1) res = -2;
  return res;
}

bool float_mod(double a, double b, double* out, Error* err) {
  if (b == 0) {
    *err = make_error(ErrKind::ZeroDivisionError, "float modulo");
    return false;
  }
  double mod = std::fmod(a, b);
  if (mod != 0) {
    if ((b < 0) != (mod < 0)) mod += b;
  } else {
    mod = std::copysign(0.0, b);
  }
  *out = mod;
  return true;
}

static void divmod_core(double a, double b, double* q, double* r) {
  double mod = std::fmod(a, b);
  double div = (a - mod) / b;
  if (mod != 0) {
    if ((b < 0) != (mod < 0)) {
      mod += b;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, b);
  }
  double floordiv;
  if (div != 0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, a / b);
  }
  *q = floordiv;
  *r = mod;
}

bool float_floordiv(double a, double b, double* out, Error* err) {
  if (b == 0) {
    *err = make_error(ErrKind::ZeroDivisionError, "float floor division by zero");
    return false;
  }
  double r;
  divmod_core(a, b, out, &r);
  return true;
}

bool float_divmod(double a, double b, double* q, double* r, Error* err) {
  if (b == 0) {
    *err = make_error(ErrKind::ZeroDivisionError, "float divmod()");
    return false;
  }
  divmod_core(a, b, q, r);
  return true;
}

// ============================================================================================
// 8. format spec parsing
// ============================================================================================

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

static std::string code_repr(uint32_t c) {
  std::string s;
  if (c > 32 && c < 128) {
    s.push_back((char)c);
  } else {
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\x%x", (unsigned)c);
    s = buf;
  }
  return s;
}

// Reads a run of decimal digits; returns the count consumed, or -1 on overflow.
static int64_t read_integer(const std::vector<uint32_t>& s, size_t* pos, int64_t* value) {
  int64_t acc = 0, n = 0;
  while (*pos < s.size()) {
    int d = unicode_decimal(s[*pos]);
    if (d < 0) break;
    if (acc > (INT64_MAX - d) / 10) return -1;
    acc = acc * 10 + d;
    (*pos)++;
    n++;
  }
  *value = acc;
  return n;
}

bool parse_format_spec(std::string_view spec, uint32_t default_type, char default_align,
                       std::string_view type_name, FormatSpec* out, Error* err) {
  std::vector<uint32_t> s = decode_utf8(spec);
  FormatSpec f;
  f.align = default_align;
  f.type = default_type;
  size_t pos = 0, end = s.size();
  if (end - pos >= 2 && is_align(s[pos + 1])) {
    f.fill = s[pos];
    f.fill_given = true;
    f.align = (char)s[pos + 1];
    f.align_given = true;
    pos += 2;
  } else if (end - pos >= 1 && is_align(s[pos])) {
    f.align = (char)s[pos];
    f.align_given = true;
    pos++;
  }
  if (pos < end && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f.sign = (char)s[pos++];
  if (pos < end && s[pos] == 'z') {
    f.no_neg_zero = true;
    pos++;
  }
  if (pos < end && s[pos] == '#') {
    f.alternate = true;
    pos++;
  }
  if (!f.fill_given && pos < end && s[pos] == '0') {
    f.fill = '0';
    if (!f.align_given && default_align == '>') f.align = '=';
    pos++;
  }
  int64_t v;
  int64_t consumed = read_integer(s, &pos, &v);
  if (consumed < 0) {
    *err = make_error(ErrKind::ValueError, "Too many decimal digits in format string");
    return false;
  }
  f.width = consumed ? v : -1;
  if (pos < end && s[pos] == ',') {
    f.grouping = ',';
    pos++;
  }
  if (pos < end && s[pos] == '_') {
    if (f.grouping) {
      *err = make_error(ErrKind::ValueError, "Cannot specify both ',' and '_'.");
      return false;
    }
    f.grouping = '_';
    pos++;
  }
  if (pos < end && s[pos] == ',' && f.grouping == '_') {
    *err = make_error(ErrKind::ValueError, "Cannot specify both ',' and '_'.");
    return false;
  }
  if (pos < end && s[pos] == '.') {
    pos++;
    consumed = read_integer(s, &pos, &v);
    if (consumed < 0) {
      *err = make_error(ErrKind::ValueError, "Too many decimal digits in format string");
      return false;
    }
    if (consumed == 0) {
      *err = make_error(ErrKind::ValueError, "Format specifier missing precision");
      return false;
    }
    f.precision = v;
  }
  if (end - pos > 1) {
    *err = make_error(ErrKind::ValueError, "Invalid format specifier '" + std::string(spec) +
                                               "' for object of type '" + std::string(type_name) + "'");
    return false;
  }
  if (end - pos == 1) f.type = s[pos];
  if (f.grouping) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping == '_') {
          f.grouping_size = 4;
          break;
        }
        [[fallthrough]];
      default:
        *err = make_error(ErrKind::ValueError, std::string("Cannot specify '") + f.grouping + "' with '" +
                                                   code_repr(f.type) + "'.");
        return false;
    }
  }
  *out = f;
  return true;
}

static Error unknown_code(uint32_t type, std::string_view type_name) {
  return make_error(ErrKind::ValueError, "Unknown format code '" + code_repr(type) + "' for object of type '" +
                                             std::string(type_name) + "'");
}

// ============================================================================================
// 9. number layout
// ============================================================================================

// Digits with group separators and, when min_width asks for it, leading zeros (which are
// grouped too). Digits are counted in code points (the 'c' type passes one arbitrary char).
static std::string group_digits(std::string_view digits, int64_t min_width, char sep, int gsize) {
  int64_t n = (int64_t)utf8_length(digits);
  if (!sep) {
    int64_t l = std::max({n, min_width, (int64_t)1});
    std::string r((size_t)(l - n), '0');
    r += digits;
    return r;
  }
  // digits are ASCII here (separators are only allowed for numeric types)
  std::vector<std::string> pieces;
  int64_t remaining = n, mw = min_width;
  for (;;) {
    int64_t l = std::min((int64_t)gsize, std::max({remaining, mw, (int64_t)1}));
    int64_t zeros = std::max((int64_t)0, l - remaining);
    int64_t chars = std::max((int64_t)0, std::min(remaining, l));
    std::string piece((size_t)zeros, '0');
    piece.append(digits.substr((size_t)(remaining - chars), (size_t)chars));
    pieces.push_back(std::move(piece));
    remaining -= chars;
    mw -= l;
    if (remaining <= 0 && mw <= 0) break;
    mw -= 1;
  }
  std::string r;
  for (size_t i = pieces.size(); i-- > 0;) {
    r += pieces[i];
    if (i) r.push_back(sep);
  }
  return r;
}

static std::string pad_body(std::string_view body, int64_t body_len, const FormatSpec& f) {
  int64_t pad = f.width > body_len ? f.width - body_len : 0;
  if (pad == 0) return std::string(body);
  std::string r;
  if (f.align == '<') {
    r = std::string(body) + repeat_cp(f.fill, pad);
  } else if (f.align == '^') {
    int64_t left = pad / 2;
    r = repeat_cp(f.fill, left) + std::string(body) + repeat_cp(f.fill, pad - left);
  } else {
    r = repeat_cp(f.fill, pad) + std::string(body);
  }
  return r;
}

// Lays out sign, prefix, digits (grouped) and the rest (decimal point, fraction, exponent...).
static std::string layout_number(bool negative, std::string_view prefix, std::string_view digits,
                                 std::string_view rest, const FormatSpec& f, char sep, int gsize) {
  std::string sign;
  if (negative)
    sign = "-";
  else if (f.sign == '+')
    sign = "+";
  else if (f.sign == ' ')
    sign = " ";
  int64_t lead = (int64_t)(sign.size() + prefix.size());
  int64_t rest_len = (int64_t)utf8_length(rest);
  int64_t min_width = 0;
  if (f.fill == '0' && f.align == '=') min_width = f.width - lead - rest_len;
  std::string grouped = digits.empty() ? std::string() : group_digits(digits, min_width, sep, gsize);
  int64_t total = lead + (int64_t)utf8_length(grouped) + rest_len;
  int64_t pad = f.width > total ? f.width - total : 0;
  std::string r;
  if (f.align == '=' && pad > 0) {
    r = sign + std::string(prefix) + repeat_cp(f.fill, pad) + grouped + std::string(rest);
    return r;
  }
  std::string body = sign + std::string(prefix) + grouped + std::string(rest);
  return pad_body(body, total, f);
}

// Splits "-123.45e+06" into sign, leading digits and the rest.
static void split_number(const std::string& s, bool* neg, std::string_view* digits, std::string_view* rest) {
  std::string_view v(s);
  *neg = !v.empty() && v[0] == '-';
  if (*neg) v.remove_prefix(1);
  size_t i = 0;
  while (i < v.size() && is_digit(v[i])) i++;
  *digits = v.substr(0, i);
  *rest = v.substr(i);
}

// ============================================================================================
// 10. format_int / format_float / format_complex / format_str
// ============================================================================================

static const int64_t kMaxWidth = (int64_t)1 << 30;  // larger paddings report MemoryError

static Result format_float_parsed(double v, const FormatSpec& f) {
  if (f.precision > INT_MAX) return fail(ErrKind::ValueError, "precision too big");
  if (f.width > kMaxWidth || f.precision > kMaxWidth) return fail(ErrKind::MemoryError, "");
  uint32_t type = f.type;
  unsigned flags = 0;
  int default_precision = 6;
  bool add_pct = false;
  if (f.alternate) flags |= kAlt;
  if (f.no_neg_zero) flags |= kNoNegZero;
  if (type == 0) {
    flags |= kAddDot0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  if (type == '%') {
    type = 'f';
    v *= 100;
    add_pct = true;
  }
  int precision;
  if (f.precision < 0) {
    precision = default_precision;
  } else {
    precision = (int)f.precision;
    if (type == 'r') type = 'g';
  }
  std::string buf = double_to_string(v, (char)type, precision, flags);
  if (add_pct) buf.push_back('%');
  if (f.sign != '+' && f.sign != ' ' && f.width == -1 && f.type != 'n' && !f.grouping) return success(buf);
  bool neg;
  std::string_view digits, rest;
  split_number(buf, &neg, &digits, &rest);
  char sep = f.type == 'n' ? 0 : f.grouping;
  return success(layout_number(neg, "", digits, rest, f, sep, 3));
}

Result format_float(double v, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return success(float_repr(v));
  FormatSpec f;
  Error err;
  if (!parse_format_spec(spec, 0, '>', type_name, &f, &err)) return Result{false, "", err};
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return format_float_parsed(v, f);
    default:
      return Result{false, "", unknown_code(f.type, type_name)};
  }
}

Result format_int(const Num& v, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return success(bignum::to_string(v, 10));
  FormatSpec f;
  Error err;
  if (!parse_format_spec(spec, 'd', '>', type_name, &f, &err)) return Result{false, "", err};
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      bool of;
      double d = bignum::to_double(v, &of);
      if (of) return fail(ErrKind::OverflowError, "int too large to convert to float");
      return format_float_parsed(d, f);
    }
    default:
      return Result{false, "", unknown_code(f.type, type_name)};
  }
  if (f.precision != -1) return fail(ErrKind::ValueError, "Precision not allowed in integer format specifier");
  if (f.no_neg_zero)
    return fail(ErrKind::ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  if (f.width > kMaxWidth) return fail(ErrKind::MemoryError, "");
  if (f.type == 'c') {
    if (f.sign) return fail(ErrKind::ValueError, "Sign not allowed with integer format specifier 'c'");
    if (f.alternate)
      return fail(ErrKind::ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    bool of;
    int64_t x = bignum::to_i64(v, &of);
    if (of) return fail(ErrKind::OverflowError, "Python int too large to convert to C long");
    if (x < 0 || x > 0x10ffff) return fail(ErrKind::OverflowError, "%c arg not in range(0x110000)");
    std::string ch;
    append_utf8(&ch, (uint32_t)x);
    return success(layout_number(false, "", ch, "", f, 0, 3));
  }
  int base = 10;
  const char* prefix = "";
  switch (f.type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
  }
  std::string digits = bignum::to_string(bignum::abs(v), base);
  if (f.type == 'X')
    for (char& c : digits)
      if (c >= 'a' && c <= 'f') c = (char)(c - 'a' + 'A');
  char sep = f.type == 'n' ? 0 : f.grouping;
  return success(layout_number(v.is_neg(), f.alternate ? prefix : "", digits, "", f, sep, f.grouping_size));
}

Result format_i64(int64_t v, std::string_view spec, std::string_view type_name) {
  return format_int(bignum::from_i64(v), spec, type_name);
}

Result format_complex(double re, double im, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return success(complex_repr(re, im));
  FormatSpec f;
  Error err;
  if (!parse_format_spec(spec, 0, '>', type_name, &f, &err)) return Result{false, "", err};
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      return Result{false, "", unknown_code(f.type, type_name)};
  }
  if (f.precision > INT_MAX) return fail(ErrKind::ValueError, "precision too big");
  if (f.fill == '0') return fail(ErrKind::ValueError, "Zero padding is not allowed in complex format specifier");
  if (f.align == '=')
    return fail(ErrKind::ValueError, "'=' alignment flag is not allowed in complex format specifier");
  if (f.width > kMaxWidth || f.precision > kMaxWidth) return fail(ErrKind::MemoryError, "");
  uint32_t type = f.type;
  unsigned flags = 0;
  int default_precision = 6;
  bool skip_re = false, parens = false;
  if (f.alternate) flags |= kAlt;
  if (f.no_neg_zero) flags |= kNoNegZero;
  if (type == 0) {
    type = 'r';
    default_precision = 0;
    if (re == 0.0 && !std::signbit(re))
      skip_re = true;
    else
      parens = true;
  }
  if (type == 'n') type = 'g';
  int precision;
  if (f.precision < 0) {
    precision = default_precision;
  } else {
    precision = (int)f.precision;
    if (type == 'r') type = 'g';
  }
  std::string re_buf = double_to_string(re, (char)type, precision, flags);
  std::string im_buf = double_to_string(im, (char)type, precision, flags);
  FormatSpec part = f;
  part.fill = ' ';
  part.align = '<';
  part.width = -1;
  char sep = f.type == 'n' ? 0 : f.grouping;
  bool neg;
  std::string_view digits, rest;
  std::string body;
  if (parens) body.push_back('(');
  if (!skip_re) {
    split_number(re_buf, &neg, &digits, &rest);
    body += layout_number(neg, "", digits, rest, part, sep, 3);
    part.sign = '+';
  }
  split_number(im_buf, &neg, &digits, &rest);
  body += layout_number(neg, "", digits, rest, part, sep, 3);
  body.push_back('j');
  if (parens) body.push_back(')');
  return success(pad_body(body, (int64_t)utf8_length(body), f));
}

Result format_str(std::string_view utf8, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return success(std::string(utf8));
  FormatSpec f;
  Error err;
  if (!parse_format_spec(spec, 's', '<', type_name, &f, &err)) return Result{false, "", err};
  if (f.type != 's') return Result{false, "", unknown_code(f.type, type_name)};
  if (f.sign == ' ') return fail(ErrKind::ValueError, "Space not allowed in string format specifier");
  if (f.sign) return fail(ErrKind::ValueError, "Sign not allowed in string format specifier");
  if (f.no_neg_zero)
    return fail(ErrKind::ValueError, "Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) return fail(ErrKind::ValueError, "Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') return fail(ErrKind::ValueError, "'=' alignment not allowed in string format specifier");
  if (f.width > kMaxWidth) return fail(ErrKind::MemoryError, "");
  std::string_view s = utf8;
  int64_t len = (int64_t)utf8_length(s);
  if (f.precision >= 0 && len > f.precision) {
    // cut after `precision` code points
    size_t i = 0;
    int64_t n = 0;
    while (i < s.size()) {
      if (((unsigned char)s[i] & 0xC0) != 0x80) {
        if (n == f.precision) break;
        n++;
      }
      i++;
    }
    s = s.substr(0, i);
    len = f.precision;
  }
  return success(pad_body(s, len, f));
}

// ============================================================================================
// 11. printf-style '%' conversions
// ============================================================================================

// Assembles sign + prefix + body under the width/'-'/'0' flags.
static std::string percent_layout(std::string_view sign, std::string_view prefix, std::string_view body,
                                  const PercentSpec& p, bool zero_ok) {
  int64_t len = (int64_t)(sign.size() + prefix.size() + utf8_length(body));
  int64_t pad = p.width > len ? p.width - len : 0;
  std::string r;
  if (p.left) {
    r.append(sign).append(prefix).append(body).append((size_t)pad, ' ');
  } else if (p.zero && zero_ok) {
    r.append(sign).append(prefix).append((size_t)pad, '0').append(body);
  } else {
    r.append((size_t)pad, ' ').append(sign).append(prefix).append(body);
  }
  return r;
}

Result percent_int(const Num& v, const PercentSpec& p) {
  if (p.width > kMaxWidth || p.precision > kMaxWidth) return fail(ErrKind::MemoryError, "");
  if (p.conv == 'c') {
    bool of;
    int64_t x = bignum::to_i64(v, &of);
    if (of || x < 0 || x > 0x10ffff) return fail(ErrKind::OverflowError, "%c arg not in range(0x110000)");
    std::string ch;
    append_utf8(&ch, (uint32_t)x);
    return success(percent_layout("", "", ch, p, false));
  }
  int base = 10;
  const char* prefix = "";
  switch (p.conv) {
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    case 'o': base = 8; prefix = "0o"; break;
    default: break;
  }
  std::string digits = bignum::to_string(bignum::abs(v), base);
  if (p.conv == 'X')
    for (char& c : digits)
      if (c >= 'a' && c <= 'f') c = (char)(c - 'a' + 'A');
  if (p.precision > (int64_t)digits.size()) digits.insert(0, (size_t)(p.precision - (int64_t)digits.size()), '0');
  const char* sign = v.is_neg() ? "-" : p.plus ? "+" : p.space ? " " : "";
  return success(percent_layout(sign, p.alternate ? prefix : "", digits, p, true));
}

Result percent_float(double v, const PercentSpec& p) {
  if (p.width > kMaxWidth || p.precision > kMaxWidth) return fail(ErrKind::MemoryError, "");
  int prec = p.precision < 0 ? 6 : (int)p.precision;
  std::string s = double_to_string(v, p.conv, prec, p.alternate ? (unsigned)kAlt : 0u);
  std::string_view body(s);
  const char* sign = "";
  if (!body.empty() && body[0] == '-') {
    sign = "-";
    body.remove_prefix(1);
  } else if (p.plus) {
    sign = "+";
  } else if (p.space) {
    sign = " ";
  }
  return success(percent_layout(sign, "", body, p, true));
}

std::string percent_pad_text(std::string_view utf8, const PercentSpec& p) {
  return percent_layout("", "", utf8, p, false);
}

}  // namespace coil::numfmt
