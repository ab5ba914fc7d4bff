// main.cpp - the `coil` command-line interpreter: runs files, -c code, -m modules, stdin and a REPL
// like python3 3.11 (same options, messages, exit codes; see usage() for what Coil ignores).
//
// Sections:
//   1. program identity, messages, output streams
//   2. command line parsing (python3's rules: clustered short options, -c/-m end the options)
//   3. Ctrl-C: SIGINT stops the running program (KeyboardInterrupt) or cancels the REPL line
//   4. running a program, the exit status
//   5. the interactive loop (REPL)
//   6. main
#include "coil/coil.h"
#include "coil/debug.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

namespace {

// ============================================================== 1. identity, messages, streams

std::string g_program = "coil";     // argv[0] as given: usage lines, "can't open file"
std::string g_executable;           // absolute path of the interpreter: sys.executable

std::string current_dir() {
  char buf[4096];
  return getcwd(buf, sizeof buf) ? std::string(buf) : std::string();
}

// The interpreter's name as the user invoked it, and its absolute path.
void find_identity(const char* argv0) {
#ifdef __EMSCRIPTEN__
  // argv[0] is a placeholder under node: the script node runs (coil.js) is the program.
  static char given[4096], absolute[4096];
  EM_ASM({
    var p = (typeof process !== 'undefined' && process.argv.length > 1) ? process.argv[1] : 'coil';
    var a = p;
    try { a = require('path').resolve(p); } catch (e) {}
    stringToUTF8(p, $0, $2);
    stringToUTF8(a, $1, $2);
  }, given, absolute, int(sizeof given));
  g_program = given;
  g_executable = absolute;
  (void)argv0;
#else
  g_program = argv0 && *argv0 ? argv0 : "coil";
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n > 0) {
    g_executable.assign(buf, std::size_t(n));
  } else {
    g_executable = g_program;
    if (g_executable.find('/') != std::string::npos && g_executable[0] != '/')
      g_executable = current_dir() + "/" + g_executable;
  }
#endif
}

const char kUsageLine[] = " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

void usage_error(const std::string& message) {
  std::fprintf(stderr, "%s\nusage: %s%sTry `python -h' for more information.\n", message.c_str(), g_program.c_str(),
               kUsageLine);
}

void print_help() {
  std::printf("usage: %s%s", g_program.c_str(), kUsageLine);
  std::fputs(
      "Options (Coil accepts all of python3's; those marked * are accepted and ignored):\n"
      "-b     : * issue warnings about str(bytes_instance), str(bytearray_instance)\n"
      "         and comparing bytes/bytearray with str. (-bb: issue errors)\n"
      "-B     : * don't write .pyc files on import (Coil never writes them)\n"
      "-c cmd : program passed in as string (terminates option list)\n"
      "-d     : * turn on parser debugging output\n"
      "-E     : ignore PYTHON* environment variables (such as PYTHONPATH)\n"
      "-h     : print this help message and exit (also -? or --help)\n"
      "-i     : inspect interactively after running script; forces a prompt even\n"
      "         if stdin does not appear to be a terminal; also PYTHONINSPECT=x\n"
      "-I     : isolate Python from the user's environment (implies -E, -P and -s)\n"
      "-m mod : run library module as a script (terminates option list)\n"
      "-O     : * remove assert and __debug__-dependent statements (-OO: and docstrings)\n"
      "-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH\n"
      "-q     : don't print version and copyright messages on interactive startup\n"
      "-s     : * don't add user site directory to sys.path\n"
      "-S     : don't add the site builtins (exit, quit, help, copyright, credits, license)\n"
      "-u     : force the stdout and stderr streams to be unbuffered;\n"
      "         this option has no effect on stdin; also PYTHONUNBUFFERED=x\n"
      "-v     : * verbose (trace import statements)\n"
      "-V     : print the Python version number and Coil's, and exit (also --version)\n"
      "         when given twice, print more information about the build\n"
      "-W arg : * warning control; arg is action:message:category:module:lineno\n"
      "-x     : skip first line of source, allowing use of non-Unix forms of #!cmd\n"
      "-X opt : * set implementation-specific option\n"
      "--check-hash-based-pycs always|default|never: * (Coil writes no .pyc files)\n"
      "--help-env      : print help about Python environment variables and exit\n"
      "--help-xoptions : print help about implementation-specific -X options and exit\n"
      "--help-all      : print complete help information and exit\n"
      "--dis FILE, --dump-ast FILE, --dump-tokens FILE: Coil developer tools: print the\n"
      "         bytecode, the AST or the tokens of FILE and exit\n"
      "Arguments:\n"
      "file   : program read from script file\n"
      "-      : program read from stdin (default; interactive mode if a tty)\n"
      "arg ...: arguments passed to program in sys.argv[1:]\n",
      stdout);
}

