// api_input_test.cpp - input() and sys.stdin suspend run() until the embedder sends a line or closes stdin.
#include <catch2/catch.hpp>

#include "api_test_support.h"

using coil_test::Captured;

TEST_CASE("input() suspends with Wait::Input and resumes with the line sent", "[api][input]") {
  Captured c;
  c->load("name = input('Name? ')\nprint('Hello,', name)\n", "<test>");
  coil::RunResult r = c->run();
  REQUIRE(r.status == coil::Status::Suspended);
  CHECK(r.wait == coil::Wait::Input);
  CHECK(r.line == 1);
  CHECK(c.out == "Name? ");  // the prompt is written before the wait, to stdout
  // run() without input keeps waiting
  r = c->run();
  CHECK(r.status == coil::Status::Suspended);
  CHECK(r.wait == coil::Wait::Input);
  c->send_input("Ada");
  r = c->run();
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out == "Name? Hello, Ada\n");
}

TEST_CASE("several input() calls take the lines in order, including lines sent ahead", "[api][input]") {
  Captured c;
  c->load(
      "a = int(input())\n"
      "b = int(input('b: '))\n"
      "c = input('c: ')\n"
      "print(a + b, repr(c))\n",
      "<test>");
  coil::RunResult r = c->run();
  REQUIRE(r.wait == coil::Wait::Input);
  c->send_input("40");
  c->send_input("2");  // before it is asked for
  r = c->run();
  REQUIRE(r.status == coil::Status::Suspended);
  CHECK(r.wait == coil::Wait::Input);
  CHECK(r.line == 3);
  c->send_input("");
  r = c->run();
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out == "b: c: 42 ''\n");
}

TEST_CASE("close_input() makes a waiting input() raise EOFError", "[api][input]") {
  Captured c;
  c->load("try:\n    input('> ')\nexcept EOFError as e:\n    print(type(e).__name__, e)\ninput()\n", "<test>");
  coil::RunResult r = c->run();
  REQUIRE(r.wait == coil::Wait::Input);
  c->close_input();
  r = c->run();
  CHECK(r.status == coil::Status::Error);
  CHECK(r.exit_code == 1);
  CHECK(c.out == "> EOFError EOF when reading a line\n");
  CHECK(c.err ==
        "Traceback (most recent call last):\n"
        "  File \"<test>\", line 5, in <module>\n"
        "EOFError: EOF when reading a line\n");
}

TEST_CASE("sys.stdin.readline() and iteration over sys.stdin suspend like input()", "[api][input]") {
  Captured c;
  c->load(
      "import sys\n"
      "first = sys.stdin.readline()\n"
      "rest = [line for line in sys.stdin]\n"
      "print(repr(first), rest)\n"
      "print(repr(sys.stdin.readline()))\n",
      "<test>");
  coil::RunResult r = c->run();
  REQUIRE(r.wait == coil::Wait::Input);
  c->send_input("one");
  r = c->run();
  c->send_input("two");
  c->send_input("three");
  c->close_input();
  r = coil_test::run_budgeted(*c, coil::Budget{});
  CHECK(r.status == coil::Status::Finished);
  INFO(c.err);
  CHECK(c.out == "'one\\n' ['two\\n', 'three\\n']\n''\n");
}

TEST_CASE("input() inside a generator driven by a builtin suspends the whole program", "[api][input]") {
  Captured c;
  c->load("def answers():\n    for q in 'ab':\n        yield input(q + '? ')\nprint(list(answers()))\n", "<test>");
  coil::RunResult r = c->run();
  INFO(c.err);
  REQUIRE(r.wait == coil::Wait::Input);
  c->send_input("1");
  r = c->run();
  REQUIRE(r.wait == coil::Wait::Input);
  c->send_input("2");
  r = c->run();
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out == "a? b? ['1', '2']\n");
}

TEST_CASE("time.sleep() suspends with Wait::Sleep and a wake-up time", "[api][sleep]") {
  Captured c;
  c->load("import time\nprint('before')\ntime.sleep(0.05)\nprint('after')\n", "<test>");
  double start = coil::Interpreter::now();
  coil::RunResult r = c->run();
  REQUIRE(r.status == coil::Status::Suspended);
  CHECK(r.wait == coil::Wait::Sleep);
  CHECK(r.line == 3);
  CHECK(r.wake_at >= start + 0.05);
  CHECK(c.out == "before\n");
  // Calling run() early keeps sleeping; after wake_at the program goes on.
  while (coil::Interpreter::now() < r.wake_at) {
    coil::RunResult again = c->run();
    if (again.status != coil::Status::Suspended) break;
    CHECK(again.wait == coil::Wait::Sleep);
  }
  while (coil::Interpreter::now() < r.wake_at) {
  }
  r = c->run();
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out == "before\nafter\n");
}

TEST_CASE("time.sleep(0) and negative sleeps", "[api][sleep]") {
  Captured c;
  coil::RunResult r = coil_test::run_program(
      c, "import time\ntime.sleep(0)\ntry:\n    time.sleep(-1)\nexcept ValueError as e:\n    print(e)\n");
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out == "sleep length must be non-negative\n");
}

TEST_CASE("run_to_end() sleeps for real", "[api][sleep]") {
  Captured c;
  c->load("import time\nt = time.monotonic()\ntime.sleep(0.02)\nprint(time.monotonic() - t >= 0.02)\n", "<test>");
  coil::RunResult r = c->run_to_end();
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out == "True\n");
}
