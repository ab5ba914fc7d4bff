// app.h - the one App instance (model + UI state + frame counter), shared by the main loop and the web test hook.
#pragma once

#include "app_state.h"
#include "panes.h"

namespace coil_ui {

struct App {
  AppState state;
  UiState ui;
  long frames = 0;     // frames drawn so far
  bool ready = false;  // set once the first frames are on screen
};

App& app();

}  // namespace coil_ui