void print_help_env() {
  std::fputs(
      "Environment variables that change Coil's behavior (ignored with -E or -I):\n"
      "PYTHONPATH      : ':'-separated list of directories prefixed to the\n"
      "                  default module search path.\n"
      "PYTHONINSPECT   : if this variable is set, it is equivalent to the -i option.\n"
      "PYTHONUNBUFFERED: if this variable is set, it is equivalent to the -u option.\n"
      "PYTHONSAFEPATH  : if this variable is set, it is equivalent to the -P option.\n"
      "Other PYTHON* variables are accepted and ignored.\n",
      stdout);
}

void print_help_xoptions() {
  std::fputs("Coil accepts -X options for compatibility and ignores them all.\n", stdout);
}

// The status of writing the program's stdout: a write error is reported at exit (exit code 120).
int g_stdout_errno = 0;

void write_out(coil::Stream stream, std::string_view text) {
  if (stream == coil::Stream::Out) {
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() && !g_stdout_errno) g_stdout_errno = errno;
  } else {
    std::fflush(stdout);  // what the program printed before comes first (terminals)
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
  }
}

void flush_out(coil::Stream stream) {
  if (std::fflush(stream == coil::Stream::Out ? stdout : stderr) != 0 && stream == coil::Stream::Out &&
      !g_stdout_errno)
    g_stdout_errno = errno;
}

// CPython's exception class for an errno (the ones a write to stdout can give).
const char* os_error_name(int err) {
  switch (err) {
    case EPIPE: return "BrokenPipeError";
    case EAGAIN: return "BlockingIOError";
    case ECONNRESET: return "ConnectionResetError";
    case EINTR: return "InterruptedError";
    case EACCES: case EPERM: return "PermissionError";
    default: return "OSError";
  }
}

// The Linux number of an errno (Emscripten numbers them differently): messages show python3's.
int linux_errno(int err) {
  switch (err) {
    case EPERM: return 1;
    case ENOENT: return 2;
    case EINTR: return 4;
    case EIO: return 5;
    case EAGAIN: return 11;
    case EACCES: return 13;
    case ENOTDIR: return 20;
    case EISDIR: return 21;
    case EINVAL: return 22;
    case EPIPE: return 32;
    case ENAMETOOLONG: return 36;
    case ELOOP: return 40;
    case ECONNRESET: return 104;
    default: return err;
  }
}

// Whether stdin (fd 0) / stdout (fd 1) is a terminal. Under node, Emscripten's isatty() says yes
// for pipes too: node's own answer is used.
bool is_terminal(int fd) {
#ifdef __EMSCRIPTEN__
  return EM_ASM_INT({
    try { return require('tty').isatty($0) ? 1 : 0; } catch (e) { return 0; }
  }, fd) != 0;
#else
  return isatty(fd) != 0;
#endif
}

// ============================================================== 2. command line

struct Config {
  std::string command;       // -c
  std::string module;        // -m
  std::string filename;      // the script ('-': stdin)
  bool has_command = false, has_module = false, has_file = false;
  std::vector<std::string> args;  // sys.argv[1:]
  bool inspect = false, quiet = false, unbuffered = false, ignore_environment = false, isolated = false;
  bool safe_path = false, no_site = false, skip_first_line = false;
  int version = 0;
  bool help = false, help_env = false, help_xoptions = false;
  std::string dev_option, dev_file;  // --dis / --dump-ast / --dump-tokens FILE
};

