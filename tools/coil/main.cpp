// main.cpp - the `coil` command-line interpreter: runs files, -c code, -m modules and a REPL like python3.
#include "coil/coil.h"
#include "coil/debug.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#ifdef _WIN32
#include <io.h>
#define isatty _isatty
#else
#include <unistd.h>
#endif

namespace {

const char kUsage[] =
    "usage: coil [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

int run_program(coil::Interpreter& interp, const std::string& source, const std::string& filename) {
  interp.load(source, filename, coil::Mode::File);
  coil::RunResult r = interp.run_to_end();
  interp.shutdown();
  std::fflush(stdout);
  return r.exit_code;
}

int repl(coil::Interpreter& interp) {
  std::fprintf(stderr, "Python %s (Coil %s)\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
               coil::python_version(), coil::version());
  std::string buffer;
  for (;;) {
    std::fputs(buffer.empty() ? ">>> " : "... ", stderr);
    std::fflush(stderr);
    std::string line;
    if (!std::getline(std::cin, line)) {
      std::fputc('\n', stderr);
      return 0;
    }
    buffer += line;
    buffer += '\n';
    if (interp.check_complete(buffer) == coil::Completeness::Incomplete) continue;
    interp.load(buffer, "<stdin>", coil::Mode::Interactive);
    buffer.clear();
    coil::RunResult r = interp.run_to_end();
    std::fflush(stdout);
    if (r.status == coil::Status::Finished && r.exit_code != 0) return r.exit_code;
  }
}

}  // namespace

int main(int argc, char** argv) {
  coil::Options options;
  int i = 1;
  for (; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-V" || arg == "--version") {
      std::printf("Python %s (Coil %s)\n", coil::python_version(), coil::version());
      return 0;
    }
    if ((arg == "--dis" || arg == "--dump-ast" || arg == "--dump-tokens") && i + 1 < argc) {
      // developer options: list the bytecode / the AST / the tokens of a file
      std::string source;
      if (!read_file(argv[i + 1], source)) {
        std::fprintf(stderr, "coil: can't open file '%s'\n", argv[i + 1]);
        return 2;
      }
      std::string out = arg == "--dis" ? coil::debug::disassemble(source, argv[i + 1])
                        : arg == "--dump-ast" ? coil::debug::dump_ast(source, argv[i + 1], true)
                                              : coil::debug::dump_tokens(source);
      std::fputs(out.c_str(), stdout);
      return 0;
    }
    if (arg == "-h" || arg == "-?" || arg == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (arg == "-c") {
      if (i + 1 >= argc) {
        std::fputs("Argument expected for the -c option\n", stderr);
        std::fputs(kUsage, stderr);
        return 2;
      }
      options.argv.assign({"-c"});
      for (int j = i + 2; j < argc; ++j) options.argv.push_back(argv[j]);
      coil::Interpreter interp(options);
      return run_program(interp, argv[i + 1], "<string>");
    }
    if (arg == "-m") {
      if (i + 1 >= argc) {
        std::fputs("Argument expected for the -m option\n", stderr);
        return 2;
      }
      std::string module = argv[i + 1];
      options.argv.assign({module});
      for (int j = i + 2; j < argc; ++j) options.argv.push_back(argv[j]);
      coil::Interpreter interp(options);
      std::string code = "import runpy\nrunpy.run_module(" "'" + module + "', run_name='__main__', alter_sys=True)\n";
      return run_program(interp, code, "<string>");
    }
    if (arg == "-" || arg.empty() || arg[0] != '-') break;
    std::fprintf(stderr, "Unknown option: %s\n", arg.c_str());
    std::fputs(kUsage, stderr);
    return 2;
  }
  if (i < argc && std::string(argv[i]) != "-") {
    std::string path = argv[i];
    options.argv.assign(argv + i, argv + argc);
    std::string source;
    if (!read_file(path, source)) {
      std::fprintf(stderr, "%s: can't open file '%s': [Errno 2] No such file or directory\n", argv[0], path.c_str());
      return 2;
    }
    coil::Interpreter interp(options);
    // Like CPython, the main script's code carries its absolute path (tracebacks, __file__).
    std::string abs = path;
    if (abs.empty() || abs[0] != '/') {
      char buf[4096];
      if (getcwd(buf, sizeof buf)) abs = std::string(buf) + "/" + (abs.rfind("./", 0) == 0 ? abs.substr(2) : abs);
    }
    return run_program(interp, source, abs);
  }
  options.argv.assign({i < argc ? "-" : ""});
  if (i < argc) for (int j = i + 1; j < argc; ++j) options.argv.push_back(argv[j]);
  coil::Interpreter interp(options);
  if (i >= argc && isatty(0)) return repl(interp);
  std::ostringstream ss;
  ss << std::cin.rdbuf();
  return run_program(interp, ss.str(), "<stdin>");
}
