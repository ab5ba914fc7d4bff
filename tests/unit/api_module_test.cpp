// api_module_test.cpp - load_module() (python3 -m) and Options::path / argv / executable: modules found on sys.path run as __main__.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

#include "api_test_support.h"

using coil_test::Captured;

namespace {

// A fresh directory with some files, removed at the end of the test.
struct TempDir {
  std::string path;
  std::vector<std::string> files, dirs;
  TempDir() {
    char templ[] = "/tmp/coil-api-XXXXXX";
    char* p = mkdtemp(templ);
    REQUIRE(p != nullptr);
    path = p;
  }
  void write(const std::string& rel, const std::string& text) {
    std::size_t slash = rel.rfind('/');
    if (slash != std::string::npos) {
      std::string dir = path + "/" + rel.substr(0, slash);
      if (mkdir(dir.c_str(), 0700) == 0) dirs.push_back(dir);
    }
    std::ofstream(path + "/" + rel) << text;
    files.push_back(path + "/" + rel);
  }
  ~TempDir() {
    for (const std::string& f : files) std::remove(f.c_str());
    for (auto it = dirs.rbegin(); it != dirs.rend(); ++it) rmdir(it->c_str());
    rmdir(path.c_str());
  }
};

coil::Options options_for(const TempDir& dir, std::vector<std::string> argv) {
  coil::Options o;
  o.argv = std::move(argv);
  o.path = std::vector<std::string>{dir.path};
  o.executable = "/opt/bin/coil";
  return o;
}

}  // namespace

TEST_CASE("load_module runs a module as __main__ with sys.argv[0] set to its file", "[api][module]") {
  TempDir dir;
  dir.write("hello.py", "import sys\nprint(__name__, sys.argv, __file__ == sys.argv[0])\n");
  Captured c(options_for(dir, {"-m", "arg"}));
  c->load_module("hello");
  coil::RunResult r = coil_test::run_budgeted(*c, coil::Budget{10000});
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out == "__main__ ['" + dir.path + "/hello.py', 'arg'] True\n");
  CHECK(c.err.empty());
}

TEST_CASE("load_module runs a package's __main__ submodule", "[api][module]") {
  TempDir dir;
  dir.write("pkg/__init__.py", "print('init', __name__)\n");
  dir.write("pkg/__main__.py", "print('main', __name__, __package__, __spec__.name)\n");
  Captured c(options_for(dir, {"-m"}));
  c->load_module("pkg");
  coil::RunResult r = coil_test::run_budgeted(*c, coil::Budget{10000});
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out == "init pkg\nmain __main__ pkg pkg.__main__\n");
}

TEST_CASE("load_module reports a missing module as python3 does", "[api][module]") {
  TempDir dir;
  Captured c(options_for(dir, {"-m"}));
  c->load_module("nowhere");
  coil::RunResult r = coil_test::run_budgeted(*c, coil::Budget{10000});
  CHECK(r.status == coil::Status::Finished);  // python3 ends it with sys.exit(message): status 1
  CHECK(r.exit_code == 1);
  CHECK(c.err == "/opt/bin/coil: No module named nowhere\n");
}

TEST_CASE("a module run by load_module can wait for input and be stopped", "[api][module]") {
  TempDir dir;
  dir.write("ask.py", "name = input('name? ')\nprint('hi', name)\nwhile True:\n    pass\n");
  Captured c(options_for(dir, {"-m"}));
  c->load_module("ask");
  coil::RunResult r = c->run();
  REQUIRE(r.wait == coil::Wait::Input);
  c->send_input("Ada");
  r = c->run(coil::Budget{5000});
  CHECK(r.wait == coil::Wait::Budget);
  c->request_stop();
  r = coil_test::run_budgeted(*c, coil::Budget{5000});
  CHECK(r.status == coil::Status::Error);
  CHECK(r.exit_code == 130);
  CHECK(c.out == "name? hi Ada\n");
  CHECK(coil_test::contains(c.err, "File \"" + dir.path + "/ask.py\", line 3, in <module>"));
  CHECK(coil_test::last_line(c.err) == "KeyboardInterrupt");
}

TEST_CASE("Options::argv, path and executable are sys.argv, sys.path and sys.executable", "[api][module]") {
  coil::Options o;
  o.argv = {"prog.py", "a", "b"};
  o.path = std::vector<std::string>{"/first", "/second"};
  o.executable = "/opt/bin/coil";
  Captured c(o);
  coil::RunResult r = coil_test::run_program(c, "import sys\nprint(sys.argv, sys.path[:2], sys.executable)\n");
  CHECK(r.status == coil::Status::Finished);
  CHECK(c.out == "['prog.py', 'a', 'b'] ['/first', '/second'] /opt/bin/coil\n");
}