// Parses the command line like CPython's getopt; returns -1 to go on, else an exit status.
int parse_command_line(int argc, char** argv, Config& cfg) {
  int i = 1;
  for (; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") {
      ++i;
      break;
    }
    if (arg.size() < 2 || arg[0] != '-') break;  // a script, or '-' (stdin)
    if (arg[1] == '-') {
      std::string name = arg.substr(2);
      if (name == "version") ++cfg.version;
      else if (name == "help") cfg.help = true;
      else if (name == "help-env") cfg.help_env = true;
      else if (name == "help-xoptions") cfg.help_xoptions = true;
      else if (name == "help-all") cfg.help = cfg.help_env = cfg.help_xoptions = true;
      else if (name == "check-hash-based-pycs") {
        if (i + 1 >= argc) {
          usage_error("Argument expected for the --check-hash-based-pycs option");
          return 2;
        }
        std::string v = argv[++i];
        if (v != "always" && v != "default" && v != "never") {
          std::fputs("--check-hash-based-pycs must be one of 'default', 'always', or 'never'\n", stderr);
          return 1;
        }
      } else if ((name == "dis" || name == "dump-ast" || name == "dump-tokens") && i + 1 < argc) {
        cfg.dev_option = name;
        cfg.dev_file = argv[++i];
      } else {
        usage_error("unknown option " + arg);
        return 2;
      }
      continue;
    }
    for (std::size_t k = 1; k < arg.size(); ++k) {
      char c = arg[k];
      if (c == 'c' || c == 'm' || c == 'W' || c == 'X') {
        std::string value;
        if (k + 1 < arg.size()) {
          value = arg.substr(k + 1);
        } else if (i + 1 < argc) {
          value = argv[++i];
        } else {
          usage_error(std::string("Argument expected for the -") + c + " option");
          return 2;
        }
        if (c == 'c') {
          cfg.command = value;
          cfg.has_command = true;
        } else if (c == 'm') {
          cfg.module = value;
          cfg.has_module = true;
        }
        // -W and -X: accepted and ignored
        if (c == 'c' || c == 'm') {
          for (++i; i < argc; ++i) cfg.args.push_back(argv[i]);
          return -1;
        }
        break;
      }
      switch (c) {
        case 'i': cfg.inspect = true; break;
        case 'q': cfg.quiet = true; break;
        case 'u': cfg.unbuffered = true; break;
        case 'E': cfg.ignore_environment = true; break;
        case 'I': cfg.isolated = cfg.ignore_environment = cfg.safe_path = true; break;
        case 'P': cfg.safe_path = true; break;
        case 'S': cfg.no_site = true; break;
        case 'x': cfg.skip_first_line = true; break;
        case 'V': ++cfg.version; break;
        case 'h': case '?': cfg.help = true; break;
        case 'b': case 'B': case 'd': case 'O': case 'R': case 's': case 'v':
          break;  // accepted, nothing to do in Coil
        default:
          usage_error(std::string("Unknown option: -") + c);
          return 2;
      }
    }
  }
  if (i < argc) {
    cfg.filename = argv[i];
    cfg.has_file = true;
    for (++i; i < argc; ++i) cfg.args.push_back(argv[i]);
  }
  return -1;
}

// A PYTHON* variable that is set and not empty (unless -E / -I). Under node, Emscripten's
// environment is not the process's: node's process.env is read.
const char* python_env(const Config& cfg, const char* name) {
  if (cfg.ignore_environment) return nullptr;
#ifdef __EMSCRIPTEN__
  static std::deque<std::string> values;  // keeps the returned strings alive (never moved)
  char buf[8192];
  int n = EM_ASM_INT({
    var v = (typeof process !== 'undefined') ? process.env[UTF8ToString($0)] : undefined;
    if (v === undefined) return -1;
    stringToUTF8(v, $1, $2);
    return lengthBytesUTF8(v);
  }, name, buf, int(sizeof buf));
  if (n <= 0 || n >= int(sizeof buf)) return nullptr;
  values.push_back(buf);
  return values.back().c_str();
#else
  const char* v = std::getenv(name);
  return v && *v ? v : nullptr;
#endif
}

// ============================================================== 3. Ctrl-C

coil::Interpreter* volatile g_interp = nullptr;  // set while a program runs: SIGINT stops it
volatile std::sig_atomic_t g_sigint = 0;          // a SIGINT arrived (the REPL's line was interrupted)

