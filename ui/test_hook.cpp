// test_hook.cpp - C functions behind the page's window.coilTest (web/index.html), used by the browser tests only.
#ifdef __EMSCRIPTEN__
#include <emscripten.h>

#include <cstdio>
#include <string>

#include "app.h"

using coil_ui::app;

namespace {
std::string g_result;  // keeps the last returned string alive until the next call
}

extern "C" {

EMSCRIPTEN_KEEPALIVE int coil_test_ready() { return app().ready ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE long coil_test_frames() { return app().frames; }

EMSCRIPTEN_KEEPALIVE void coil_test_set_editor_text(const char* text) { app().state.set_editor_text(text); }

EMSCRIPTEN_KEEPALIVE const char* coil_test_editor_text() {
  g_result = app().state.editor_text;
  return g_result.c_str();
}

EMSCRIPTEN_KEEPALIVE void coil_test_run() { app().state.run(); }
EMSCRIPTEN_KEEPALIVE void coil_test_stop() { app().state.stop(); }
EMSCRIPTEN_KEEPALIVE int coil_test_runs() { return app().state.runs_started(); }

// "idle", "running", "input", "finished" or "error".
EMSCRIPTEN_KEEPALIVE const char* coil_test_status() { return coil_ui::run_state_name(app().state.state()); }

EMSCRIPTEN_KEEPALIVE const char* coil_test_output() {
  g_result = app().state.output_text();
  return g_result.c_str();
}

// {"x0":..,"y0":..,"x1":..,"y1":..} of a widget in the last frame (CSS pixels), or "null".
EMSCRIPTEN_KEEPALIVE const char* coil_test_widget_rect(const char* name) {
  auto& rects = app().ui.rects;
  auto it = rects.find(name);
  if (it == rects.end()) return "null";
  char buf[160];
  std::snprintf(buf, sizeof buf, "{\"x0\":%.1f,\"y0\":%.1f,\"x1\":%.1f,\"y1\":%.1f}", it->second.x0, it->second.y0,
                it->second.x1, it->second.y1);
  g_result = buf;
  return g_result.c_str();
}

}  // extern "C"
#endif
