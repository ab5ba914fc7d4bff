// api_budget_test.cpp - run() budgets: a long program is cut into slices that together do what one run does.
#include <catch2/catch.hpp>

#include "api_test_support.h"

using coil_test::Captured;
using coil_test::run_budgeted;

namespace {

const char kLongProgram[] =
    "total = 0\n"
    "for i in range(300000):\n"
    "    total += i * i % 7\n"
    "    if i % 50000 == 0:\n"
    "        print('at', i, total)\n"
    "def fib(n):\n"
    "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
    "print('fib', fib(18))\n"
    "print(sorted([(i * 37) % 101 for i in range(2000)], key=lambda x: -x)[:5])\n"
    "print('total', total)\n";

}  // namespace

TEST_CASE("a long loop suspends on its instruction budget and finishes after more run() calls", "[api][budget]") {
  Captured sliced;
  sliced->load(kLongProgram, "<test>");
  coil::RunResult first = sliced->run(coil::Budget{1000});
  CHECK(first.status == coil::Status::Suspended);
  CHECK(first.wait == coil::Wait::Budget);
  CHECK(first.line >= 1);  // the line being run, for a status bar
  CHECK(first.line <= 10);
  int calls = 0;
  coil::RunResult r = run_budgeted(*sliced, coil::Budget{1000}, &calls);
  CHECK(r.status == coil::Status::Finished);
  CHECK(r.exit_code == 0);
  CHECK(calls > 100);

  Captured whole;
  coil::RunResult w = coil_test::run_program(whole, kLongProgram);
  CHECK(w.status == coil::Status::Finished);
  CHECK(sliced.out == whole.out);
  CHECK(sliced.err == whole.err);
  CHECK(sliced.out.find("total") != std::string::npos);
}

TEST_CASE("a budget of one instruction still makes progress", "[api][budget]") {
  Captured c;
  c->load("x = 0\nfor i in range(100):\n    x += i\nprint(x)\n", "<test>");
  coil::RunResult r = run_budgeted(*c, coil::Budget{1});
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out == "4950\n");
}

TEST_CASE("a time budget returns control while the program runs", "[api][budget]") {
  Captured c;
  c->load("i = 0\nwhile i < 3000000:\n    i += 1\nprint(i)\n", "<test>");
  coil::RunResult r = c->run(coil::Budget{UINT64_MAX, 0.001});
  CHECK(r.status == coil::Status::Suspended);
  CHECK(r.wait == coil::Wait::Budget);
  r = run_budgeted(*c, coil::Budget{UINT64_MAX, 0.005});
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out == "3000000\n");
}

TEST_CASE("budgets are honoured inside generators, comprehensions and builtins driving Python code", "[api][budget]") {
  Captured c;
  c->load(
      "def gen():\n"
      "    for i in range(20000):\n"
      "        yield i\n"
      "print(sum(x for x in gen()))\n"
      "print(len(list(map(lambda v: v + 1, range(20000)))))\n"
      "print(sorted(range(5000), key=lambda v: (v * 7919) % 5000)[:3])\n"
      "class A:\n"
      "    def __init__(self, n): self.n = n\n"
      "    def __lt__(self, other): return self.n > other.n\n"
      "print(min(A(i) for i in range(5000)).n)\n",
      "<test>");
  int calls = 0;
  coil::RunResult r = run_budgeted(*c, coil::Budget{500}, &calls);
  CHECK(r.status == coil::Status::Finished);
  CHECK(calls > 50);
  CHECK(c.out == "199990000\n20000\n[0, 2679, 358]\n4999\n");
}

TEST_CASE("run() after the program finished does nothing", "[api][budget]") {
  Captured c;
  coil::RunResult r = coil_test::run_program(c, "print('once')\n");
  CHECK(r.status == coil::Status::Finished);
  r = c->run();
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out == "once\n");
}

TEST_CASE("run() before anything was loaded finishes at once", "[api][budget]") {
  Captured c;
  coil::RunResult r = c->run();
  CHECK(r.status == coil::Status::Finished);
  CHECK(r.exit_code == 0);
  CHECK(c.out.empty());
}