extern "C" void on_sigint(int) {
  g_sigint = 1;
  if (coil::Interpreter* interp = g_interp) interp->request_stop();
}

void install_sigint_handler() {
#ifndef __EMSCRIPTEN__
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a blocking read returns, so the REPL can cancel its line
  sigaction(SIGINT, &sa, nullptr);
  std::signal(SIGPIPE, SIG_IGN);  // like CPython: a closed pipe is an EPIPE error, not a death
#endif
}

// Ends the process the way CPython does after an uncaught KeyboardInterrupt: killed by SIGINT
// (a shell shows exit status 130).
[[noreturn]] void exit_by_sigint() {
  std::fflush(stdout);
  std::fflush(stderr);
#ifdef __EMSCRIPTEN__
  EM_ASM({
    if (typeof process !== 'undefined') {
      process.removeAllListeners('SIGINT');
      process.kill(process.pid, 'SIGINT');
    }
  });
  std::exit(130);
#else
  std::signal(SIGINT, SIG_DFL);
  std::raise(SIGINT);
  std::_Exit(130);
#endif
}

// ============================================================== 4. running

struct Outcome {
  int exit_code = 0;
  bool keyboard_interrupt = false;  // ended by an uncaught KeyboardInterrupt
  bool system_exit = false;         // ended by SystemExit
};

Outcome run_loaded(coil::Interpreter& interp) {
  g_interp = &interp;
  coil::RunResult r = interp.run_to_end();
  g_interp = nullptr;
  g_sigint = 0;
  std::fflush(stdout);
  Outcome o;
  o.exit_code = r.exit_code;
  o.keyboard_interrupt = r.status == coil::Status::Error && r.exit_code == 130;
  o.system_exit = r.exited;
  return o;
}

