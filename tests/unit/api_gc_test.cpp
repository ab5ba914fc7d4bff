// api_gc_test.cpp - the cycle collector seen through the embedding API: the memory limit collects
// cyclic garbage before raising MemoryError, and shutdown() runs finalizers in CPython's order.
#include <catch2/catch.hpp>

#include <string>

#include "coil/coil.h"

namespace {

struct Run {
  std::string out, err;
  coil::Interpreter interp;
  explicit Run(std::size_t memory_limit)
      : interp([this, memory_limit] {
          coil::Options o;
          o.memory_limit = memory_limit;
          o.write = [this](coil::Stream s, std::string_view t) { (s == coil::Stream::Out ? out : err).append(t); };
          return o;
        }()) {}
  void program(const std::string& source) {
    interp.load(source, "<test>", coil::Mode::File);
    coil::RunResult r;
    do r = interp.run(coil::Budget{1000000, 1.0});
    while (r.status == coil::Status::Suspended && r.wait == coil::Wait::Budget);
  }
};

}  // namespace

TEST_CASE("cyclic garbage does not exhaust the memory limit", "[api][gc]") {
  Run run(std::size_t(32) << 20);
  // Automatic collections are made rare: only the limit can trigger one. About 8 MB of cycles per
  // round, 40 rounds: far more than the limit in total, never more than a few rounds alive.
  run.program(
      "import gc\n"
      "gc.set_threshold(10**9)\n"
      "class Node:\n"
      "    def __init__(self): self.me = self; self.data = [0] * 1000\n"
      "for r in range(40):\n"
      "    for i in range(1000): Node()\n"
      "print('survived')\n");
  CHECK(run.out == "survived\n");
  CHECK(run.err == "");
}

TEST_CASE("a live heap over the limit still raises MemoryError", "[api][gc]") {
  Run run(std::size_t(32) << 20);
  run.program(
      "keep = []\n"
      "try:\n"
      "    while True: keep.append([0] * 10000)\n"
      "except MemoryError:\n"
      "    keep = None\n"
      "    print('MemoryError')\n");
  CHECK(run.out == "MemoryError\n");
}

TEST_CASE("shutdown runs atexit callbacks, then finalizers of __main__'s objects", "[api][gc]") {
  Run run(std::size_t(1) << 30);
  run.program(
      "import atexit\n"
      "class N:\n"
      "    def __init__(self, n): self.n = n\n"
      "    def __del__(self): print('del', self.n)\n"
      "a = N('a')\n"
      "b = N('b')\n"
      "b.cycle = b\n"
      "atexit.register(print, 'atexit')\n"
      "print('end')\n");
  run.interp.shutdown();
  CHECK(run.out == "end\natexit\ndel a\ndel b\n");
}
