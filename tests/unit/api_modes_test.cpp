// api_modes_test.cpp - load() modes and the __main__ namespace: files, REPL entries (Mode::Interactive), check_complete.
#include <catch2/catch.hpp>

#include "api_test_support.h"

using coil_test::Captured;

namespace {

// Runs one REPL entry (as the CLI does after each complete statement) and returns its result.
coil::RunResult entry(Captured& c, const std::string& source) {
  c->load(source, "<stdin>", coil::Mode::Interactive);
  return coil_test::run_budgeted(*c, coil::Budget{10000});
}

}  // namespace

TEST_CASE("the __main__ namespace persists across load() calls", "[api][modes]") {
  Captured c;
  coil::RunResult r = coil_test::run_program(c, "x = 40\ndef add(n):\n    return x + n\nimport time\n");
  REQUIRE(r.status == coil::Status::Finished);
  r = coil_test::run_program(c, "print(add(2), time.monotonic() > 0, __name__)\n");
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out == "42 True __main__\n");
  // an error does not lose what was defined before it
  r = coil_test::run_program(c, "y = 1\nraise ValueError('boom')\n");
  CHECK(r.status == coil::Status::Error);
  CHECK(coil_test::last_line(c.err) == "ValueError: boom");
  r = coil_test::run_program(c, "print(x + y)\n");
  CHECK(c.out == "42 True __main__\n41\n");
}

TEST_CASE("Mode::Interactive echoes expression statements with repr and sets _", "[api][modes]") {
  Captured c;
  CHECK(entry(c, "1 + 1\n").status == coil::Status::Finished);
  CHECK(entry(c, "x = 'a'\n").status == coil::Status::Finished);
  entry(c, "x\n");
  entry(c, "None\n");  // None is not echoed and does not replace _
  entry(c, "_ * 3\n");
  entry(c, "for i in range(2):\n    i\n");  // every expression statement is echoed, in blocks too
  entry(c, "print('p')\n");                 // print's None is not echoed
  CHECK(c.out == "2\n'a'\n'aaa'\n0\n1\np\n");
  CHECK(c.err.empty());
}

TEST_CASE("Mode::Interactive reports errors against <stdin> and goes on", "[api][modes]") {
  Captured c;
  coil::RunResult r = entry(c, "1/0\n");
  CHECK(r.status == coil::Status::Error);
  CHECK(r.exit_code == 1);
  CHECK(c.err ==
        "Traceback (most recent call last):\n"
        "  File \"<stdin>\", line 1, in <module>\n"
        "ZeroDivisionError: division by zero\n");
  c.err.clear();
  r = entry(c, "def f(:\n");
  CHECK(r.status == coil::Status::Error);
  CHECK(c.err ==
        "  File \"<stdin>\", line 1\n"
        "    def f(:\n"
        "          ^\n"
        "SyntaxError: invalid syntax\n");
  r = entry(c, "'still here'\n");
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out == "'still here'\n");
}

TEST_CASE("a REPL entry can wait for input like a program", "[api][modes]") {
  Captured c;
  c->load("input('name? ')\n", "<stdin>", coil::Mode::Interactive);
  coil::RunResult r = c->run();
  REQUIRE(r.wait == coil::Wait::Input);
  c->send_input("Ada");
  r = c->run();
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out == "name? 'Ada'\n");
}

TEST_CASE("check_complete tells the REPL whether to ask for more lines", "[api][modes]") {
  Captured c;
  CHECK(c->check_complete("1 + 1") == coil::Completeness::Complete);
  CHECK(c->check_complete("") == coil::Completeness::Complete);
  CHECK(c->check_complete("if x:") == coil::Completeness::Incomplete);
  CHECK(c->check_complete("if x:\n    y = 1") == coil::Completeness::Incomplete);
  CHECK(c->check_complete("if x:\n    y = 1\n") == coil::Completeness::Complete);
  CHECK(c->check_complete("(1,") == coil::Completeness::Incomplete);
  CHECK(c->check_complete("'''doc") == coil::Completeness::Incomplete);
  CHECK(c->check_complete("x = \\") == coil::Completeness::Incomplete);
  CHECK(c->check_complete("def f(:") == coil::Completeness::Invalid);
  CHECK(c->check_complete("1 +* 2") == coil::Completeness::Invalid);
}

TEST_CASE("load() abandons a program that is still waiting", "[api][modes]") {
  Captured c;
  c->load("before = 1\ninput()\nprint('never')\n", "<test>");
  coil::RunResult r = c->run();
  REQUIRE(r.wait == coil::Wait::Input);
  r = coil_test::run_program(c, "print('next', before)\n");
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out == "next 1\n");
  CHECK(c.err.empty());
}

TEST_CASE("a file's name is __file__ and appears in tracebacks", "[api][modes]") {
  Captured c;
  coil::RunResult r = coil_test::run_program(c, "print('__file__' in globals())\n");
  CHECK(c.out == "False\n");  // names in angle brackets are not files (python3 -c: no __file__)
  c.out.clear();
  c->load("print(__file__)\nraise KeyError('k')\n", "/tmp/prog.py");
  r = coil_test::run_budgeted(*c, coil::Budget{});
  CHECK(r.status == coil::Status::Error);
  CHECK(c.out == "/tmp/prog.py\n");
  CHECK(coil_test::contains(c.err, "File \"/tmp/prog.py\", line 2, in <module>"));
  CHECK(coil_test::last_line(c.err) == "KeyError: 'k'");
}
