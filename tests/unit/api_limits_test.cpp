// api_limits_test.cpp - Options::recursion_limit and Options::memory_limit: errors the program can catch, never a crash.
#include <catch2/catch.hpp>

#include "api_test_support.h"

using coil_test::Captured;

TEST_CASE("Options::recursion_limit is sys.getrecursionlimit() and deep recursion raises RecursionError", "[api][limits]") {
  coil::Options o;
  o.recursion_limit = 120;
  Captured c(o);
  coil::RunResult r = coil_test::run_program(c,
                                             "import sys\n"
                                             "print(sys.getrecursionlimit())\n"
                                             "def down(n):\n"
                                             "    return down(n + 1)\n"
                                             "try:\n"
                                             "    down(0)\n"
                                             "except RecursionError as e:\n"
                                             "    print(type(e).__name__, e)\n"
                                             "down(0)\n",
                                             coil::Budget{1000});
  CHECK(r.status == coil::Status::Error);
  CHECK(c.out == "120\nRecursionError maximum recursion depth exceeded\n");
  CHECK(coil_test::last_line(c.err) == "RecursionError: maximum recursion depth exceeded");
  // CPython's traceback compresses the repeated frames
  CHECK(coil_test::contains(c.err, "[Previous line repeated "));
  // and the interpreter is fine afterwards
  c.out.clear();
  r = coil_test::run_program(c, "print(down.__name__)\n");
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out == "down\n");
}

TEST_CASE("recursion through builtins and dunders is limited too", "[api][limits]") {
  Captured c;
  coil::RunResult r = coil_test::run_program(c,
                                             "class R:\n"
                                             "    def __repr__(self):\n"
                                             "        return repr(self)\n"
                                             "try:\n"
                                             "    repr(R())\n"
                                             "except RecursionError as e:\n"
                                             "    print('caught', type(e).__name__)\n"
                                             "l = []\n"
                                             "for _ in range(100000):\n"
                                             "    l = [l]\n"
                                             "try:\n"
                                             "    repr(l)\n"
                                             "except RecursionError as e:\n"
                                             "    print('deep', e)\n");
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out ==
        "caught RecursionError\n"
        "deep maximum recursion depth exceeded while getting the repr of an object\n");
}

TEST_CASE("Options::memory_limit turns runaway allocation into MemoryError", "[api][limits]") {
  coil::Options o;
  o.memory_limit = std::size_t(64) << 20;
  Captured c(o);
  coil::RunResult r = coil_test::run_program(c,
                                             "try:\n"
                                             "    x = [0] * (10 ** 8)\n"
                                             "except MemoryError as e:\n"
                                             "    print('one block', type(e).__name__)\n"
                                             "chunks = []\n"
                                             "try:\n"
                                             "    while True:\n"
                                             "        chunks.append('x' * 100000)\n"
                                             "except MemoryError:\n"
                                             "    n = len(chunks)\n"
                                             "    chunks = None\n"
                                             "    print('growth', n > 100)\n"
                                             "print(len([1] * 1000))\n",
                                             coil::Budget{10000});
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out == "one block MemoryError\ngrowth True\n1000\n");
  CHECK(c.err.empty());
  // an uncaught MemoryError is an ordinary error; the interpreter still runs programs after it
  c.out.clear();
  r = coil_test::run_program(c, "s = 'y' * (10 ** 9)\n");
  CHECK(r.status == coil::Status::Error);
  CHECK(coil_test::last_line(c.err) == "MemoryError");
  r = coil_test::run_program(c, "print('alive')\n");
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out == "alive\n");
}
