// app_state.cpp - drives the interpreter frame by frame (budgeted run()) and collects its output.
#include "app_state.h"

#include <cstdio>
#include <utility>

namespace coil_ui {

namespace {

const char kWelcomeTitle[] = "Welcome to Coil";
const char kWelcomeText[] =
    "Advanced Python, in your browser.\n\n"
    "Edit the program on the right and press Run (Ctrl+Enter).\n"
    "Its output appears below the editor; errors in red.\n"
    "Stop (Esc) interrupts a running program.\n\n"
    "Slides, chapters and exercises arrive in later versions.";
const char kExampleProgram[] =
    "# Your first program\n"
    "def greet(name):\n"
    "    return f\"Hello, {name}!\"\n"
    "\n"
    "print(greet(\"Coil\"))\n"
    "print(sum(i * i for i in range(10)))\n";

}  // namespace

const char* run_state_name(RunState s) {
  switch (s) {
    case RunState::Idle: return "idle";
    case RunState::Running: return "running";
    case RunState::WaitingInput: return "input";
    case RunState::Finished: return "finished";
    case RunState::Error: return "error";
  }
  return "?";
}

AppState::AppState() : slide_title(kWelcomeTitle), slide_text(kWelcomeText), editor_text(kExampleProgram) {}
AppState::~AppState() = default;

void AppState::set_editor_text(std::string text) {
  editor_text = std::move(text);
  ++editor_generation;
}

void AppState::run() {
  clear_output();
  coil::Options options;
  options.argv = {"<editor>"};
  options.write = [this](coil::Stream s, std::string_view text) { write(s, text); };
  interp_ = std::make_unique<coil::Interpreter>(std::move(options));
  interp_->load(editor_text, "<editor>");
  state_ = RunState::Running;
  last_ = coil::RunResult{};
  last_.status = coil::Status::Suspended;
  last_.wait = coil::Wait::Budget;
  stop_requested_ = false;
  exit_code_ = 0;
  line_ = 0;
  ++runs_;
  started_at_ = coil::Interpreter::now();
  ended_at_ = 0;
}

void AppState::stop() {
  if (!busy() || !interp_) return;
  interp_->request_stop();
  stop_requested_ = true;  // resume now, whatever it waits for, so KeyboardInterrupt is raised
}

void AppState::send_input(const std::string& line) {
  if (state_ != RunState::WaitingInput || !interp_) return;
  write(coil::Stream::Out, line + "\n");  // the terminal would echo what was typed
  interp_->send_input(line);
  state_ = RunState::Running;
  last_.wait = coil::Wait::Budget;
}

void AppState::step(double seconds) {
  if (!busy() || !interp_) return;
  if (!stop_requested_) {
    // Only resume a suspended program when what it waits for is there.
    switch (last_.wait) {
      case coil::Wait::Input: return;  // resumed by send_input()
      case coil::Wait::Sleep:
        if (coil::Interpreter::now() < last_.wake_at) return;
        break;
      default: break;
    }
  }
  stop_requested_ = false;
  coil::RunResult r = interp_->run(coil::Budget{UINT64_MAX, seconds});
  last_ = r;
  line_ = r.line;
  if (r.status == coil::Status::Suspended) {
    state_ = r.wait == coil::Wait::Input ? RunState::WaitingInput : RunState::Running;
    return;
  }
  finish(r);
}

void AppState::finish(const coil::RunResult& r) {
  exit_code_ = r.exit_code;
  state_ = r.status == coil::Status::Error ? RunState::Error : RunState::Finished;
  ended_at_ = coil::Interpreter::now();
  if (echo_to_console) {
    std::printf("coil-app: run %s (exit code %d)\n", run_state_name(state_), exit_code_);
    std::fflush(stdout);
  }
}

double AppState::run_seconds() const {
  if (runs_ == 0) return 0;
  return (ended_at_ > 0 ? ended_at_ : coil::Interpreter::now()) - started_at_;
}

void AppState::write(coil::Stream stream, std::string_view text) {
  if (echo_to_console) {
    std::FILE* f = stream == coil::Stream::Out ? stdout : stderr;
    std::fwrite(text.data(), 1, text.size(), f);
    std::fflush(f);
  }
  while (!text.empty()) {
    if (output_.empty() || !output_.back().open || output_.back().stream != stream) {
      if (!output_.empty()) output_.back().open = false;  // another stream interrupts a partial line
      output_.push_back(OutputLine{stream, {}, false, true});
    }
    std::size_t nl = text.find('\n');
    OutputLine& line = output_.back();
    if (nl == std::string_view::npos) {
      line.text.append(text.data(), text.size());
      break;
    }
    line.text.append(text.data(), nl);
    line.newline = true;
    line.open = false;
    text.remove_prefix(nl + 1);
  }
  // Keep memory bounded when a program prints without end (until Stop): drop the oldest lines.
  constexpr std::size_t kMaxLines = 20000, kDrop = 2000;
  if (output_.size() > kMaxLines) {
    output_.erase(output_.begin(), output_.begin() + kDrop);
    dropped_lines_ += kDrop;
  }
  output_grew = true;
}

std::string AppState::output_text() const {
  std::string all;
  for (const OutputLine& line : output_) {
    all += line.text;
    if (line.newline) all += '\n';
  }
  return all;
}

void AppState::clear_output() {
  output_.clear();
  dropped_lines_ = 0;
  output_grew = true;
}

}  // namespace coil_ui