bool read_file(const std::string& path, std::string& out, int* err) {
  struct stat st;
  if (stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    *err = EISDIR;
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *err = errno ? errno : ENOENT;
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// -x: the first line is dropped, its newline kept (line numbers stay right).
void skip_first_line(std::string& source) {
  std::size_t nl = source.find('\n');
  source.erase(0, nl == std::string::npos ? source.size() : nl);
}

bool is_directory(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string dirname_of_real_path(const std::string& path) {
  std::string real = path;
  char buf[4096];
  if (realpath(path.c_str(), buf)) real = buf;
  std::size_t slash = real.rfind('/');
  if (slash == std::string::npos) return current_dir();
  return slash == 0 ? "/" : real.substr(0, slash);
}

std::string absolute(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  return current_dir() + "/" + path;
}

// Reads stdin to its end (a program piped in).
std::string read_all_stdin() {
  std::ostringstream ss;
  ss << std::cin.rdbuf();
  return ss.str();
}

// ============================================================== 5. the REPL

// python3 reads REPL lines with readline when stdin and stdout are terminals. Coil has a small
// line editor instead: the terminal is switched to non-canonical mode without echo or signals
// while a line is typed. Characters are echoed; Backspace erases a character, Ctrl-U the line;
// Up/Down recall earlier lines; Ctrl-C cancels the line (KeyboardInterrupt), Ctrl-D on an empty
// line is the end of input, Enter ends the line. Programs run with the terminal as it was.
class LineEditor {
 public:
  // Whether the editor can work here: stdin and stdout are terminals whose mode can be changed.
  static bool usable() {
#ifdef __EMSCRIPTEN__
    return false;  // node gives no synchronous raw terminal; the canonical line discipline serves
#else
    struct termios t;
    return isatty(0) && isatty(1) && tcgetattr(0, &t) == 0;
#endif
  }

  // Writes `prompt` and reads a line: 1 for a line, 0 at end of input, -1 when Ctrl-C cancelled it.
  int read(const char* prompt, std::string* line) {
    line->clear();
#ifndef __EMSCRIPTEN__
    struct termios saved, raw;
    if (tcgetattr(0, &saved) != 0) return 0;
    raw = saved;
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    tcsetattr(0, TCSANOW, &raw);  // before the prompt: what is typed after it is not echoed twice
    put(prompt);
    int result = edit(prompt, line);
    tcsetattr(0, TCSANOW, &saved);
    if (result == 1 && !line->empty() && (history_.empty() || history_.back() != *line)) history_.push_back(*line);
    return result;
#else
    (void)prompt;
    return 0;
#endif
  }

 private:
  std::vector<std::string> history_;

  static void put(std::string_view text) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
  }

  static int next_byte() {
    for (;;) {
      unsigned char c;
      ssize_t n = ::read(0, &c, 1);
      if (n == 1) return c;
      if (n < 0 && errno == EINTR && !g_sigint) continue;
      return n < 0 && g_sigint ? -2 : -1;  // -2: a SIGINT from elsewhere; -1: end of input
    }
  }

  // Number of characters (not bytes) in UTF-8 text.
  static std::size_t width(const std::string& text) {
    std::size_t n = 0;
    for (unsigned char c : text)
      if ((c & 0xC0) != 0x80) ++n;
    return n;
  }

  // Replaces the shown line by `text` (history recall).
  static void replace_shown(std::string* line, const std::string& text) {
    std::size_t old = width(*line);
    std::string out(old, '\b');
    out += std::string(old, ' ');
    out += std::string(old, '\b');
    out += text;
    put(out);
    *line = text;
  }

  int edit(const char* prompt, std::string* line) {
    (void)prompt;
    std::size_t recall = history_.size();  // history_[recall] is shown; size(): the line being typed
    std::string typed;                      // the line being typed, kept while recalling
    for (;;) {
      int c = next_byte();
      if (c == -2) return -1;
      if (c < 0) return line->empty() ? 0 : 1;
      switch (c) {
        case '\r':
        case '\n':
          put("\n");
          return 1;
        case 3:  // Ctrl-C
          g_sigint = 0;
          return -1;
        case 4:  // Ctrl-D: end of input on an empty line
          if (line->empty()) return 0;
          break;
        case 127:
        case 8:  // Backspace: one whole UTF-8 character
          if (!line->empty()) {
            while (!line->empty() && (static_cast<unsigned char>(line->back()) & 0xC0) == 0x80) line->pop_back();
            if (!line->empty()) line->pop_back();
            put("\b \b");
          }
          break;
        case 21:  // Ctrl-U
          replace_shown(line, "");
          break;
        case 27: {  // escape sequences: arrows (Up/Down recall history; the others are ignored)
          int b = next_byte();
          if (b != '[' && b != 'O') break;
          int k = next_byte();
          while (k >= '0' && k <= '9') k = next_byte();  // e.g. ESC [ 3 ~
          if (k == 'A' && recall > 0) {
            if (recall == history_.size()) typed = *line;
            replace_shown(line, history_[--recall]);
          } else if (k == 'B' && recall < history_.size()) {
            ++recall;
            replace_shown(line, recall == history_.size() ? typed : history_[recall]);
          }
          break;
        }
        default:
          if (c >= 32 || c == '\t') {
            line->push_back(char(c));
            char ch = char(c);
            put(std::string_view(&ch, 1));
          }
          break;
      }
    }
  }
};

LineEditor g_editor;

// Reads a line for the REPL: with the line editor (prompt on stdout, as python3's readline), or
// else from stdin after writing `prompt` to stderr (as python3 does without readline). Returns 1
// for a line, 0 at end of file, -1 when Ctrl-C cancelled the line.
int read_repl_line(const char* prompt, std::string* line) {
  std::fflush(stdout);
  g_sigint = 0;
  if (LineEditor::usable()) return g_editor.read(prompt, line);
  std::fputs(prompt, stderr);
  std::fflush(stderr);
  if (std::getline(std::cin, *line)) {
    if (!line->empty() && line->back() == '\r') line->pop_back();
    return 1;
  }
  if (g_sigint) {
    g_sigint = 0;
    std::cin.clear();
    std::clearerr(stdin);
    return -1;
  }
  return 0;
}

// Only white space and comments: the REPL shows a new prompt.
bool is_blank(const std::string& text) {
  bool in_comment = false;
  for (char c : text) {
    if (c == '\n') in_comment = false;
    else if (c == '#') in_comment = true;
    else if (!in_comment && c != ' ' && c != '\t' && c != '\f' && c != '\r') return false;
  }
  return true;
}

void print_banner() {
  std::fprintf(stderr,
               "Python %s (main, Coil %s) [Coil] on %s\n"
               "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
               coil::python_version(), coil::version(),
#ifdef __EMSCRIPTEN__
               "emscripten"
#else
               "linux"
#endif
  );
}

// python3's interactive loop. `last` is how the code run before ended (a KeyboardInterrupt there
// still decides the exit status if nothing runs after it). Returns the process's exit status.
int repl(coil::Interpreter& interp, Outcome last) {
  // sys.ps1 / sys.ps2 exist in interactive mode (programs test for them)
  interp.load("__import__('sys').ps1 = '>>> '\n__import__('sys').ps2 = '... '\n", "<coil>");
  interp.run_to_end();
  std::string buffer;  // the lines of the statement being entered, joined by '\n' (codeop's form)
  bool continuing = false;
  for (;;) {
    std::string line;
    int got = read_repl_line(continuing ? "... " : ">>> ", &line);
    if (got < 0) {
      std::fputs("\nKeyboardInterrupt\n", stderr);
      buffer.clear();
      continuing = false;
      continue;
    }
    if (got == 0) {
      std::fputs("\n", stderr);
      if (!continuing) {
        if (last.keyboard_interrupt) exit_by_sigint();
        return 0;
      }
      // end of file inside a statement: it runs, and the loop reads on (a terminal's Ctrl-D
      // is not the end of the input)
      std::cin.clear();
      std::clearerr(stdin);
    } else {
      buffer += continuing ? "\n" + line : line;
      coil::Completeness c = interp.check_complete(buffer);
      if (c == coil::Completeness::Incomplete) {
        continuing = true;
        continue;
      }
      if (c == coil::Completeness::Complete && is_blank(buffer)) {
        buffer.clear();
        continuing = false;
        continue;
      }
    }
    interp.load(buffer + "\n", "<stdin>", coil::Mode::Interactive);
    buffer.clear();
    continuing = false;
    last = run_loaded(interp);
    if (last.system_exit) return last.exit_code;
  }
}

// The status the process ends with: stdout must be written completely (else 120, as CPython).
int finish(int status) {
  if (std::fflush(stdout) != 0 && !g_stdout_errno) g_stdout_errno = errno;
  if (g_stdout_errno) {
    std::fprintf(stderr, "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n%s: [Errno %d] %s\n",
                 os_error_name(g_stdout_errno), linux_errno(g_stdout_errno), std::strerror(g_stdout_errno));
    return 120;
  }
  return status;
}

int developer_tool(const Config& cfg) {
  std::string source;
  int err = 0;
  if (!read_file(cfg.dev_file, source, &err)) {
    std::fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", g_program.c_str(), cfg.dev_file.c_str(), linux_errno(err),
                 std::strerror(err));
    return 2;
  }
  std::string out = cfg.dev_option == "dis" ? coil::debug::disassemble(source, cfg.dev_file)
                    : cfg.dev_option == "dump-ast" ? coil::debug::dump_ast(source, cfg.dev_file, true)
                                                   : coil::debug::dump_tokens(source);
  std::fputs(out.c_str(), stdout);
  return 0;
}

}  // namespace

