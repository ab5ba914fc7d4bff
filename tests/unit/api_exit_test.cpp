// api_exit_test.cpp - how a program ends: SystemExit codes as python3's exit status, exit()/quit(), Options::inspect.
#include <catch2/catch.hpp>

#include "api_test_support.h"

using coil_test::Captured;

TEST_CASE("SystemExit gives python3's exit status and message", "[api][exit]") {
  struct Case {
    const char* arg;  // raise SystemExit(arg)
    int code;
    const char* err;
  };
  // recorded with python3 -c "raise SystemExit(ARG)"; echo $?
  const Case cases[] = {
      {"", 0, ""},         {"None", 0, ""},        {"3", 3, ""},         {"256", 0, ""},
      {"-1", 255, ""},     {"2**70", 255, ""},     {"-2**70", 255, ""},  {"True", 1, ""},
      {"'bye'", 1, "bye\n"}, {"3.5", 1, "3.5\n"}, {"[1]", 1, "[1]\n"}, {"1, 2", 1, "(1, 2)\n"},
  };
  for (const Case& k : cases) {
    Captured c;
    coil::RunResult r = coil_test::run_program(c, std::string("print('out')\nraise SystemExit(") + k.arg + ")\n");
    INFO("SystemExit(" << k.arg << ")");
    CHECK(r.status == coil::Status::Finished);
    CHECK(r.exited);
    CHECK(r.exit_code == k.code);
    CHECK(c.out == "out\n");
    CHECK(c.err == k.err);
  }
}

TEST_CASE("sys.exit() runs finally blocks and can be caught", "[api][exit]") {
  Captured c;
  coil::RunResult r = coil_test::run_program(c,
                                             "import sys\n"
                                             "try:\n"
                                             "    sys.exit(4)\n"
                                             "except SystemExit as e:\n"
                                             "    print('caught', e.code)\n"
                                             "try:\n"
                                             "    sys.exit(5)\n"
                                             "finally:\n"
                                             "    print('finally')\n");
  CHECK(r.status == coil::Status::Finished);
  CHECK(r.exited);
  CHECK(r.exit_code == 5);
  CHECK(c.out == "caught 4\nfinally\n");
}

TEST_CASE("a finished program is not an exit: exited is only set by SystemExit", "[api][exit]") {
  Captured c;
  coil::RunResult r = coil_test::run_program(c, "pass\n");
  CHECK(r.status == coil::Status::Finished);
  CHECK_FALSE(r.exited);
  r = coil_test::run_program(c, "raise ValueError\n");
  CHECK(r.status == coil::Status::Error);
  CHECK(r.exit_code == 1);
  CHECK_FALSE(r.exited);
}

TEST_CASE("exit() and quit() are the site builtins, unless Options::site_builtins is false", "[api][exit]") {
  Captured c;
  coil::RunResult r = coil_test::run_program(c, "print(repr(exit), repr(quit))\nexit(7)\n");
  CHECK(r.status == coil::Status::Finished);
  CHECK(r.exit_code == 7);
  CHECK(c.out == "Use exit() or Ctrl-D (i.e. EOF) to exit Use quit() or Ctrl-D (i.e. EOF) to exit\n");

  coil::Options no_site;
  no_site.site_builtins = false;
  Captured bare(no_site);
  r = coil_test::run_program(bare, "exit()\n");
  CHECK(r.status == coil::Status::Error);
  CHECK(coil_test::last_line(bare.err) == "NameError: name 'exit' is not defined");
}

TEST_CASE("Options::inspect (python3 -i) reports a program's SystemExit as a traceback", "[api][exit]") {
  coil::Options o;
  o.inspect = true;
  Captured c(o);
  coil::RunResult r = coil_test::run_program(c, "import sys\nsys.exit(3)\n");
  CHECK(r.status == coil::Status::Error);
  CHECK_FALSE(r.exited);
  CHECK(c.err ==
        "Traceback (most recent call last):\n"
        "  File \"<test>\", line 2, in <module>\n"
        "SystemExit: 3\n");
  // a REPL entry's SystemExit ends the session as usual
  c->load("sys.exit(4)\n", "<stdin>", coil::Mode::Interactive);
  r = coil_test::run_budgeted(*c, coil::Budget{});
  CHECK(r.status == coil::Status::Finished);
  CHECK(r.exited);
  CHECK(r.exit_code == 4);
}
