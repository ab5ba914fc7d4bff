// api_shutdown_test.cpp - shutdown(): __main__'s objects are finalized as python3 does at exit (__del__ output included).
#include <catch2/catch.hpp>

#include "api_test_support.h"

using coil_test::Captured;

namespace {

const char kObjectsWithDel[] =
    "class D:\n"
    "    def __init__(self, name):\n"
    "        self.name = name\n"
    "    def __del__(self):\n"
    "        print('del', self.name, b is not None)\n"
    "_a = D('_a')\n"
    "b = D('b')\n"
    "_c = D('_c')\n"
    "print('end')\n";

}  // namespace

TEST_CASE("shutdown() runs the __del__ methods of __main__'s objects in python3's order", "[api][shutdown]") {
  Captured c;
  coil::RunResult r = coil_test::run_program(c, kObjectsWithDel);
  REQUIRE(r.status == coil::Status::Finished);
  CHECK(c.out == "end\n");
  c->shutdown();
  // recorded with python3: the globals are still there while the finalizers run
  CHECK(c.out == "end\ndel _a True\ndel b True\ndel _c True\n");
  c->shutdown();  // a second call does nothing
  CHECK(c.out == "end\ndel _a True\ndel b True\ndel _c True\n");
}

TEST_CASE("the destructor shuts down an interpreter that was not shut down", "[api][shutdown]") {
  std::string out;
  {
    coil::Options o;
    o.write = [&out](coil::Stream, std::string_view text) { out.append(text); };
    coil::Interpreter interp(o);
    interp.load(kObjectsWithDel, "<test>");
    interp.run();
  }
  CHECK(out == "end\ndel _a True\ndel b True\ndel _c True\n");
}

TEST_CASE("an exception in __del__ at shutdown is reported and ignored", "[api][shutdown]") {
  Captured c;
  coil::RunResult r = coil_test::run_program(c,
                                             "class Bad:\n"
                                             "    def __del__(self):\n"
                                             "        raise ValueError('oops')\n"
                                             "class Good:\n"
                                             "    def __del__(self):\n"
                                             "        print('good')\n"
                                             "x = Bad()\n"
                                             "y = Good()\n");
  REQUIRE(r.status == coil::Status::Finished);
  c->shutdown();
  CHECK(c.out == "good\n");
  CHECK(coil_test::contains(c.err, "Exception ignored in: <function Bad.__del__ at 0x"));
  CHECK(coil_test::last_line(c.err) == "ValueError: oops");
}

TEST_CASE("objects in cycles and containers are finalized once at shutdown", "[api][shutdown]") {
  Captured c;
  coil::RunResult r = coil_test::run_program(c,
                                             "class N:\n"
                                             "    def __init__(self, name):\n"
                                             "        self.name = name\n"
                                             "        self.other = None\n"
                                             "    def __del__(self):\n"
                                             "        print('del', self.name)\n"
                                             "p = N('p')\n"
                                             "p.other = N('q')\n"
                                             "p.other.other = p\n"
                                             "del_once = [N('in list')]\n");
  REQUIRE(r.status == coil::Status::Finished);
  c->shutdown();
  std::string out = c.out;
  auto count = [&out](const std::string& s) {
    int n = 0;
    for (std::size_t at = out.find(s); at != std::string::npos; at = out.find(s, at + 1)) ++n;
    return n;
  };
  CHECK(count("del p\n") == 1);
  CHECK(count("del in list\n") == 1);
  CHECK(c.err.empty());
}
