// api_test_support.h - helpers for the embedding API tests: an interpreter whose output is captured,
// driven with budgets the way the app drives it (one run() per frame).
#pragma once

#include <memory>
#include <string>

#include "coil/coil.h"

namespace coil_test {

// An interpreter writing into strings instead of the process's stdout/stderr.
struct Captured {
  std::string out, err;
  coil::Options options;
  std::unique_ptr<coil::Interpreter> interp;

  explicit Captured(coil::Options o = {}) : options(std::move(o)) {
    options.write = [this](coil::Stream s, std::string_view text) {
      (s == coil::Stream::Out ? out : err).append(text.data(), text.size());
    };
    interp = std::make_unique<coil::Interpreter>(options);
  }
  Captured(const Captured&) = delete;  // the write callback points at this object
  Captured& operator=(const Captured&) = delete;
  coil::Interpreter& operator*() { return *interp; }
  coil::Interpreter* operator->() { return interp.get(); }
};

// Calls run() with `budget` while it returns Suspended(Budget) (at most max_calls times).
inline coil::RunResult run_budgeted(coil::Interpreter& interp, coil::Budget budget, int* calls = nullptr,
                                    int max_calls = 1000000) {
  coil::RunResult r;
  int n = 0;
  do {
    r = interp.run(budget);
    ++n;
  } while (r.status == coil::Status::Suspended && r.wait == coil::Wait::Budget && n < max_calls);
  if (calls) *calls = n;
  return r;
}

// Loads `source` as the __main__ program "<test>" and runs it to its end (no input, no waits).
inline coil::RunResult run_program(Captured& c, const std::string& source, coil::Budget budget = {}) {
  c->load(source, "<test>");
  return run_budgeted(*c, budget);
}

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// The last line of a traceback ("ValueError: x"), without its newline.
inline std::string last_line(const std::string& text) {
  std::string t = text;
  while (!t.empty() && t.back() == '\n') t.pop_back();
  std::size_t nl = t.rfind('\n');
  return nl == std::string::npos ? t : t.substr(nl + 1);
}

}  // namespace coil_test
