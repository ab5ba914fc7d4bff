// bignum.cpp - arbitrary-precision integer arithmetic (see bignum.h for the API and its contract).
//
// Sections:
//   1. limb-array helpers (normalise, compare, add, subtract, shift)
//   2. multiplication (schoolbook, squaring, Karatsuba)
//   3. division (single limb, Knuth's algorithm D)
//   4. signed arithmetic (add, sub, mul, divmod, truediv)
//   5. powers (pow, powmod, modular inverse)
//   6. bits (shifts, two's complement and/or/xor/invert, bit_length, bit_count)
//   7. number theory (gcd, isqrt)
//   8. text (to_string, from_string; divide-and-conquer for large numbers)
//   9. floats (to_double, from_double)
//  10. hash, bytes, size estimates

#include "objects/bignum.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace coil::bignum {

using u32 = uint32_t;
using u64 = uint64_t;
using Limbs = std::vector<u32>;

size_t karatsuba_threshold = 40;
size_t dc_string_threshold = 30;
size_t dc_parse_threshold = 1080;

// ============================================================================================
// 1. limb-array helpers
// ============================================================================================

static void trim(Limbs& v) {
  while (!v.empty() && v.back() == 0) v.pop_back();
}

static size_t trimmed_len(const u32* a, size_t n) {
  while (n > 0 && a[n - 1] == 0) n--;
  return n;
}

static Num make(int sign, Limbs mag) {
  trim(mag);
  Num r;
  r.sign = mag.empty() ? 0 : sign;
  r.mag = std::move(mag);
  return r;
}

Num from_limbs(int sign, std::vector<uint32_t> mag) { return make(sign < 0 ? -1 : 1, std::move(mag)); }

Num to_num(View v) {
  Num r;
  r.sign = v.mag.empty() ? 0 : v.sign;
  r.mag.assign(v.mag.begin(), v.mag.end());
  return r;
}

