// panes.h - draws the app's window each frame: toolbar, slide pane, editor, output pane and status line.
#pragma once

#include <map>
#include <string>

#include "app_state.h"

namespace coil_ui {

// Where a widget was drawn in the last frame, in window coordinates (CSS pixels on the web).
struct Rect {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct UiState {
  std::map<std::string, Rect> rects;  // "run", "stop", "editor", "output": for the browser test hook
  bool focus_input = false;           // put the keyboard focus into the output pane's input box
  bool was_waiting = false;           // the program waited for input in the previous frame
  int chapter = 0, slide = 0;         // the slide shown (indices into coil::content::chapters())
};

// Draws the whole app over the full display area and handles its keyboard shortcuts.
void draw_app(AppState& app, UiState& ui);

}  // namespace coil_ui
