// bench.cpp - timings of the numeric libraries, printed next to the same operations in python3.
//
// Build: g++ -std=c++20 -O2 -Icore tools/numtest/bench.cpp core/objects/bignum.cpp
//        core/objects/numfmt.cpp -o bench ; run: ./bench (tools/numtest/bench.py prints the ratios)
// Output: one line per benchmark: NAME microseconds-per-operation

#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "objects/bignum.h"
#include "objects/numfmt.h"

using namespace coil;
using bignum::Num;

static volatile size_t sink;

template <typename F>
static void bench(const char* name, F f) {
  using clk = std::chrono::steady_clock;
  // run for at least ~0.3 s
  long iters = 1;
  for (;;) {
    auto t0 = clk::now();
    for (long i = 0; i < iters; i++) f();
    double s = std::chrono::duration<double>(clk::now() - t0).count();
    if (s > 0.3 || iters > (1L << 26)) {
      std::printf("%-28s %12.3f\n", name, s / (double)iters * 1e6);
      return;
    }
    iters *= (s < 0.01) ? 10 : 2;
  }
}

static Num pow_of(uint64_t b, uint64_t e) {
  Num r;
  bignum::pow(bignum::from_u64(b), e, &r);
  return r;
}

int main(int argc, char** argv) {
  std::string only = argc > 1 ? argv[1] : "";
  auto want = [&](const char* n) { return only.empty() || only == n; };
  Num a1000 = bignum::sub(pow_of(10, 1000), bignum::from_u64(12345));
  Num b1000 = bignum::sub(pow_of(7, 1183), bignum::from_u64(999));
  Num a10k = bignum::sub(pow_of(10, 10000), bignum::from_u64(1));
  Num b10k = bignum::sub(pow_of(7, 11833), bignum::from_u64(1));
  Num p4300 = pow_of(10, 4300);
  Num p2_100k = pow_of(2, 100000);
  Num p10_100k = bignum::sub(pow_of(10, 100000), bignum::from_u64(1));
  Num a2000 = bignum::sub(pow_of(10, 2000), bignum::from_u64(7));
  std::string s4300 = bignum::to_string(bignum::sub(p4300, bignum::from_u64(1)));
  if (want("mul_1000d")) bench("mul_1000d", [&] { sink = bignum::mul(a1000, b1000).mag.size(); });
  if (want("mul_10000d")) bench("mul_10000d", [&] { sink = bignum::mul(a10k, b10k).mag.size(); });
  if (want("divmod_2000d_1000d"))
    bench("divmod_2000d_1000d", [&] {
      Num q, r;
      bignum::divmod(a2000, b1000, &q, &r);
      sink = q.mag.size();
    });
  if (want("str_10_4300")) bench("str_10_4300", [&] { sink = bignum::to_string(p4300).size(); });
  if (want("int_4300_digits"))
    bench("int_4300_digits", [&] {
      Num r;
      bignum::from_string(s4300, 10, &r);
      sink = r.mag.size();
    });
  if (want("str_2_100000")) bench("str_2_100000", [&] { sink = bignum::to_string(p2_100k).size(); });
  if (want("str_10_100000")) bench("str_10_100000", [&] { sink = bignum::to_string(p10_100k).size(); });
  if (want("hex_2_100000")) bench("hex_2_100000", [&] { sink = bignum::to_string(p2_100k, 16).size(); });
  if (want("factorial_2000"))
    bench("factorial_2000", [&] {
      Num f = bignum::from_u64(1);
      for (uint64_t i = 2; i <= 2000; i++) f = bignum::mul(f, bignum::from_u64(i));
      sink = f.mag.size();
    });
  if (want("pow_3_100000")) bench("pow_3_100000", [&] { sink = pow_of(3, 100000).mag.size(); });
  if (want("powmod_1024bit")) {
    Num m = bignum::sub(pow_of(2, 1024), bignum::from_u64(105));
    Num b = bignum::sub(pow_of(3, 600), bignum::from_u64(1));
    Num e = bignum::sub(pow_of(2, 1023), bignum::from_u64(3));
    bench("powmod_1024bit", [&] {
      Num r;
      bignum::powmod(b, e, m, &r);
      sink = r.mag.size();
    });
  }
  if (want("add_small_loop"))
    bench("add_small_loop", [&] {
      Num acc;
      Num one = bignum::from_u64(0x123456789ull);
      for (int i = 0; i < 1000; i++) acc = bignum::add(acc, one);
      sink = acc.mag.size();
    });
  std::mt19937_64 rng(42);
  std::vector<double> ds;
  for (int i = 0; i < 1000; i++) {
    uint64_t bits = (rng() & 0x3fffffffffffffffull) | 0x3000000000000000ull;  // normal numbers
    double d;
    std::memcpy(&d, &bits, 8);
    ds.push_back(d);
  }
  std::vector<double> short_ds;
  for (int i = 0; i < 1000; i++) short_ds.push_back((double)(rng() % 100000) / 100.0);
  if (want("repr_random_x1000"))
    bench("repr_random_x1000", [&] {
      size_t n = 0;
      for (double d : ds) n += numfmt::float_repr(d).size();
      sink = n;
    });
  if (want("repr_short_x1000"))
    bench("repr_short_x1000", [&] {
      size_t n = 0;
      for (double d : short_ds) n += numfmt::float_repr(d).size();
      sink = n;
    });
  if (want("format_2f_x1000"))
    bench("format_2f_x1000", [&] {
      size_t n = 0;
      for (double d : short_ds) n += numfmt::format_float(d, ".2f").text.size();
      sink = n;
    });
  if (want("parse_float_x1000")) {
    std::vector<std::string> strs;
    for (double d : ds) strs.push_back(numfmt::float_repr(d));
    bench("parse_float_x1000", [&] {
      size_t n = 0;
      double v;
      for (auto& s : strs) n += numfmt::parse_float(s, &v);
      sink = n;
    });
  }
  return 0;
}
