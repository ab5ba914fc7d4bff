// main.cpp - astdump: prints coil::debug::dump_ast / dump_tokens for a file (used by tools/check_ast.py).
//
// Usage: astdump [--tokens] [--no-attributes] [--mode exec|single|eval] [--error-text]
//                [--complete] [--time N] [--max-depth N] FILE...
// One output line per FILE (tokens: one line per token). --complete prints what
// check_complete() says about the file's text (complete / incomplete / invalid).
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "coil/debug.h"
#include "compiler/ast_dump.h"
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
  bool tokens = false, attributes = true, error_text = false, complete = false;
  coil::compiler::ParseMode mode = coil::compiler::ParseMode::File;
  int repeat = 0;
  coil::compiler::ParseOptions options;
  std::vector<const char*> files;
  for (int i = 1; i < argc; i++) {
    if (!std::strcmp(argv[i], "--tokens")) {
      tokens = true;
    } else if (!std::strcmp(argv[i], "--no-attributes")) {
      attributes = false;
    } else if (!std::strcmp(argv[i], "--error-text")) {
      error_text = true;
    } else if (!std::strcmp(argv[i], "--complete")) {
      complete = true;
    } else if (!std::strcmp(argv[i], "--mode") && i + 1 < argc) {
      const char* m = argv[++i];
      mode = !std::strcmp(m, "single") ? coil::compiler::ParseMode::Interactive
             : !std::strcmp(m, "eval") ? coil::compiler::ParseMode::Eval
                                       : coil::compiler::ParseMode::File;
    } else if (!std::strcmp(argv[i], "--max-depth") && i + 1 < argc) {
      options.max_depth = std::atoi(argv[++i]);
    } else if (!std::strcmp(argv[i], "--time") && i + 1 < argc) {
      repeat = std::atoi(argv[++i]);
    } else {
      files.push_back(argv[i]);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr,
                 "usage: astdump [--tokens] [--no-attributes] [--mode exec|single|eval] "
                 "[--error-text] [--complete] [--time N] [--max-depth N] FILE...\n");
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
    std::clock_t c0 = std::clock();
    for (int r = 0; r < repeat; r++) {
      for (const std::string& s : sources) {
        coil::compiler::ParseResult res = coil::compiler::parse(s, coil::compiler::ParseMode::File, options);
        if (!res.ok()) failed++;
      }
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    double cpu = double(std::clock() - c0) / CLOCKS_PER_SEC;
    double bytes = double(total) * repeat;
    std::printf("parsed %zu files (%.2f MB) x %d: wall %.3f s (%.1f MB/s), cpu %.3f s (%.1f MB/s), %zu failed\n",
                sources.size(), double(total) / 1e6, repeat, secs, bytes / secs / 1e6, cpu,
                bytes / cpu / 1e6, failed);
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
    } else if (complete) {
      coil::compiler::Completeness c = coil::compiler::check_complete(src, mode);
      out = c == coil::compiler::Completeness::Complete     ? "complete\n"
            : c == coil::compiler::Completeness::Incomplete ? "incomplete\n"
                                                            : "invalid\n";
    } else {
      coil::compiler::ParseResult r = coil::compiler::parse(src, mode, options);
      if (r.ok()) {
        out = coil::compiler::dump_mod(*r.mod, attributes);
      } else {
        out = coil::compiler::dump_syntax_error(r.error, "<unknown>");
        if (error_text && r.error.type != "MemoryError") {
          out += " text=" + (r.error.has_text ? coil::compiler::repr_str(r.error.text) : std::string("None"));
        }
      }
      out.push_back('\n');
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  return 0;
}