static int cmp_mag(const u32* a, size_t na, const u32* b, size_t nb) {
  if (na != nb) return na < nb ? -1 : 1;
  for (size_t i = na; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

static int cmp_mag(Span a, Span b) { return cmp_mag(a.data(), a.size(), b.data(), b.size()); }

// dst[0..dn) += src[0..sn), sn <= dn; returns the carry out of dst[dn-1].
static u32 add_into(u32* dst, size_t dn, const u32* src, size_t sn) {
  u64 carry = 0;
  size_t i = 0;
  for (; i < sn; i++) {
    u64 t = (u64)dst[i] + src[i] + carry;
    dst[i] = (u32)t;
    carry = t >> 32;
  }
  for (; carry && i < dn; i++) {
    u64 t = (u64)dst[i] + carry;
    dst[i] = (u32)t;
    carry = t >> 32;
  }
  return (u32)carry;
}

// dst[0..dn) -= src[0..sn), sn <= dn; returns the borrow out of dst[dn-1].
static u32 sub_into(u32* dst, size_t dn, const u32* src, size_t sn) {
  u64 borrow = 0;
  size_t i = 0;
  for (; i < sn; i++) {
    u64 t = (u64)dst[i] - src[i] - borrow;
    dst[i] = (u32)t;
    borrow = (t >> 32) & 1;
  }
  for (; borrow && i < dn; i++) {
    u64 t = (u64)dst[i] - borrow;
    dst[i] = (u32)t;
    borrow = (t >> 32) & 1;
  }
  return (u32)borrow;
}

static Limbs add_mag(Span a, Span b) {
  Span x = a.size() >= b.size() ? a : b;
  Span y = a.size() >= b.size() ? b : a;
  Limbs r(x.size() + 1);
  std::copy(x.begin(), x.end(), r.begin());
  add_into(r.data(), r.size(), y.data(), y.size());
  trim(r);
  return r;
}

// |a| - |b| where |a| >= |b|.
static Limbs sub_mag(Span a, Span b) {
  Limbs r(a.begin(), a.end());
  sub_into(r.data(), r.size(), b.data(), b.size());
  trim(r);
  return r;
}

// Magnitude shifted left by n bits.
static Limbs shl_mag(Span a, u64 n) {
  if (a.empty()) return {};
  size_t limbs = (size_t)(n / 32);
  unsigned bits = (unsigned)(n % 32);
  Limbs r(a.size() + limbs + 1, 0);
  if (bits == 0) {
    std::copy(a.begin(), a.end(), r.begin() + limbs);
  } else {
    u32 carry = 0;
    for (size_t i = 0; i < a.size(); i++) {
      r[i + limbs] = (a[i] << bits) | carry;
      carry = a[i] >> (32 - bits);
    }
    r[a.size() + limbs] = carry;
  }
  trim(r);
  return r;
}

// Magnitude shifted right by n bits (truncating); *lost set if a nonzero bit was shifted out.
static Limbs shr_mag(Span a, u64 n, bool* lost) {
  if (lost) *lost = false;
  if (n >= (u64)a.size() * 32) {
    if (lost) *lost = !a.empty();
    return {};
  }
  size_t limbs = (size_t)(n / 32);
  unsigned bits = (unsigned)(n % 32);
  if (lost) {
    for (size_t i = 0; i < limbs; i++) {
      if (a[i]) { *lost = true; break; }
    }
    if (bits && (a[limbs] & ((1u << bits) - 1))) *lost = true;
  }
  Limbs r(a.size() - limbs);
  if (bits == 0) {
    std::copy(a.begin() + limbs, a.end(), r.begin());
  } else {
    for (size_t i = 0; i < r.size(); i++) {
      u32 lo = a[i + limbs] >> bits;
      u32 hi = (i + limbs + 1 < a.size()) ? (a[i + limbs + 1] << (32 - bits)) : 0;
      r[i] = lo | hi;
    }
  }
  trim(r);
  return r;
}

static inline unsigned clz32(u32 x) { return x ? (unsigned)__builtin_clz(x) : 32; }

static u64 mag_bit_length(Span a) {
  if (a.empty()) return 0;
  return (u64)(a.size() - 1) * 32 + (32 - clz32(a.back()));
}

// ============================================================================================
// 2. multiplication
// ============================================================================================

// out[0..na+nb) = a * b (out must not alias a or b).
static void mul_school(const u32* a, size_t na, const u32* b, size_t nb, u32* out) {
  std::fill(out, out + na + nb, 0);
  for (size_t i = 0; i < na; i++) {
    u64 ai = a[i];
    if (ai == 0) continue;
    u64 carry = 0;
    u32* o = out + i;
    for (size_t j = 0; j < nb; j++) {
      u64 t = ai * b[j] + o[j] + carry;
      o[j] = (u32)t;
      carry = t >> 32;
    }
    o[nb] = (u32)carry;
  }
}

// out[0..2n) = a * a.
static void sqr_school(const u32* a, size_t n, u32* out) {
  std::fill(out, out + 2 * n, 0);
  // cross products a[i]*a[j], i < j
  for (size_t i = 0; i < n; i++) {
    u64 ai = a[i];
    if (ai == 0) continue;
    u64 carry = 0;
    u32* o = out + i;
    for (size_t j = i + 1; j < n; j++) {
      u64 t = ai * a[j] + o[j] + carry;
      o[j] = (u32)t;
      carry = t >> 32;
    }
    o[n] = (u32)carry;
  }
  // double them
  u32 top = 0;
  for (size_t i = 0; i < 2 * n; i++) {
    u32 v = out[i];
    out[i] = (v << 1) | top;
    top = v >> 31;
  }
  // add the squares
  u64 carry = 0;
  for (size_t i = 0; i < n; i++) {
    u64 sq = (u64)a[i] * a[i];
    u64 t = (u64)out[2 * i] + (u32)sq + carry;
    out[2 * i] = (u32)t;
    t = (u64)out[2 * i + 1] + (sq >> 32) + (t >> 32);
    out[2 * i + 1] = (u32)t;
    carry = t >> 32;
  }
}

static void kmul(const u32* a, size_t na, const u32* b, size_t nb, u32* out);

// out[0..2n) = a * a using Karatsuba's three squarings.
static void ksqr(const u32* a, size_t n, u32* out) {
  if (n < karatsuba_threshold) {
    sqr_school(a, n, out);
    return;
  }
  size_t m = n / 2, h = n - m;  // a = a1 * B^m + a0, |a0| = m, |a1| = h
  const u32 *a0 = a, *a1 = a + m;
  ksqr(a0, m, out);
  ksqr(a1, h, out + 2 * m);
  Limbs s(h + 1, 0);
  std::copy(a1, a1 + h, s.begin());
  add_into(s.data(), s.size(), a0, m);
  size_t sl = trimmed_len(s.data(), s.size());
  Limbs z1(2 * sl + 1, 0);
  ksqr(s.data(), sl, z1.data());
  sub_into(z1.data(), z1.size(), out, std::min(2 * m, z1.size()));
  sub_into(z1.data(), z1.size(), out + 2 * m, std::min(2 * h, z1.size()));
  size_t zl = trimmed_len(z1.data(), z1.size());
  add_into(out + m, 2 * n - m, z1.data(), std::min(zl, 2 * n - m));
}

// out[0..na+nb) = a * b (out must not alias a or b).
static void kmul(const u32* a, size_t na, const u32* b, size_t nb, u32* out) {
  if (na < nb) {
    std::swap(a, b);
    std::swap(na, nb);
  }
  if (nb == 0) {
    std::fill(out, out + na, 0);
    return;
  }
  if (a == b && na == nb) {
    ksqr(a, na, out);
    return;
  }
  if (nb < karatsuba_threshold) {
    mul_school(b, nb, a, na, out);  // outer loop over the shorter operand
    return;
  }
  if (na >= 2 * nb) {
    // Unbalanced: multiply b by nb-limb slices of a.
    std::fill(out, out + na + nb, 0);
    Limbs tmp(2 * nb);
    for (size_t i = 0; i < na; i += nb) {
      size_t len = std::min(nb, na - i);
      kmul(a + i, len, b, nb, tmp.data());
      add_into(out + i, na + nb - i, tmp.data(), len + nb);
    }
    return;
  }
  size_t m = na / 2;  // nb > m, so both high halves are non-empty
  const u32 *a0 = a, *a1 = a + m, *b0 = b, *b1 = b + m;
  size_t la1 = na - m, lb1 = nb - m;
  kmul(a0, m, b0, m, out);                  // z0 -> out[0..2m)
  kmul(a1, la1, b1, lb1, out + 2 * m);      // z2 -> out[2m..na+nb)
  Limbs sa(la1 + 1, 0), sb(std::max(m, lb1) + 1, 0);
  std::copy(a1, a1 + la1, sa.begin());
  add_into(sa.data(), sa.size(), a0, m);
  if (lb1 >= m) {
    std::copy(b1, b1 + lb1, sb.begin());
    add_into(sb.data(), sb.size(), b0, m);
  } else {
    std::copy(b0, b0 + m, sb.begin());
    add_into(sb.data(), sb.size(), b1, lb1);
  }
  size_t lsa = trimmed_len(sa.data(), sa.size()), lsb = trimmed_len(sb.data(), sb.size());
  Limbs z1(lsa + lsb + 1, 0);
  kmul(sa.data(), lsa, sb.data(), lsb, z1.data());
  sub_into(z1.data(), z1.size(), out, std::min(2 * m, z1.size()));
  sub_into(z1.data(), z1.size(), out + 2 * m, std::min(na + nb - 2 * m, z1.size()));
  size_t zl = trimmed_len(z1.data(), z1.size());
  add_into(out + m, na + nb - m, z1.data(), std::min(zl, na + nb - m));
}

static Limbs mul_mag(Span a, Span b) {
  if (a.empty() || b.empty()) return {};
  Limbs r(a.size() + b.size());
  if (a.p == b.p && a.n == b.n)
    ksqr(a.data(), a.size(), r.data());
  else
    kmul(a.data(), a.size(), b.data(), b.size(), r.data());
  trim(r);
  return r;
}

static Limbs sqr_mag(Span a) {
  if (a.empty()) return {};
  Limbs r(2 * a.size());
  ksqr(a.data(), a.size(), r.data());
  trim(r);
  return r;
}

// ============================================================================================
// 3. division
// ============================================================================================

// q = a / d, returns a % d (d != 0). q may alias a.
static u32 divmod_small(Span a, u32 d, Limbs* q) {
  u64 rem = 0;
  if (q) q->resize(a.size());
  for (size_t i = a.size(); i-- > 0;) {
    u64 cur = (rem << 32) | a[i];
    if (q) (*q)[i] = (u32)(cur / d);
    rem = cur % d;
  }
  if (q) trim(*q);
  return (u32)rem;
}

// Knuth's algorithm D on magnitudes: q = u / v, r = u % v; |v| >= 2, |u| >= |v|.
static void divmod_knuth(Span u, Span v, Limbs* q, Limbs* r) {
  size_t n = v.size(), m = u.size() - n;
  unsigned s = clz32(v.back());
  Limbs vn(n), un(u.size() + 1);
  for (size_t i = n - 1; i > 0; i--) vn[i] = (v[i] << s) | (s ? v[i - 1] >> (32 - s) : 0);
  vn[0] = v[0] << s;
  un[u.size()] = s ? u.back() >> (32 - s) : 0;
  for (size_t i = u.size() - 1; i > 0; i--) un[i] = (u[i] << s) | (s ? u[i - 1] >> (32 - s) : 0);
  un[0] = u[0] << s;
  Limbs qq(m + 1, 0);
  const u64 vtop = vn[n - 1], vsec = vn[n - 2];
  for (size_t j = m + 1; j-- > 0;) {
    u64 num = ((u64)un[j + n] << 32) | un[j + n - 1];
    u64 qhat = num / vtop, rhat = num % vtop;
    while (qhat >> 32 || qhat * vsec > ((rhat << 32) | un[j + n - 2])) {
      qhat--;
      rhat += vtop;
      if (rhat >> 32) break;
    }
    // un[j..j+n] -= qhat * vn
    u64 carry = 0, borrow = 0;
    u32* uj = un.data() + j;
    for (size_t i = 0; i < n; i++) {
      u64 p = qhat * vn[i] + carry;
      carry = p >> 32;
      u64 t = (u64)uj[i] - (u32)p - borrow;
      uj[i] = (u32)t;
      borrow = (t >> 32) ? 1 : 0;
    }
    u64 t = (u64)uj[n] - carry - borrow;
    uj[n] = (u32)t;
    if (t >> 63) {  // went negative: add back once
      qhat--;
      u64 c = 0;
      for (size_t i = 0; i < n; i++) {
        u64 sum = (u64)uj[i] + vn[i] + c;
        uj[i] = (u32)sum;
        c = sum >> 32;
      }
      uj[n] = (u32)(uj[n] + c);
    }
    qq[j] = (u32)qhat;
  }
  if (q) {
    trim(qq);
    *q = std::move(qq);
  }
  if (r) {
    Limbs rr(n);
    for (size_t i = 0; i < n; i++) rr[i] = (un[i] >> s) | (s ? un[i + 1] << (32 - s) : 0);
    trim(rr);
    *r = std::move(rr);
  }
}

// Magnitude division, b nonzero.
static void divmod_mag(Span a, Span b, Limbs* q, Limbs* r) {
  if (cmp_mag(a, b) < 0) {
    if (r) r->assign(a.begin(), a.end());
    if (q) q->clear();
    return;
  }
  if (b.size() == 1) {
    u32 rem = divmod_small(a, b[0], q);
    if (r) {
      r->clear();
      if (rem) r->push_back(rem);
    }
    return;
  }
  divmod_knuth(a, b, q, r);
}

// ============================================================================================
// 4. signed arithmetic
// ============================================================================================

Num from_u64(uint64_t v) {
  Num r;
  if (v) {
    r.sign = 1;
    r.mag.push_back((u32)v);
    if (v >> 32) r.mag.push_back((u32)(v >> 32));
  }
  return r;
}

Num from_i64(int64_t v) {
  if (v >= 0) return from_u64((u64)v);
  Num r = from_u64((u64)0 - (u64)v);
  r.sign = -1;
  return r;
}

uint64_t to_u64(View a, bool* overflow) {
  *overflow = false;
  if (a.sign < 0 || a.mag.size() > 2) {
    *overflow = true;
    return 0;
  }
  u64 v = 0;
  if (a.mag.size() > 0) v = a.mag[0];
  if (a.mag.size() > 1) v |= (u64)a.mag[1] << 32;
  return v;
}

int64_t to_i64(View a, bool* overflow) {
  *overflow = false;
  if (a.mag.size() > 2) {
    *overflow = true;
    return 0;
  }
  u64 v = 0;
  if (a.mag.size() > 0) v = a.mag[0];
  if (a.mag.size() > 1) v |= (u64)a.mag[1] << 32;
  if (a.sign >= 0) {
    if (v > (u64)INT64_MAX) {
      *overflow = true;
      return 0;
    }
    return (int64_t)v;
  }
  if (v > (u64)INT64_MAX + 1) {
    *overflow = true;
    return 0;
  }
  return (int64_t)(0 - v);
}

bool fits_i64(View a) {
  bool of;
  to_i64(a, &of);
  return !of;
}

int compare_abs(View a, View b) { return cmp_mag(a.mag, b.mag); }

int compare(View a, View b) {
  if (a.sign != b.sign) return a.sign < b.sign ? -1 : 1;
  int c = cmp_mag(a.mag, b.mag);
  return a.sign >= 0 ? c : -c;
}

bool equal(View a, View b) { return a.sign == b.sign && cmp_mag(a.mag, b.mag) == 0; }

Num neg(View a) {
  Num r = to_num(a);
  r.sign = -r.sign;
  return r;
}

Num abs(View a) {
  Num r = to_num(a);
  if (r.sign < 0) r.sign = 1;
  return r;
}

Num add(View a, View b) {
  if (a.sign == 0) return to_num(b);
  if (b.sign == 0) return to_num(a);
  if (a.sign == b.sign) return make(a.sign, add_mag(a.mag, b.mag));
  int c = cmp_mag(a.mag, b.mag);
  if (c == 0) return Num();
  if (c > 0) return make(a.sign, sub_mag(a.mag, b.mag));
  return make(b.sign, sub_mag(b.mag, a.mag));
}

Num sub(View a, View b) {
  if (b.sign == 0) return to_num(a);
  Num nb;
  nb.sign = -b.sign;
  nb.mag.assign(b.mag.begin(), b.mag.end());  // copy; sub is not hot enough to avoid it
  return add(a, nb);
}

Num add_small(View a, int64_t b) { return add(a, from_i64(b)); }

Num mul(View a, View b) {
  if (a.sign == 0 || b.sign == 0) return Num();
  int sign = a.sign * b.sign;
  if (a.mag.n == 1 || b.mag.n == 1) {
    bool a_small = a.mag.n == 1;
    Num r = mul_small(a_small ? b : a, a_small ? a.mag[0] : b.mag[0]);
    r.sign = sign;
    return r;
  }
  return make(sign, mul_mag(a.mag, b.mag));
}

Num mul_small(View a, uint32_t b) {
  if (a.sign == 0 || b == 0) return Num();
  Limbs r(a.mag.size() + 1);
  u64 carry = 0;
  for (size_t i = 0; i < a.mag.size(); i++) {
    u64 t = (u64)a.mag[i] * b + carry;
    r[i] = (u32)t;
    carry = t >> 32;
  }
  r[a.mag.size()] = (u32)carry;
  return make(a.sign, std::move(r));
}

Status divmod_trunc(View a, View b, Num* q, Num* r) {
  if (b.sign == 0) return Status::ZeroDivision;
  Limbs qm, rm;
  divmod_mag(a.mag, b.mag, q ? &qm : nullptr, &rm);
  if (q) *q = make(a.sign * b.sign, std::move(qm));
  if (r) *r = make(a.sign, std::move(rm));
  return Status::Ok;
}

Status divmod(View a, View b, Num* q, Num* r) {
  if (b.sign == 0) return Status::ZeroDivision;
  Limbs qm, rm;
  divmod_mag(a.mag, b.mag, q ? &qm : nullptr, &rm);
  bool adjust = !rm.empty() && a.sign != b.sign;
  // Build both results before storing: q or r may alias a or b.
  Num qq, rr;
  if (adjust) {
    // trunc quotient is -|qm|; floor is -(|qm| + 1)
    if (q) qq = make(-1, add_mag(qm, Limbs{1}));
    // r = (sign a)|rm| + b, with |rm| < |b| and opposite signs: sign of b, magnitude |b| - |rm|
    rr = make(b.sign, sub_mag(b.mag, rm));
  } else {
    if (q) qq = make(a.sign * b.sign, std::move(qm));
    rr = make(a.sign, std::move(rm));
  }
  if (q) *q = std::move(qq);
  if (r) *r = std::move(rr);
  return Status::Ok;
}

static bool fits_53(Span m) { return mag_bit_length(m) <= 53; }

static u64 low_u64(Span m) {
  u64 v = 0;
  if (m.size() > 0) v = m[0];
  if (m.size() > 1) v |= (u64)m[1] << 32;
  return v;
}

Status truediv(View a, View b, double* out) {
  if (b.sign == 0) return Status::ZeroDivision;
  bool negative = (a.sign * b.sign) < 0;
  if (a.sign == 0) {
    *out = (b.sign < 0) ? -0.0 : 0.0;
    return Status::Ok;
  }
  if (fits_53(a.mag) && fits_53(b.mag)) {
    // Both exact in a double: IEEE division is correctly rounded.
    double x = (double)low_u64(a.mag), y = (double)low_u64(b.mag);
    double q = x / y;
    *out = negative ? -q : q;
    return Status::Ok;
  }
  int64_t la = (int64_t)mag_bit_length(a.mag), lb = (int64_t)mag_bit_length(b.mag);
  int64_t diff = la - lb;  // a/b is in [2^(diff-1), 2^(diff+1))
  if (diff > 1025) return Status::Overflow;
  // Scale so the integer quotient has at least 55 bits (or the fixed subnormal precision).
  const int64_t kMant = 53, kMinExp = -1021;  // DBL_MANT_DIG, DBL_MIN_EXP
  int64_t e = std::max(diff, kMinExp) - kMant - 2;
  Limbs x;
  bool inexact = false;
  if (e > 0)
    x = shr_mag(a.mag, (u64)e, &inexact);
  else
    x = shl_mag(a.mag, (u64)(-e));
  Limbs q, r;
  divmod_mag(x, b.mag, &q, &r);
  if (!r.empty()) inexact = true;
  // q < 2^57 here
  u64 qv = low_u64(q);
  int qbits = qv ? 64 - __builtin_clzll(qv) : 0;
  int drop = std::max(qbits - (int)kMant, (int)(-1074 - e));
  if (drop < 2) drop = 2;  // cannot happen, kept for safety
  if (inexact) qv |= 1;
  u64 mask = ((u64)1 << drop) - 1, half = (u64)1 << (drop - 1);
  u64 rem = qv & mask;
  qv -= rem;
  if (rem > half || (rem == half && ((qv >> drop) & 1))) qv += (u64)1 << drop;
  double result = std::ldexp((double)qv, (int)e);
  if (std::isinf(result)) return Status::Overflow;
  *out = negative ? -result : result;
  return Status::Ok;
}

// ============================================================================================
// 5. powers
// ============================================================================================

static bool is_power_of_two(Span m) {
  if (m.empty()) return false;
  for (size_t i = 0; i + 1 < m.size(); i++)
    if (m[i]) return false;
  u32 t = m.back();
  return (t & (t - 1)) == 0;
}

uint64_t pow_result_bits(View base, uint64_t exp) {
  u64 bl = mag_bit_length(base.mag);
  if (bl <= 1 || exp == 0) return 1;
  if (exp > UINT64_MAX / bl) return UINT64_MAX;
  return bl * exp;
}

Status pow(View base, uint64_t exp, Num* out) {
  if (exp == 0) {
    *out = from_u64(1);
    return Status::Ok;
  }
  if (base.sign == 0) {
    *out = Num();
    return Status::Ok;
  }
  int sign = (base.sign < 0 && (exp & 1)) ? -1 : 1;
  if (base.mag.size() == 1 && base.mag[0] == 1) {
    *out = from_i64(sign);
    return Status::Ok;
  }
  if (pow_result_bits(base, exp) > kMaxBits) return Status::Memory;
  if (is_power_of_two(base.mag)) {
    u64 k = mag_bit_length(base.mag) - 1;
    Limbs one{1};
    *out = make(sign, shl_mag(one, k * exp));
    return Status::Ok;
  }
  // Left-to-right binary exponentiation.
  Limbs acc(base.mag.begin(), base.mag.end());
  int top = 63 - __builtin_clzll(exp);
  for (int i = top - 1; i >= 0; i--) {
    acc = sqr_mag(acc);
    if ((exp >> i) & 1) {
      if (base.mag.size() == 1) {
        Num t = mul_small(make(1, std::move(acc)), base.mag[0]);
        acc = std::move(t.mag);
      } else {
        acc = mul_mag(acc, base.mag);
      }
    }
  }
  *out = make(sign, std::move(acc));
  return Status::Ok;
}

// x mod m for magnitudes (m nonzero).
static Limbs mod_mag(Span x, Span m) {
  Limbs r;
  divmod_mag(x, m, nullptr, &r);
  return r;
}

// Modular inverse of a (0 <= a < m) modulo m (m > 1) by the extended Euclidean algorithm.
static bool inverse_mod(View a, View m, Num* out) {
  Num r0 = to_num(m), r1 = to_num(a), t0, t1 = from_u64(1);
  while (r1.sign != 0) {
    Num q, r;
    divmod(r0, r1, &q, &r);
    Num t = sub(t0, mul(q, t1));
    t0 = std::move(t1);
    t1 = std::move(t);
    r0 = std::move(r1);
    r1 = std::move(r);
  }
  if (!(r0.mag.size() == 1 && r0.mag[0] == 1)) return false;
  Num res;
  divmod(t0, m, nullptr, &res);
  *out = std::move(res);
  return true;
}

// Montgomery arithmetic modulo an odd m of n limbs (R = 2^(32n)); values are n-limb arrays.
struct Montgomery {
  Limbs m;
  size_t n;
  u32 minv;  // -m^-1 mod 2^32
  explicit Montgomery(Span mod) : m(mod.begin(), mod.end()), n(mod.size()) {
    u32 x = m[0];  // inverse of m[0] mod 2^32 by Newton's iteration (3 -> 6 -> 12 -> 24 -> 48 bits)
    for (int i = 0; i < 4; i++) x *= 2 - m[0] * x;
    minv = (u32)0 - x;
  }
  // t (2n limbs, value < m*R) -> t / R mod m
  Limbs redc(Limbs& t) const {
    t.resize(2 * n + 1, 0);
    for (size_t i = 0; i < n; i++) {
      u32 u = t[i] * minv;
      u64 carry = 0;
      u32* ti = t.data() + i;
      for (size_t j = 0; j < n; j++) {
        u64 p = (u64)u * m[j] + ti[j] + carry;
        ti[j] = (u32)p;
        carry = p >> 32;
      }
      for (size_t k = i + n; carry; k++) {
        u64 sum = (u64)t[k] + carry;
        t[k] = (u32)sum;
        carry = sum >> 32;
      }
    }
    Limbs r(t.begin() + (ptrdiff_t)n, t.end());  // n + 1 limbs, < 2m
    if (r[n] || cmp_mag(r.data(), n, m.data(), n) >= 0) sub_into(r.data(), n + 1, m.data(), n);
    r.resize(n);
    return r;
  }
  Limbs mul(const Limbs& a, const Limbs& b) const {
    Limbs t(2 * n);
    kmul(a.data(), n, b.data(), n, t.data());
    return redc(t);
  }
  Limbs sqr(const Limbs& a) const {
    Limbs t(2 * n);
    ksqr(a.data(), n, t.data());
    return redc(t);
  }
  Limbs to_mont(Span x) const {  // x < m
    Limbs r = mod_mag(shl_mag(x, (u64)32 * n), m);
    r.resize(n, 0);
    return r;
  }
  Limbs one() const {
    Limbs unit{1};
    return to_mont(unit);
  }
  Limbs from_mont(const Limbs& x) const {
    Limbs t(x);
    t.resize(2 * n, 0);
    Limbs r = redc(t);
    trim(r);
    return r;
  }
};

// Left-to-right sliding-window exponentiation g^e with the given multiply and square.
template <typename Mul, typename Sqr>
static Limbs window_pow(const Limbs& g, Span e, Limbs one, Mul mul, Sqr sqr) {
  u64 nbits = mag_bit_length(e);
  if (nbits == 0) return one;
  int k = nbits < 8 ? 1 : nbits < 64 ? 3 : nbits < 256 ? 4 : nbits < 1024 ? 5 : 6;
  auto bit = [&](u64 i) { return (e[(size_t)(i / 32)] >> (i % 32)) & 1; };
  std::vector<Limbs> tab(1, g);  // tab[j] = g^(2j+1)
  if (k > 1) {
    Limbs g2 = sqr(g);
    for (size_t j = 1; j < ((size_t)1 << (k - 1)); j++) tab.push_back(mul(tab[j - 1], g2));
  }
  Limbs acc = one;
  bool started = false;
  int64_t i = (int64_t)nbits - 1;
  while (i >= 0) {
    if (!bit((u64)i)) {
      if (started) acc = sqr(acc);
      i--;
      continue;
    }
    int64_t j = std::max(i - k + 1, (int64_t)0);
    while (!bit((u64)j)) j++;
    u64 w = 0;
    for (int64_t t = i; t >= j; t--) w = (w << 1) | bit((u64)t);
    if (started) {
      for (int64_t t = 0; t <= i - j; t++) acc = sqr(acc);
      acc = mul(acc, tab[(size_t)(w >> 1)]);
    } else {
      acc = tab[(size_t)(w >> 1)];
      started = true;
    }
    i = j - 1;
  }
  return acc;
}

Status powmod(View base, View exp, View mod, Num* out) {
  if (mod.sign == 0) return Status::ZeroDivision;
  Num m = abs(mod);
  Num b;
  divmod(base, m, nullptr, &b);  // 0 <= b < m
  Num e = to_num(exp);
  if (e.sign < 0) {
    if (m.mag.size() == 1 && m.mag[0] == 1) {
      *out = Num();
      return Status::Ok;
    }
    Num inv;
    if (!inverse_mod(b, m, &inv)) return Status::NotInvertible;
    b = std::move(inv);
    e.sign = 1;
  }
  Num result;
  if (m.mag.size() == 1 && m.mag[0] == 1) {
    result = Num();
  } else if (m.mag.size() == 1) {
    u64 mm = m.mag[0];
    u64 bb = b.sign ? b.mag[0] : 0;
    u64 acc = 1 % mm;
    u64 nbits = mag_bit_length(e.mag);
    for (u64 i = nbits; i-- > 0;) {
      acc = acc * acc % mm;
      if ((e.mag[i / 32] >> (i % 32)) & 1) acc = acc * bb % mm;
    }
    result = from_u64(acc);
  } else if (m.mag[0] & 1) {
    Montgomery mt(m.mag);
    Limbs g = mt.to_mont(b.mag);
    Limbs acc = window_pow(g, e.mag, mt.one(), [&](const Limbs& x, const Limbs& y) { return mt.mul(x, y); },
                           [&](const Limbs& x) { return mt.sqr(x); });
    result = make(1, mt.from_mont(acc));
  } else {
    Span mm = m.mag;
    Limbs acc = window_pow(b.mag, e.mag, Limbs{1},
                           [&](const Limbs& x, const Limbs& y) { return mod_mag(mul_mag(x, y), mm); },
                           [&](const Limbs& x) { return mod_mag(sqr_mag(x), mm); });
    result = make(1, std::move(acc));
  }
  // Result takes the modulus' sign (floor semantics).
  if (mod.sign < 0 && result.sign != 0) result = add(result, mod);
  *out = std::move(result);
  return Status::Ok;
}

// ============================================================================================
// 6. bits
// ============================================================================================

uint64_t bit_length(View a) { return mag_bit_length(a.mag); }

uint64_t bit_count(View a) {
  u64 n = 0;
  for (u32 v : a.mag) n += (u64)__builtin_popcount(v);
  return n;
}

uint64_t lshift_result_bits(View a, uint64_t n) {
  u64 bl = mag_bit_length(a.mag);
  if (bl == 0) return 0;
  if (n > UINT64_MAX - bl) return UINT64_MAX;
  return bl + n;
}

Status lshift(View a, uint64_t n, Num* out) {
  if (a.sign == 0) {
    *out = Num();
    return Status::Ok;
  }
  if (lshift_result_bits(a, n) > kMaxBits) return Status::Memory;
  *out = make(a.sign, shl_mag(a.mag, n));
  return Status::Ok;
}

Num rshift(View a, uint64_t n) {
  if (a.sign == 0) return Num();
  bool lost = false;
  Limbs r = shr_mag(a.mag, n, &lost);
  if (a.sign < 0) {
    if (lost) r = add_mag(r, Limbs{1});
    return make(-1, std::move(r));
  }
  return make(1, std::move(r));
}

// Two's complement of a in n limbs (n > |a.mag|).
static Limbs to_twos(View a, size_t n) {
  Limbs v(n, 0);
  std::copy(a.mag.begin(), a.mag.end(), v.begin());
  if (a.sign < 0) {
    u64 carry = 1;
    for (size_t i = 0; i < n; i++) {
      u64 t = (u64)(u32)~v[i] + carry;
      v[i] = (u32)t;
      carry = t >> 32;
    }
  }
  return v;
}

static Num from_twos(Limbs v) {
  if (!v.empty() && (v.back() >> 31)) {
    u64 carry = 1;
    for (size_t i = 0; i < v.size(); i++) {
      u64 t = (u64)(u32)~v[i] + carry;
      v[i] = (u32)t;
      carry = t >> 32;
    }
    return make(-1, std::move(v));
  }
  return make(1, std::move(v));
}

template <typename Op>
static Num bitwise(View a, View b, Op op) {
  size_t n = std::max(a.mag.size(), b.mag.size()) + 1;
  Limbs x = to_twos(a, n), y = to_twos(b, n);
  for (size_t i = 0; i < n; i++) x[i] = op(x[i], y[i]);
  return from_twos(std::move(x));
}

Num bit_and(View a, View b) {
  if (a.sign >= 0 && b.sign >= 0) {
    size_t n = std::min(a.mag.size(), b.mag.size());
    Limbs r(n);
    for (size_t i = 0; i < n; i++) r[i] = a.mag[i] & b.mag[i];
    return make(1, std::move(r));
  }
  return bitwise(a, b, [](u32 x, u32 y) { return x & y; });
}

Num bit_or(View a, View b) {
  if (a.sign >= 0 && b.sign >= 0) {
    Span x = a.mag.size() >= b.mag.size() ? a.mag : b.mag;
    Span y = a.mag.size() >= b.mag.size() ? b.mag : a.mag;
    Limbs r(x.begin(), x.end());
    for (size_t i = 0; i < y.size(); i++) r[i] |= y[i];
    return make(1, std::move(r));
  }
  return bitwise(a, b, [](u32 x, u32 y) { return x | y; });
}

Num bit_xor(View a, View b) {
  if (a.sign >= 0 && b.sign >= 0) {
    Span x = a.mag.size() >= b.mag.size() ? a.mag : b.mag;
    Span y = a.mag.size() >= b.mag.size() ? b.mag : a.mag;
    Limbs r(x.begin(), x.end());
    for (size_t i = 0; i < y.size(); i++) r[i] ^= y[i];
    return make(1, std::move(r));
  }
  return bitwise(a, b, [](u32 x, u32 y) { return x ^ y; });
}

Num bit_invert(View a) {
  // ~a == -(a + 1)
  Num r = add(a, from_u64(1));
  r.sign = -r.sign;
  return r;
}

// ============================================================================================
// 7. number theory
// ============================================================================================

static u64 gcd_u64(u64 a, u64 b) {
  while (b) {
    u64 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

Num gcd(View a, View b) {
  Limbs x(a.mag.begin(), a.mag.end()), y(b.mag.begin(), b.mag.end());
  if (cmp_mag(x, y) < 0) std::swap(x, y);
  while (!y.empty()) {
    if (x.size() <= 2) return from_u64(gcd_u64(low_u64(x), low_u64(y)));
    Limbs r = mod_mag(x, y);
    x = std::move(y);
    y = std::move(r);
  }
  return make(1, std::move(x));
}

Status isqrt(View a, Num* out) {
  if (a.sign < 0) return Status::Negative;
  if (a.sign == 0) {
    *out = Num();
    return Status::Ok;
  }
  u64 bl = mag_bit_length(a.mag);
  if (bl <= 64) {
    u64 n = low_u64(a.mag);
    u64 r = (u64)std::sqrt((double)n);
    while (r > 0 && (r > UINT32_MAX || r * r > n)) r--;
    while (r + 1 <= UINT32_MAX && (r + 1) * (r + 1) <= n) r++;
    *out = from_u64(r);
    return Status::Ok;
  }
  // Newton's iteration from above: x0 = 2^ceil(bl/2) >= sqrt(a).
  Limbs one{1};
  Limbs x = shl_mag(one, (bl + 1) / 2);
  for (;;) {
    Limbs q;
    divmod_mag(a.mag, x, &q, nullptr);
    Limbs y = shr_mag(add_mag(x, q), 1, nullptr);
    if (cmp_mag(y, x) >= 0) break;
    x = std::move(y);
  }
  *out = make(1, std::move(x));
  return Status::Ok;
}

// ============================================================================================
// 8. text
// ============================================================================================

static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
static const u32 kTen9 = 1000000000u;

// Appends the decimal digits of a magnitude (quadratic method, base 10^9 accumulation).
// If width > 0 the result is left-padded with zeros to exactly width digits.
static void dec_small(const u32* mag, size_t n, std::string* out, size_t width) {
  std::vector<u32> acc;  // base 1e9, little-endian
  acc.reserve(n * 32 / 29 + 2);
  for (size_t i = n; i-- > 0;) {
    u64 carry = mag[i];
    for (size_t j = 0; j < acc.size(); j++) {
      u64 t = ((u64)acc[j] << 32) | carry;
      carry = t / kTen9;
      acc[j] = (u32)(t - carry * kTen9);
    }
    while (carry) {
      acc.push_back((u32)(carry % kTen9));
      carry /= kTen9;
    }
  }
  char buf[16];
  size_t start = out->size();
  if (acc.empty()) {
    if (width == 0) out->push_back('0');
  } else {
    // top chunk without leading zeros
    u32 top = acc.back();
    int len = 0;
    do {
      buf[len++] = (char)('0' + top % 10);
      top /= 10;
    } while (top);
    while (len) out->push_back(buf[--len]);
    for (size_t j = acc.size() - 1; j-- > 0;) {
      u32 v = acc[j];
      for (int k = 8; k >= 0; k--) {
        buf[k] = (char)('0' + v % 10);
        v /= 10;
      }
      out->append(buf, 9);
    }
  }
  size_t produced = out->size() - start;
  if (width > produced) out->insert(start, width - produced, '0');
}

// Powers 10^(9 * 2^k) for the divide-and-conquer conversions, built on demand.
struct Pow10Table {
  std::vector<Limbs> p;  // p[k] = 10^(9 * 2^k)
  Span get(size_t k) {
    if (p.empty()) p.push_back(Limbs{kTen9});
    while (p.size() <= k) p.push_back(sqr_mag(p.back()));
    return p[k];
  }
};

static void dec_rec(Span x, size_t width, Pow10Table& tab, std::string* out) {
  if (x.size() < dc_string_threshold) {
    dec_small(x.data(), x.size(), out, width);
    return;
  }
  // Pick k with 10^(9*2^k) about the square root of x.
  u64 bits = mag_bit_length(x);
  size_t k = 0;
  // 10^(9*2^k) has about 29.9 * 2^k bits; want that near bits/2
  while ((u64)(29.897 * (double)((u64)1 << (k + 1))) < bits / 2) k++;
  Span p = tab.get(k);
  Limbs q, r;
  divmod_mag(x, p, &q, &r);
  size_t low_digits = (size_t)9 << k;
  if (q.empty()) {
    dec_rec(r, width, tab, out);
    return;
  }
  dec_rec(q, width > low_digits ? width - low_digits : 0, tab, out);
  dec_rec(r, low_digits, tab, out);
}

static int bits_per_digit_pow2(int base) {
  switch (base) {
    case 2: return 1;
    case 4: return 2;
    case 8: return 3;
    case 16: return 4;
    case 32: return 5;
  }
  return 0;
}

std::string to_string(View a, int base) {
  if (base < 2 || base > 36) base = 10;
  std::string s;
  if (a.sign == 0) return "0";
  if (a.sign < 0) s.push_back('-');
  if (int bpd = bits_per_digit_pow2(base)) {
    // Peel digits off the low end through a bit buffer.
    u64 nbits = mag_bit_length(a.mag);
    size_t ndig = (size_t)((nbits + (u64)bpd - 1) / (u64)bpd);
    size_t start = s.size();
    s.resize(start + ndig);
    char* out = &s[start];
    const u64 mask = ((u64)1 << bpd) - 1;
    u64 acc = 0;
    int nacc = 0;
    size_t li = 0, pos = ndig;
    while (pos > 0) {
      if (nacc < bpd) {
        if (li < a.mag.size()) acc |= (u64)a.mag[li++] << nacc;
        nacc += 32;
      }
      out[--pos] = kDigits[acc & mask];
      acc >>= bpd;
      nacc -= bpd;
    }
    return s;
  }
  if (base == 10) {
    if (a.mag.size() < dc_string_threshold) {
      dec_small(a.mag.data(), a.mag.size(), &s, 0);
    } else {
      Pow10Table tab;
      dec_rec(a.mag, 0, tab, &s);
    }
    return s;
  }
  // Other bases: repeated division by the largest power of base that fits a limb.
  u32 chunk = (u32)base;
  int per = 1;
  while ((u64)chunk * (u64)base <= UINT32_MAX) {
    chunk *= (u32)base;
    per++;
  }
  Limbs x(a.mag.begin(), a.mag.end());
  std::string rev;
  while (!x.empty()) {
    u32 rem = divmod_small(x, chunk, &x);
    for (int i = 0; i < per; i++) {
      rev.push_back(kDigits[rem % (u32)base]);
      rem /= (u32)base;
      if (x.empty() && rem == 0) break;
    }
  }
  while (rev.size() > 1 && rev.back() == '0') rev.pop_back();
  s.append(rev.rbegin(), rev.rend());
  return s;
}

static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Decimal digits (all valid) to a magnitude: quadratic in chunks of 9 digits.
static Limbs dec_parse_small(std::string_view s) {
  Limbs r;
  size_t i = 0, first = s.size() % 9;
  if (first == 0) first = 9;
  while (i < s.size()) {
    size_t len = (i == 0) ? first : 9;
    u32 chunk = 0, mulv = 1;
    for (size_t k = 0; k < len; k++) {
      chunk = chunk * 10 + (u32)(s[i + k] - '0');
      mulv *= 10;
    }
    i += len;
    u64 carry = chunk;
    for (size_t j = 0; j < r.size(); j++) {
      u64 t = (u64)r[j] * mulv + carry;
      r[j] = (u32)t;
      carry = t >> 32;
    }
    if (carry) r.push_back((u32)carry);
  }
  trim(r);
  return r;
}

// Divide and conquer: value = high * 10^len(low) + low, with len(low) = 9 * 2^k.
static Limbs dec_parse_rec(std::string_view s, Pow10Table& tab) {
  if (s.size() <= dc_parse_threshold) return dec_parse_small(s);
  size_t k = 0;
  while (((size_t)9 << (k + 1)) < s.size()) k++;
  size_t low_len = (size_t)9 << k;
  Limbs hi = dec_parse_rec(s.substr(0, s.size() - low_len), tab);
  Limbs lo = dec_parse_rec(s.substr(s.size() - low_len), tab);
  Limbs r = mul_mag(hi, tab.get(k));
  Limbs sum(std::max(r.size(), lo.size()) + 1, 0);
  std::copy(r.begin(), r.end(), sum.begin());
  add_into(sum.data(), sum.size(), lo.data(), lo.size());
  trim(sum);
  return sum;
}

bool from_string(std::string_view digits, int base, Num* out) {
  if (digits.empty() || base < 2 || base > 36) return false;
  for (char c : digits)
    if (digit_value(c) >= base) return false;
  if (int bpd = bits_per_digit_pow2(base)) {
    u64 nbits = (u64)digits.size() * bpd;
    Limbs r((size_t)((nbits + 31) / 32), 0);
    for (size_t i = 0; i < digits.size(); i++) {
      u64 v = (u64)digit_value(digits[digits.size() - 1 - i]);
      u64 bit = (u64)i * bpd;
      size_t li = (size_t)(bit / 32);
      unsigned off = (unsigned)(bit % 32);
      r[li] |= (u32)(v << off);
      if (off + bpd > 32) r[li + 1] |= (u32)(v >> (32 - off));
    }
    *out = make(1, std::move(r));
    return true;
  }
  if (base == 10) {
    size_t i = 0;
    while (i + 1 < digits.size() && digits[i] == '0') i++;
    std::string_view s = digits.substr(i);
    Pow10Table tab;
    *out = make(1, dec_parse_rec(s, tab));
    return true;
  }
  u32 chunk_mul = 1;
  Limbs r;
  size_t i = 0;
  while (i < digits.size()) {
    u32 chunk = 0;
    chunk_mul = 1;
    while (i < digits.size() && (u64)chunk_mul * (u64)base <= UINT32_MAX) {
      chunk = chunk * (u32)base + (u32)digit_value(digits[i]);
      chunk_mul *= (u32)base;
      i++;
    }
    u64 carry = chunk;
    for (size_t j = 0; j < r.size(); j++) {
      u64 t = (u64)r[j] * chunk_mul + carry;
      r[j] = (u32)t;
      carry = t >> 32;
    }
    if (carry) r.push_back((u32)carry);
  }
  *out = make(1, std::move(r));
  return true;
}

void decimal_digits_bounds(View a, uint64_t* lo, uint64_t* hi) {
  u64 bl = mag_bit_length(a.mag);
  if (bl == 0) {
    *lo = *hi = 1;
    return;
  }
  // 2^(bl-1) <= |a| < 2^bl  =>  digits in [floor((bl-1)*log10 2)+1, floor(bl*log10 2)+1]
  const double l2 = 0.30102999566398119521;
  double dlo = (double)(bl - 1) * l2, dhi = (double)bl * l2;
  // Pad by one on each side against floating-point error.
  u64 a_lo = (u64)dlo + 1, a_hi = (u64)dhi + 1;
  *lo = a_lo > 1 ? a_lo - (a_lo > 2 ? 1 : 0) : 1;
  *hi = a_hi + 1;
}

// ============================================================================================
// 9. floats
// ============================================================================================

double to_double(View a, bool* overflow) {
  *overflow = false;
  if (a.sign == 0) return 0.0;
  u64 bl = mag_bit_length(a.mag);
  double r;
  if (bl <= 64) {
    r = (double)low_u64(a.mag);  // hardware conversion rounds half-even
  } else {
    if (bl > 1024) {
      *overflow = true;
      return 0.0;
    }
    bool lost = false;
    Limbs top = shr_mag(a.mag, bl - 64, &lost);
    u64 v = low_u64(top);
    if (lost) v |= 1;  // sticky bit, far below the rounding position
    r = std::ldexp((double)v, (int)(bl - 64));
    if (std::isinf(r)) {
      *overflow = true;
      return 0.0;
    }
  }
  return a.sign < 0 ? -r : r;
}

Num from_double(double d) {
  if (!(std::fabs(d) >= 1.0) || std::isinf(d)) return Num();
  int e;
  double m = std::frexp(std::fabs(d), &e);  // |d| = m * 2^e, m in [0.5, 1)
  u64 mant = (u64)std::ldexp(m, 53);         // exact, 53 bits
  int shift = e - 53;
  Num r = from_u64(mant);
  if (shift > 0)
    r.mag = shl_mag(r.mag, (u64)shift);
  else if (shift < 0)
    r.mag = shr_mag(r.mag, (u64)(-shift), nullptr);
  r = make(1, std::move(r.mag));
  if (d < 0) r.sign = -r.sign;
  return r;
}

// ============================================================================================
// 10. hash, bytes, size estimates
// ============================================================================================

int64_t hash(View a) {
  const u64 P = ((u64)1 << 61) - 1;
  u64 h = 0;
  for (size_t i = a.mag.size(); i-- > 0;) {
    // h = h * 2^32 mod P (a rotation of the 61-bit value), then + limb
    h = ((h << 32) & P) | (h >> 29);
    h += a.mag[i];
    if (h >= P) h -= P;
  }
  int64_t r = (int64_t)h;
  if (a.sign < 0) r = -r;
  if (r == -1) r = -2;
  return r;
}

Status to_bytes(View a, size_t length, bool little_endian, bool is_signed, std::string* out) {
  if (a.sign < 0 && !is_signed) return Status::Negative;
  if (length == 0 && is_signed && a.sign < 0 && a.mag.size() == 1 && a.mag[0] == 1) {
    out->clear();  // CPython quirk: -1 fits in zero bytes (no bit of it is written)
    return Status::Ok;
  }
  u64 bl = mag_bit_length(a.mag);
  u64 avail = (u64)length * 8;
  if (is_signed) {
    // range [-2^(8L-1), 2^(8L-1))
    if (a.sign > 0 && bl + 1 > avail) return Status::Overflow;
    if (a.sign < 0) {
      // -2^(8L-1) fits; needs bl <= 8L-1, or bl == 8L and |a| == 2^(8L-1)... (bl-1 == 8L-1)
      bool pow2 = is_power_of_two(a.mag);
      if (bl > avail || (bl == avail && !pow2) || (avail == 0)) return Status::Overflow;
    }
  } else if (bl > avail) {
    return Status::Overflow;
  }
  out->assign(length, '\0');
  if (length == 0) return Status::Ok;
  size_t n = (length + 3) / 4 + 1;
  Limbs tw = to_twos(a, std::max(n, a.mag.size() + 1));
  for (size_t i = 0; i < length; i++) {
    unsigned char byte = (unsigned char)(tw[i / 4] >> (8 * (i % 4)));
    (*out)[little_endian ? i : length - 1 - i] = (char)byte;
  }
  return Status::Ok;
}

Num from_bytes(const unsigned char* data, size_t length, bool little_endian, bool is_signed) {
  if (length == 0) return Num();
  Limbs v((length + 3) / 4, 0);
  for (size_t i = 0; i < length; i++) {
    unsigned char byte = data[little_endian ? i : length - 1 - i];
    v[i / 4] |= (u32)byte << (8 * (i % 4));
  }
  unsigned char msb = data[little_endian ? length - 1 : 0];
  if (is_signed && (msb & 0x80)) {
    // sign-extend the top limb, then take the two's complement
    size_t used = length % 4;
    if (used) v.back() |= ~(u32)0 << (8 * used);
    return from_twos(std::move(v));
  }
  return make(1, std::move(v));
}

uint64_t mul_result_bits(View a, View b) {
  return mag_bit_length(a.mag) + mag_bit_length(b.mag);
}

uint64_t bytes_for_bits(uint64_t bits) { return (bits + 31) / 32 * 4; }

}  // namespace coil::bignum
