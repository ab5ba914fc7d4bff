// api_stop_test.cpp - request_stop(): a runaway program driven with budgets ends with a KeyboardInterrupt traceback.
#include <catch2/catch.hpp>

#include <chrono>
#ifndef __EMSCRIPTEN__
#include <thread>
#endif

#include "api_test_support.h"

using coil_test::Captured;

namespace {

const char kKeyboardInterruptAtLine2[] =
    "Traceback (most recent call last):\n"
    "  File \"<test>\", line 2, in <module>\n"
    "KeyboardInterrupt\n";

}  // namespace

TEST_CASE("a runaway loop keeps returning Suspended(Budget) until request_stop ends it", "[api][stop]") {
  Captured c;
  c->load("n = 0\nwhile True:\n    n += 1\n", "<test>");
  for (int frame = 0; frame < 20; ++frame) {
    coil::RunResult r = c->run(coil::Budget{5000});
    REQUIRE(r.status == coil::Status::Suspended);
    CHECK(r.wait == coil::Wait::Budget);
  }
  c->request_stop();
  coil::RunResult r = c->run(coil::Budget{5000});
  CHECK(r.status == coil::Status::Error);
  CHECK(r.exit_code == 130);
  // python3 reports the interrupt on the `while` line (the loop's back-edge)
  CHECK(c.err == kKeyboardInterruptAtLine2);
  CHECK(c.out.empty());
}

TEST_CASE("the __main__ namespace survives a stop and the next program runs", "[api][stop]") {
  Captured c;
  c->load("n = 0\nwhile True:\n    n += 1\n", "<test>");
  c->run(coil::Budget{20000});
  c->request_stop();
  coil::RunResult r = coil_test::run_budgeted(*c, coil::Budget{1000});
  REQUIRE(r.status == coil::Status::Error);
  r = coil_test::run_program(c, "print(n > 0)\n");
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out == "True\n");
}

TEST_CASE("a stop can be caught by the program like Ctrl-C", "[api][stop]") {
  Captured c;
  c->load(
      "try:\n"
      "    while True:\n"
      "        pass\n"
      "except KeyboardInterrupt:\n"
      "    print('caught')\n"
      "finally:\n"
      "    print('finally')\n",
      "<test>");
  coil::RunResult r = c->run(coil::Budget{3000});
  REQUIRE(r.wait == coil::Wait::Budget);
  c->request_stop();
  r = coil_test::run_budgeted(*c, coil::Budget{3000});
  CHECK(r.status == coil::Status::Finished);
  CHECK(r.exit_code == 0);
  CHECK(c.out == "caught\nfinally\n");
}

TEST_CASE("a stop interrupts a program waiting for input", "[api][stop]") {
  Captured c;
  c->load("x = 1\nname = input('? ')\nprint('never')\n", "<test>");
  coil::RunResult r = c->run();
  REQUIRE(r.wait == coil::Wait::Input);
  c->request_stop();
  r = c->run();
  CHECK(r.status == coil::Status::Error);
  CHECK(r.exit_code == 130);
  CHECK(c.out == "? ");
  CHECK(c.err == kKeyboardInterruptAtLine2);
}

TEST_CASE("a stop interrupts time.sleep() before its deadline", "[api][stop]") {
  Captured c;
  c->load("import time\ntime.sleep(3600)\n", "<test>");
  coil::RunResult r = c->run();
  REQUIRE(r.wait == coil::Wait::Sleep);
  c->request_stop();
  r = c->run();
  CHECK(r.status == coil::Status::Error);
  CHECK(c.err == kKeyboardInterruptAtLine2);
}

TEST_CASE("a stop lands inside deep Python calls and generators with the whole traceback", "[api][stop]") {
  Captured c;
  c->load(
      "def spin():\n"
      "    while True:\n"
      "        yield 1\n"
      "def outer():\n"
      "    return sum(spin())\n"
      "outer()\n",
      "<test>");
  coil::RunResult r = c->run(coil::Budget{5000});
  REQUIRE(r.wait == coil::Wait::Budget);
  c->request_stop();
  r = coil_test::run_budgeted(*c, coil::Budget{5000});
  CHECK(r.status == coil::Status::Error);
  CHECK(coil_test::last_line(c.err) == "KeyboardInterrupt");
  CHECK(coil_test::contains(c.err, "line 6, in <module>"));
  CHECK(coil_test::contains(c.err, "line 5, in outer"));
  CHECK(coil_test::contains(c.err, "in spin"));
}

#ifndef __EMSCRIPTEN__  // no threads in the web build
TEST_CASE("run_to_end() can be stopped from another thread (the CLI's Ctrl-C)", "[api][stop]") {
  Captured c;
  c->load("n = 0\nwhile True:\n    n += 1\n", "<test>");
  std::thread stopper([&c] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    c->request_stop();
  });
  coil::RunResult r = c->run_to_end();
  stopper.join();
  CHECK(r.status == coil::Status::Error);
  CHECK(r.exit_code == 130);
  CHECK(c.err == kKeyboardInterruptAtLine2);
}
#endif
