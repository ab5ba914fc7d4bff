// api_smoke_test.cpp - smoke tests of the public embedding API (coil/coil.h) as the app and the CLI use it.
#include <catch2/catch.hpp>

#include <string>

#include "coil/coil.h"

namespace {

// Runs `source` with budgeted run() calls, the way the app drives the interpreter each frame.
struct Captured {
  std::string out, err;
  coil::RunResult result;
  int calls = 0;
};

Captured run_budgeted(const std::string& source) {
  Captured c;
  coil::Options options;
  options.write = [&c](coil::Stream s, std::string_view text) {
    (s == coil::Stream::Out ? c.out : c.err).append(text.data(), text.size());
  };
  coil::Interpreter interp(options);
  interp.load(source, "<test>");
  do {
    c.result = interp.run(coil::Budget{10000, 0.008});
    ++c.calls;
  } while (c.result.status == coil::Status::Suspended && c.result.wait == coil::Wait::Budget && c.calls < 100000);
  return c;
}

}  // namespace

TEST_CASE("version strings are set", "[api]") {
  CHECK(std::string(coil::version()) == "0.1.0");
  CHECK(std::string(coil::python_version()).rfind("3.11", 0) == 0);
}

TEST_CASE("a program's output reaches Options::write and the run finishes", "[api]") {
  Captured c = run_budgeted("print('hello', 1 + 2)\n");
  CHECK(c.result.status == coil::Status::Finished);
  CHECK(c.result.exit_code == 0);
  CHECK(c.out.find("hello") != std::string::npos);
}

TEST_CASE("the clock is monotonic", "[api]") {
  double a = coil::Interpreter::now();
  double b = coil::Interpreter::now();
  CHECK(b >= a);
}
