// api_output_test.cpp - Options::write / Options::flush: the program's stdout, stderr and tracebacks reach the embedder in order.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "api_test_support.h"

namespace {

// Records every write and flush in order: "O:text" / "E:text" (consecutive writes to one stream
// merged), "flush:O" / "flush:E".
struct Log {
  std::vector<std::string> events;
  void add(const std::string& tag, std::string_view text) {
    if (!events.empty() && events.back().compare(0, tag.size(), tag) == 0 && tag != "flush:")
      events.back().append(text);
    else
      events.push_back(tag + std::string(text));
  }
};

coil::Options logging_options(Log& log) {
  coil::Options o;
  o.write = [&log](coil::Stream s, std::string_view text) { log.add(s == coil::Stream::Out ? "O:" : "E:", text); };
  o.flush = [&log](coil::Stream s) { log.add("flush:", s == coil::Stream::Out ? "O" : "E"); };
  return o;
}

coil::RunResult run(coil::Interpreter& interp, const std::string& source) {
  interp.load(source, "<test>");
  return coil_test::run_budgeted(interp, coil::Budget{10000});
}

}  // namespace

TEST_CASE("stdout and stderr reach Options::write separately and in program order", "[api][output]") {
  Log log;
  coil::Interpreter interp(logging_options(log));
  coil::RunResult r = run(interp,
                          "import sys\n"
                          "print('one')\n"
                          "print('two', file=sys.stderr)\n"
                          "sys.stdout.write('three')\n"
                          "sys.stderr.write('four\\n')\n"
                          "print('five', end='')\n"
                          "1/0\n");
  CHECK(r.status == coil::Status::Error);
  std::vector<std::string> writes;  // (stdout is flushed at the end: not the point here)
  for (const std::string& e : log.events)
    if (e.rfind("flush:", 0) != 0) writes.push_back(e);
  std::vector<std::string> expected = {"O:one\n", "E:two\n", "O:three", "E:four\n", "O:five",
                                       "E:Traceback (most recent call last):\n"
                                       "  File \"<test>\", line 7, in <module>\n"
                                       "ZeroDivisionError: division by zero\n"};
  CHECK(writes == expected);
}

TEST_CASE("flushes reach Options::flush", "[api][output]") {
  Log log;
  coil::Interpreter interp(logging_options(log));
  coil::RunResult r = run(interp,
                          "import sys\n"
                          "print('a', flush=True)\n"
                          "sys.stdout.flush()\n"
                          "sys.stderr.flush()\n"
                          "print('b')\n");
  CHECK(r.status == coil::Status::Finished);
  REQUIRE(log.events.size() >= 5);
  std::vector<std::string> first(log.events.begin(), log.events.begin() + 5);
  std::vector<std::string> expected = {"O:a\n", "flush:O", "flush:O", "flush:E", "O:b\n"};
  CHECK(first == expected);
}

TEST_CASE("sys.stdout can be replaced by the program and restored", "[api][output]") {
  coil_test::Captured c;
  coil::RunResult r = coil_test::run_program(c,
                                             "import sys, io\n"
                                             "buf = io.StringIO()\n"
                                             "old, sys.stdout = sys.stdout, buf\n"
                                             "print('hidden')\n"
                                             "sys.stdout = old\n"
                                             "print('shown', repr(buf.getvalue()))\n"
                                             "print(sys.stdout is sys.__stdout__, sys.stdout.isatty())\n");
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out == "shown 'hidden\\n'\nTrue False\n");
}

TEST_CASE("without Options::write the output goes to the process (nothing captured, no crash)", "[api][output]") {
  coil::Interpreter interp;  // default options: the process's stdout / stderr
  interp.load("x = sum(range(10))\n", "<test>");
  coil::RunResult r = interp.run();
  CHECK(r.status == coil::Status::Finished);
}
