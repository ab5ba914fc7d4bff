// coil_cells.cpp - `coil-cells`: runs course cells with Coil's notebook semantics for tools/run_content_tests.py.
//
// Usage: coil-cells JOB-FILE     (run in a fresh empty working directory; one job = one interpreter)
// The job file is a sequence of cells, each a header line and three byte strings:
//     cell <timeout-seconds> <filename-length> <stdin-length or -1> <source-length>\n<filename><stdin><source>
// For each cell, after it ended, stdout receives one record:
//     result <ok|error|exit|timeout> <output-length>\n<output>
// where output is everything the cell wrote to stdout and stderr, interleaved as written.
// A cell runs with Mode::Cell in the shared __main__ namespace. run() gets small budgets; input()
// is answered from the cell's stdin lines, then end of file; sleeps sleep until wake_at; past the
// time limit the cell is stopped with request_stop() (KeyboardInterrupt) and reported as a timeout.
#include "coil/coil.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

struct JobCell {
  double timeout = 30;
  std::string filename;
  bool has_stdin = false;
  std::string stdin_text;
  std::string source;
};

// Parses the job file; returns false (with a message on stderr) if it is malformed.
bool parse_job(const std::string& data, std::vector<JobCell>& cells) {
  std::size_t pos = 0;
  while (pos < data.size()) {
    std::size_t eol = data.find('\n', pos);
    if (eol == std::string::npos) break;
    std::istringstream header(data.substr(pos, eol - pos));
    std::string word;
    JobCell cell;
    long long name_len = -1, stdin_len = -1, source_len = -1;
    header >> word >> cell.timeout >> name_len >> stdin_len >> source_len;
    pos = eol + 1;
    if (!header || word != "cell" || name_len < 0 || source_len < 0 ||
        pos + std::size_t(name_len) + std::size_t(stdin_len < 0 ? 0 : stdin_len) + std::size_t(source_len) > data.size()) {
      std::fprintf(stderr, "coil-cells: malformed job at byte %zu\n", pos);
      return false;
    }
    cell.filename = data.substr(pos, std::size_t(name_len));
    pos += std::size_t(name_len);
    if (stdin_len >= 0) {
      cell.has_stdin = true;
      cell.stdin_text = data.substr(pos, std::size_t(stdin_len));
      pos += std::size_t(stdin_len);
    }
    cell.source = data.substr(pos, std::size_t(source_len));
    pos += std::size_t(source_len);
    cells.push_back(std::move(cell));
  }
  return pos == data.size();
}

// The lines input() receives: the text split at '\n' (a last line without '\n' counts too).
std::vector<std::string> input_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string::npos) eol = text.size();
    lines.push_back(text.substr(pos, eol - pos));
    pos = eol + 1;
  }
  return lines;
}

void sleep_seconds(double s) {
  if (s > 0) std::this_thread::sleep_for(std::chrono::duration<double>(s < 0.5 ? s : 0.5));
}

// Runs one loaded cell to its end; returns its status word.
const char* run_cell(coil::Interpreter& interp, const JobCell& cell) {
  std::vector<std::string> lines = input_lines(cell.stdin_text);
  std::size_t next_line = 0;
  const double deadline = coil::Interpreter::now() + cell.timeout;
  bool stopped = false;
  for (;;) {
    coil::RunResult r = interp.run(coil::Budget{200000, 0.05});
    if (r.status == coil::Status::Finished) return stopped ? "timeout" : r.exit_code != 0 ? "exit" : "ok";
    if (r.status == coil::Status::Error) return stopped ? "timeout" : "error";
    const double now = coil::Interpreter::now();
    if (now > deadline) {
      if (!stopped) {
        interp.request_stop();
        stopped = true;
      } else if (now > deadline + 5) {
        return "timeout";  // it does not stop: give up on it
      }
      continue;
    }
    switch (r.wait) {
      case coil::Wait::Input:
        if (next_line < lines.size()) interp.send_input(lines[next_line++]);
        else interp.close_input();
        break;
      case coil::Wait::Sleep:
        sleep_seconds((r.wake_at < deadline ? r.wake_at : deadline) - now);
        break;
      case coil::Wait::Blocked:  // every task waits forever: CPython would hang until the time limit
        sleep_seconds(deadline - now);
        break;
      default:
        break;
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fputs("usage: coil-cells JOB-FILE\n", stderr);
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "coil-cells: cannot read %s\n", argv[1]);
    return 2;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  std::vector<JobCell> cells;
  if (!parse_job(ss.str(), cells)) return 2;

  std::string output;
  coil::Options options;
  options.write = [&output](coil::Stream, std::string_view text) { output.append(text); };
  coil::Interpreter interp(options);
  for (const JobCell& cell : cells) {
    output.clear();
    interp.load(cell.source, cell.filename, coil::Mode::Cell);
    const char* status = run_cell(interp, cell);
    std::printf("result %s %zu\n", status, output.size());
    std::fwrite(output.data(), 1, output.size(), stdout);
    std::fflush(stdout);
  }
  output.clear();
  interp.shutdown();  // what finalizers print at the end belongs to no cell
  return 0;
}
