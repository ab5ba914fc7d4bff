// interpreter_stub.cpp - placeholder Interpreter until the VM lands: echoes the loaded source.
#include "coil/coil.h"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

namespace coil {

const char* version() { return "0.1.0"; }
const char* python_version() { return "3.11.7"; }

struct Interpreter::Impl {
  Options options;
  std::string pending;
  bool loaded = false;
  void write(Stream s, std::string_view text) {
    if (options.write) {
      options.write(s, text);
    } else {
      std::FILE* f = s == Stream::Out ? stdout : stderr;
      std::fwrite(text.data(), 1, text.size(), f);
    }
  }
};

Interpreter::Interpreter(Options options) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
}
Interpreter::~Interpreter() = default;

void Interpreter::load(std::string_view source, std::string_view, Mode) {
  impl_->pending = std::string(source);
  impl_->loaded = true;
}

RunResult Interpreter::run(Budget) {
  RunResult r;
  if (impl_->loaded) {
    impl_->write(Stream::Out, impl_->pending);
    impl_->loaded = false;
  }
  return r;
}

RunResult Interpreter::run_to_end() { return run(); }
void Interpreter::send_input(std::string_view) {}
void Interpreter::close_input() {}
void Interpreter::request_stop() {}
Completeness Interpreter::check_complete(std::string_view) const { return Completeness::Complete; }

double Interpreter::now() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace coil