// ============================================================== 6. main

int main(int argc, char** argv) {
  find_identity(argc > 0 ? argv[0] : nullptr);
  Config cfg;
  int status = parse_command_line(argc, argv, cfg);
  if (status >= 0) return status;
  if (cfg.help || cfg.help_env || cfg.help_xoptions) {
    if (cfg.help) print_help();
    if (cfg.help_env) print_help_env();
    if (cfg.help_xoptions) print_help_xoptions();
    return 0;
  }
  if (cfg.version) {
    // Coil names itself after the Python version it implements (-VV: sys.version's form).
    if (cfg.version == 1) std::printf("Python %s (Coil %s)\n", coil::python_version(), coil::version());
    else std::printf("Python %s (main, Coil %s) [Coil]\n", coil::python_version(), coil::version());
    return 0;
  }
  if (!cfg.dev_option.empty()) return developer_tool(cfg);

  // PYTHONINSPECT, unlike -i, starts the REPL only when stdin is a terminal
  if (python_env(cfg, "PYTHONINSPECT") && is_terminal(0)) cfg.inspect = true;
  if (python_env(cfg, "PYTHONUNBUFFERED")) cfg.unbuffered = true;
  if (python_env(cfg, "PYTHONSAFEPATH")) cfg.safe_path = true;
  if (cfg.unbuffered) {
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    std::setvbuf(stderr, nullptr, _IONBF, 0);
  }
  install_sigint_handler();

  bool from_stdin = !cfg.has_command && !cfg.has_module && (!cfg.has_file || cfg.filename == "-");
  bool stdin_tty = is_terminal(0);
  // no program, or '-': the REPL when stdin is a terminal (or with -i), else stdin is the program
  bool interactive_only = from_stdin && (stdin_tty || cfg.inspect);

  coil::Options options;
  options.executable = g_executable;
  options.site_builtins = !cfg.no_site;
  options.inspect = cfg.inspect;
  options.write = write_out;
  options.flush = flush_out;
  // sys.argv and sys.path as python3 sets them
  std::vector<std::string> path;
  std::string script_dir;
  if (cfg.has_command) {
    options.argv = {"-c"};
    script_dir = "";
  } else if (cfg.has_module) {
    options.argv = {"-m"};
    script_dir = current_dir();
  } else if (cfg.has_file && cfg.filename != "-") {
    options.argv = {cfg.filename};
    script_dir = dirname_of_real_path(cfg.filename);
    if (is_directory(cfg.filename)) script_dir = absolute(cfg.filename);
  } else {
    options.argv = {cfg.has_file ? "-" : ""};
    script_dir = "";
  }
  options.argv.insert(options.argv.end(), cfg.args.begin(), cfg.args.end());
  if (!cfg.safe_path) path.push_back(script_dir);
  if (const char* pp = python_env(cfg, "PYTHONPATH")) {
    std::string s = pp;
    std::size_t start = 0;
    for (;;) {
      std::size_t colon = s.find(':', start);
      std::string entry = s.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
      if (!entry.empty()) path.push_back(absolute(entry));
      if (colon == std::string::npos) break;
      start = colon + 1;
    }
  }
  options.path = path;

  coil::Interpreter interp(options);
  Outcome outcome;
  bool ran_code = false;
  if (cfg.has_command) {
    interp.load(cfg.command + "\n", "<string>");
    outcome = run_loaded(interp);
    ran_code = true;
  } else if (cfg.has_module) {
    interp.load_module(cfg.module);
    outcome = run_loaded(interp);
    ran_code = true;
  } else if (cfg.has_file && cfg.filename != "-") {
    if (is_directory(cfg.filename)) {
      // a directory with a __main__.py (sys.path[0] is the directory)
      interp.load_module("__main__", false);
      outcome = run_loaded(interp);
    } else {
      std::string source;
      int err = 0;
      if (!read_file(cfg.filename, source, &err)) {
        std::fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", g_program.c_str(),
                     absolute(cfg.filename).c_str(), linux_errno(err), std::strerror(err));
        if (!cfg.inspect) return 2;
        outcome.exit_code = 2;
      } else {
        if (cfg.skip_first_line) skip_first_line(source);
        // Like CPython, the main script's code carries the path made absolute (tracebacks, __file__).
        interp.load(source, absolute(cfg.filename));
        outcome = run_loaded(interp);
      }
    }
    ran_code = true;
  } else if (!interactive_only) {
    std::string source = read_all_stdin();
    if (cfg.skip_first_line) skip_first_line(source);
    interp.load(source, "<stdin>");
    outcome = run_loaded(interp);
    ran_code = true;
  }

  if (cfg.inspect || interactive_only) {
    // -i: the REPL follows whatever the program did (a SystemExit is shown as a traceback)
    if (!ran_code && !cfg.quiet) print_banner();
    status = repl(interp, outcome);
    interp.shutdown();
    return finish(status);
  }
  interp.shutdown();
  if (outcome.keyboard_interrupt) {
    finish(0);
    exit_by_sigint();
  }
  return finish(outcome.exit_code);
}
