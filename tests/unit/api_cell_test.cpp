// api_cell_test.cpp - notebook cells (Mode::Cell): a shared namespace, the last expression displayed.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

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

TEST_CASE("each cell has its own stdin: input left over or closed before does not carry over", "[api][cell]") {
  Notebook nb;
  auto run_with_input = [&](const std::string& source, std::vector<std::string> lines) {
    nb.out.clear();
    nb.err.clear();
    nb.interp.load(source, "<cell>", coil::Mode::Cell);
    coil::RunResult r;
    bool sent = false;
    for (;;) {
      r = nb.interp.run(coil::Budget{100000, 0.01});
      if (r.status != coil::Status::Suspended) break;
      if (r.wait == coil::Wait::Input) {
        if (!sent) for (const std::string& line : lines) nb.interp.send_input(line);  // all at once: some are left over
        else nb.interp.close_input();
        sent = true;
      }
    }
    return nb.out + nb.err;
  };
  CHECK(run_with_input("input('a? ')\n", {"one", "two"}) == "a? 'one'\n");
  CHECK(run_with_input("try:\n    input()\nexcept EOFError:\n    print('eof')\n", {}) == "eof\n");
  CHECK(run_with_input("input('b? ')\n", {"three"}) == "b? 'three'\n");
}

TEST_CASE("tracebacks show the source lines of cells, under their pseudo file name", "[api][cell]") {
  Notebook nb;
  nb.interp.load("def fail(n):\n    return 1 / n\n", "<string>", coil::Mode::File);  // not a cell
  while (nb.interp.run().status == coil::Status::Suspended) {
  }
  nb.interp.load("fail(0)\n", "<cell s/2>", coil::Mode::Cell);
  while (nb.interp.run().status == coil::Status::Suspended) {
  }
  CHECK(nb.err.find("  File \"<cell s/2>\", line 1, in <module>\n    fail(0)\n") != std::string::npos);
  CHECK(nb.err.find("  File \"<string>\", line 2, in fail\n") != std::string::npos);
  CHECK(nb.err.find("    return 1 / n\n") == std::string::npos);  // "<string>" shows no lines, as in CPython
}

TEST_CASE("a cell's uncaught NameError has no \"Did you mean\" hint (as the traceback module of 3.11)", "[api][cell]") {
  Notebook nb;
  nb.cell("print_it = 1\nprnt(1)\n");
  CHECK(nb.err.find("NameError: name 'prnt' is not defined\n") != std::string::npos);
  CHECK(nb.err.find("Did you mean") == std::string::npos);
}
