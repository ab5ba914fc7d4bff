// coil.h - the public embedding API of the Coil Python interpreter (the only header ui/ and tools/ include).
//
// An embedder creates an Interpreter, loads a program, and then calls run() repeatedly with a
// budget. run() never blocks: when the program waits (input(), time.sleep(), every task blocked)
// or the budget is spent, it returns Suspended with the reason, and the embedder calls run()
// again later (after supplying input, after the deadline, or on its next frame).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coil {

// "0.1.0": the version of Coil itself.
const char* version();
// "3.11.7": the version of the Python language Coil implements (sys.version_info).
const char* python_version();

enum class Stream { Out, Err };

struct Options {
  std::vector<std::string> argv{""};  // sys.argv
  // sys.path. Unset: one entry, the directory of the script argv[0] (made absolute), or '' when
  // argv[0] is '', '-c' or '-' (python3's rule for sys.path[0]).
  std::optional<std::vector<std::string>> path;
  std::string executable = "/usr/local/bin/coil";  // sys.executable (also names the program in -m errors)
  // python3 -i: a SystemExit raised by a program (not by a Mode::Interactive entry) does not end
  // it quietly but is reported like any uncaught exception (traceback, Status::Error).
  bool inspect = false;
  // Adds python3's site builtins: exit(), quit(), copyright, credits, license, help (python3 -S: false).
  bool site_builtins = true;
  std::size_t memory_limit = std::size_t(1) << 30;  // bytes of Python objects; beyond it: MemoryError
  int recursion_limit = 1000;                       // sys.getrecursionlimit()
  // Receives everything the program writes to sys.stdout / sys.stderr, tracebacks included.
  // Default: the process's stdout / stderr.
  std::function<void(Stream, std::string_view)> write;
  // Called when the program flushes sys.stdout / sys.stderr (flush(), print(..., flush=True)).
  // Default: with the default `write`, fflush of the process's stream; else nothing.
  std::function<void(Stream)> flush;
};

// How the source given to load() is compiled.
enum class Mode {
  File,         // a module: the __main__ program (python3 file.py)
  Interactive,  // one REPL entry: expression statements print their repr (python3's ">>>")
  Cell,         // a notebook cell: a module whose last statement, if an expression, is displayed
                // with sys.displayhook (its repr, unless None), as Jupyter shows Out[n]; tracebacks
                // show its source lines even under a "<...>" file name, as Jupyter's do
};

enum class Status {
  Finished,   // the program ended; exit_code is 0, or SystemExit's code
  Suspended,  // the program is alive and waiting: see Wait
  Error,      // an uncaught exception (traceback already written to Stream::Err); exit_code 1,
              // or 130 for KeyboardInterrupt (a shell's code for a program ended by Ctrl-C)
};

enum class Wait {
  None,
  Budget,   // the budget ran out; call run() again whenever convenient
  Input,    // input() or sys.stdin wants a line: call send_input() or close_input(), then run()
  Sleep,    // every task sleeps: call run() again at wake_at (see now())
  Blocked,  // every task waits on something only the embedder can provide
};

struct RunResult {
  Status status = Status::Finished;
  Wait wait = Wait::None;
  double wake_at = 0;  // Wait::Sleep: the now() at which run() should be called again
  int exit_code = 0;   // Finished / Error
  bool exited = false; // Finished by SystemExit (sys.exit(), exit()): a REPL ends there
  int line = 0;        // the line being run when the result was produced (0 if unknown)
};

struct Budget {
  std::uint64_t instructions = UINT64_MAX;  // bytecode instructions to execute at most
  double seconds = 1e300;                   // wall-clock seconds at most
};

// Whether a piece of interactive input is a complete statement (for REPL prompts).
enum class Completeness { Complete, Incomplete, Invalid };

class Interpreter {
 public:
  explicit Interpreter(Options options = {});
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  // Compiles `source` and makes it the next thing run() executes, in the __main__ namespace
  // (which persists across loads, as in a REPL or a notebook). A SyntaxError is reported by
  // the following run() as Status::Error, with CPython's message on Stream::Err. Input lines not
  // consumed by the previous program are dropped, and stdin is open again (after close_input()).
  void load(std::string_view source, std::string_view filename = "<string>", Mode mode = Mode::File);

  // Like load(), for python3's `-m name`: run() finds the module `name` on sys.path and runs it as
  // __main__ (a package runs its __main__ submodule), with sys.argv[0] set to its file. Errors
  // are reported as CPython's runpy does ("<executable>: No module named x", exit code 1).
  // With name "__main__" and set_argv0 false it runs sys.path[0]/__main__.py, like `python3 DIR`.
  void load_module(std::string_view name, bool set_argv0 = true);

  // Runs the loaded program within the budget. Never blocks.
  RunResult run(Budget budget = {});

  // Runs to the end, blocking: reads input from the process's stdin, sleeps for real.
  // For command-line embedders only (never in a browser's main thread).
  RunResult run_to_end();

  void send_input(std::string_view line);  // the answer to a pending input(), without '\n'
  void close_input();                      // end of file on stdin: input() raises EOFError
  void request_stop();                     // raises KeyboardInterrupt at the next instruction boundary

  // Whether `source` is a complete interactive statement, incomplete (needs more lines), or invalid.
  Completeness check_complete(std::string_view source) const;

  // The monotonic clock the interpreter uses for sleeps and budgets, in seconds.
  static double now();

  // Ends the interpreter like Python's exit: __main__'s globals are released (their __del__
  // methods run and may print). Called by the destructor if not called before.
  void shutdown();

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace coil
