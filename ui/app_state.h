// app_state.h - the app's model: slide, editor text, program output, and the Run/Stop life of the interpreter.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "coil/coil.h"

namespace coil_ui {

// One line of the output pane, from one stream. `newline`: the program wrote the line's '\n'.
// `open`: more text of the same stream still goes onto this line (no '\n' yet, no other stream since).
struct OutputLine {
  coil::Stream stream = coil::Stream::Out;
  std::string text;
  bool newline = false;
  bool open = true;
};

enum class RunState { Idle, Running, WaitingInput, Finished, Error };

class AppState {
 public:
  AppState();
  ~AppState();

  // ---- slide (placeholder until content/ lands)
  std::string slide_title;
  std::string slide_text;

  // ---- editor
  std::string editor_text;
  // Bumped when the text is replaced from outside the editor widget, so the widget drops its own copy.
  int editor_generation = 0;
  void set_editor_text(std::string text);

  // ---- running
  void run();   // (re)starts the program in the editor, in a fresh interpreter
  void stop();  // KeyboardInterrupt at the next instruction boundary
  // Called once per frame: runs the interpreter for at most `seconds` of wall time.
  void step(double seconds);
  void send_input(const std::string& line);  // answers a pending input()
  RunState state() const { return state_; }
  bool busy() const { return state_ == RunState::Running || state_ == RunState::WaitingInput; }
  int exit_code() const { return exit_code_; }
  int current_line() const { return line_; }
  double run_seconds() const;  // wall time of the current or last run
  int runs_started() const { return runs_; }

  // ---- output
  const std::vector<OutputLine>& output() const { return output_; }
  std::string output_text() const;  // stdout and stderr, in the order written (but dropped lines)
  std::size_t dropped_lines() const { return dropped_lines_; }  // oldest lines dropped to bound memory
  void clear_output();
  bool output_grew = false;  // set when text arrives; the output pane scrolls down and clears it
  std::string input_line;    // the output pane's input box while the program waits for input()

  // Optional: a copy of everything the program writes also goes to the process's stdout/stderr
  // (the desktop smoke test reads it).
  bool echo_to_console = false;

 private:
  void write(coil::Stream stream, std::string_view text);
  void finish(const coil::RunResult& r);

  std::unique_ptr<coil::Interpreter> interp_;
  RunState state_ = RunState::Idle;
  coil::RunResult last_{};
  bool stop_requested_ = false;
  int exit_code_ = 0;
  int line_ = 0;
  int runs_ = 0;
  double started_at_ = 0, ended_at_ = 0;
  std::vector<OutputLine> output_;
  std::size_t dropped_lines_ = 0;
};

const char* run_state_name(RunState s);  // "idle", "running", "input", "finished", "error"

}  // namespace coil_ui
