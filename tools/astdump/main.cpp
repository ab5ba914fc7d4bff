// main.cpp - astdump: prints coil::debug::dump_ast / dump_tokens for a file (used by tools/check_ast.py).
//
// Usage: astdump [--tokens] [--no-attributes] [--mode exec|single|eval] [--error-text]
//                [--time N] FILE...
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "coil/debug.h"
#include "compiler/parser.h"
#include "compiler/py_repr.h"

namespace {

bool read_file(const char* path, std::string* out) {
  std::FILE* f = std::fopen(path, "rb");
  if (!f) return false;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  std::fclose(f);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  bool tokens = false, attributes = true, error_text = false;
  int repeat = 0;
  std::vector<const char*> files;
  for (int i = 1; i < argc; i++) {
    if (!std::strcmp(argv[i], "--tokens")) {
      tokens = true;
    } else if (!std::strcmp(argv[i], "--no-attributes")) {
      attributes = false;
    } else if (!std::strcmp(argv[i], "--error-text")) {
      error_text = true;
    } else if (!std::strcmp(argv[i], "--time") && i + 1 < argc) {
      repeat = std::atoi(argv[++i]);
    } else {
      files.push_back(argv[i]);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr,
                 "usage: astdump [--tokens] [--no-attributes] [--error-text] [--time N] FILE...\n");
    return 2;
  }
  if (repeat > 0) {
    // Parse speed: parse every file N times, report bytes/second.
    std::vector<std::string> sources(files.size());
    size_t total = 0;
    for (size_t i = 0; i < files.size(); i++) {
      if (!read_file(files[i], &sources[i])) {
        std::fprintf(stderr, "astdump: cannot read %s\n", files[i]);
        return 2;
      }
      total += sources[i].size();
    }
    size_t failed = 0;
    auto t0 = std::chrono::steady_clock::now();
    for (int r = 0; r < repeat; r++) {
      for (const std::string& s : sources) {
        coil::compiler::ParseResult res = coil::compiler::parse(s);
        if (!res.ok()) failed++;
      }
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    double bytes = double(total) * repeat;
    std::printf("parsed %zu files (%.2f MB) x %d in %.3f s: %.1f MB/s (%zu failed)\n",
                sources.size(), double(total) / 1e6, repeat, secs, bytes / secs / 1e6, failed);
    return 0;
  }
  for (const char* path : files) {
    std::string src;
    if (!read_file(path, &src)) {
      std::fprintf(stderr, "astdump: cannot read %s\n", path);
      return 2;
    }
    std::string out;
    if (tokens) {
      out = coil::debug::dump_tokens(src);
    } else {
      out = coil::debug::dump_ast(src, "<unknown>", attributes);
      if (error_text) {
        coil::compiler::ParseResult r = coil::compiler::parse(src);
        if (!r.ok() && r.error.has_location) {
          out += " text=" + (r.error.has_text ? coil::compiler::repr_str(r.error.text) : std::string("None"));
        }
      }
      out.push_back('\n');
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  return 0;
}
