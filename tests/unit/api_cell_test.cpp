// api_cell_test.cpp - notebook cells (Mode::Cell): a shared namespace, the last expression displayed.
#include <catch2/catch.hpp>

#include <string>

#include "coil/coil.h"

namespace {

struct Notebook {
  std::string out, err;
  coil::Interpreter interp;
  Notebook()
      : interp([this] {
          coil::Options o;
          o.write = [this](coil::Stream s, std::string_view t) { (s == coil::Stream::Out ? out : err).append(t); };
          return o;
        }()) {}
  // Runs one cell to its end and returns what it printed on stdout.
  std::string cell(const std::string& source) {
    out.clear();
    interp.load(source, "<cell>", coil::Mode::Cell);
    coil::RunResult r;
    do r = interp.run(coil::Budget{100000, 0.01});
    while (r.status == coil::Status::Suspended && r.wait == coil::Wait::Budget);
    return out;
  }
};

}  // namespace

TEST_CASE("a cell displays its last expression statement only", "[api][cell]") {
  Notebook nb;
  CHECK(nb.cell("x = 2\nx * 10\nx + 1\n") == "3\n");
  CHECK(nb.cell("'text'\n") == "'text'\n");
  CHECK(nb.cell("None\n") == "");
  CHECK(nb.cell("print('hi')\n") == "hi\n");  // print returns None: nothing displayed
}

TEST_CASE("cells share one namespace, in order", "[api][cell]") {
  Notebook nb;
  CHECK(nb.cell("def square(n):\n    return n * n\n").empty());
  CHECK(nb.cell("square(7)\n") == "49\n");
  CHECK(nb.cell("_\n") == "49\n");  // sys.displayhook sets builtins._
}

TEST_CASE("a compound last statement displays nothing", "[api][cell]") {
  Notebook nb;
  CHECK(nb.cell("for i in range(2):\n    i\n") == "");
}
