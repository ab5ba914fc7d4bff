// main.cpp - the platform layer and the one main loop of coil-app: SDL2 + OpenGL 3 (desktop) or WebGL2 (web).
//
// Each frame: handle events, run the interpreter for a small time budget, draw the UI with Dear ImGui.
// On the desktop the loop is a plain while; on the web the browser calls frame() on each animation frame.
#include <SDL.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "app.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#if __has_include("imgui_impl_sdl2.h")
#include "imgui_impl_sdl2.h"  // imgui >= 1.87
#else
#include "imgui_impl_sdl.h"   // imgui 1.86
#endif

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <GLES3/gl3.h>
#else
#include <SDL_opengl.h>
#endif

namespace coil_ui {

App& app() {
  static App instance;
  return instance;
}

namespace {

constexpr double kRunBudgetSeconds = 0.008;  // interpreter time per frame: keeps the UI at ~60 fps
constexpr float kFontSize = 13.0f;           // ImGui's default font, in CSS / window pixels

struct Platform {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  float font_scale = 0.0f;  // framebuffer pixels per window pixel the font atlas was built for
  bool done = false;
  long max_frames = 0;      // desktop --frames N: quit after N frames (0: never)
};
Platform g;

// Rebuilds the font atlas at the display's pixel density (devicePixelRatio on the web), so text stays
// sharp on high-DPI screens: glyphs rasterised at size * scale, drawn at 1 / scale.
void update_font_scale() {
  int w = 0, h = 0, dw = 0, dh = 0;
  SDL_GetWindowSize(g.window, &w, &h);
  SDL_GL_GetDrawableSize(g.window, &dw, &dh);
  float scale = w > 0 ? static_cast<float>(dw) / static_cast<float>(w) : 1.0f;
  if (scale < 1.0f) scale = 1.0f;
  if (scale == g.font_scale) return;
  g.font_scale = scale;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFontConfig config;
  config.SizePixels = kFontSize * scale;
  io.Fonts->AddFontDefault(&config);
  io.FontGlobalScale = 1.0f / scale;
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

void on_ready() {
  app().ready = true;
  std::printf("coil-app: ready (Dear ImGui %s, GL %s)\n", IMGUI_VERSION,
              reinterpret_cast<const char*>(glGetString(GL_VERSION)));
  std::fflush(stdout);
#ifdef __EMSCRIPTEN__
  EM_ASM({ if (Module.coilReady) Module.coilReady(); });
#endif
}

void frame() {
  App& a = app();
  SDL_Event event;
  while (SDL_PollEvent(&event)) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    if (event.type == SDL_QUIT) g.done = true;
    if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
        event.window.windowID == SDL_GetWindowID(g.window)) {
      g.done = true;
    }
  }

  a.state.step(kRunBudgetSeconds);

  update_font_scale();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  // imgui 1.86's SDL backend can report DeltaTime == 0 (e.g. headless Chromium's virtual time) and
  // ImGui asserts on it; fixed in 1.87+, kept for the 1.86 fallback of tools/setup.sh.
  if (ImGui::GetIO().DeltaTime <= 0.0f) ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
  ImGui::NewFrame();
  draw_app(a.state, a.ui);
  ImGui::Render();

  const ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  glClearColor(0.08f, 0.09f, 0.11f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(g.window);

  ++a.frames;
  if (a.frames == 2) on_ready();
  if (g.max_frames > 0 && a.frames >= g.max_frames) g.done = true;
}

#ifndef __EMSCRIPTEN__
bool read_file(const char* path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

const char kUsage[] =
    "usage: coil-app [--load FILE] [--run] [--echo] [--frames N]\n"
    "  --load FILE  put FILE's text into the editor\n"
    "  --run        press Run once the window is up\n"
    "  --echo       also copy the program's output to this process's stdout/stderr\n"
    "  --frames N   quit after N frames\n";

// Desktop command line. Returns -1 to go on, else the exit code.
int parse_args(int argc, char** argv, bool& run_at_start) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--load" && i + 1 < argc) {
      std::string text;
      if (!read_file(argv[++i], text)) {
        std::fprintf(stderr, "coil-app: can't read %s\n", argv[i]);
        return 2;
      }
      app().state.set_editor_text(text);
    } else if (arg == "--run") {
      run_at_start = true;
    } else if (arg == "--echo") {
      app().state.echo_to_console = true;
    } else if (arg == "--frames" && i + 1 < argc) {
      g.max_frames = std::atol(argv[++i]);
    } else if (arg == "--version") {
      std::printf("coil-app %s (Python %s, Dear ImGui %s)\n", coil::version(), coil::python_version(), IMGUI_VERSION);
      return 0;
    } else {
      std::fputs(kUsage, arg == "-h" || arg == "--help" ? stdout : stderr);
      return arg == "-h" || arg == "--help" ? 0 : 2;
    }
  }
  return -1;
}
#endif

}  // namespace
}  // namespace coil_ui

int main(int argc, char** argv) {
  using namespace coil_ui;
  bool run_at_start = false;
#ifndef __EMSCRIPTEN__
  if (int rc = parse_args(argc, argv, run_at_start); rc >= 0) return rc;
#else
  (void)argc;
  (void)argv;
#endif

  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::fprintf(stderr, "coil-app: SDL_Init failed: %s\n", SDL_GetError());
    return 1;
  }
#ifdef __EMSCRIPTEN__
  const char* glsl_version = "#version 300 es";  // WebGL2
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#else
  const char* glsl_version = "#version 130";  // OpenGL 3.0
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#endif
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
  // On the web the canvas is sized by CSS (the whole page) and SDL follows it, at devicePixelRatio.
  g.window = SDL_CreateWindow("Coil - Advanced Python", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 800,
                              SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (!g.window) {
    std::fprintf(stderr, "coil-app: SDL_CreateWindow failed: %s\n", SDL_GetError());
    return 1;
  }
  g.gl = SDL_GL_CreateContext(g.window);
  if (!g.gl) {
    std::fprintf(stderr, "coil-app: SDL_GL_CreateContext failed: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_MakeCurrent(g.window, g.gl);
  SDL_GL_SetSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the layout is fixed; nothing to save
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui::StyleColorsDark();
  ImGui_ImplSDL2_InitForOpenGL(g.window, g.gl);
  ImGui_ImplOpenGL3_Init(glsl_version);
  if (run_at_start) app().state.run();

#ifdef __EMSCRIPTEN__
  emscripten_set_main_loop(frame, 0, true);  // does not return
#else
  while (!g.done) {
    // Idle (no program running): sleep until an event or for at most 50 ms, rather than spin.
    if (!app().state.busy()) SDL_WaitEventTimeout(nullptr, 50);
    frame();
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  SDL_GL_DeleteContext(g.gl);
  SDL_DestroyWindow(g.window);
  SDL_Quit();
#endif
  return 0;
}
