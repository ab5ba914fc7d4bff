// panes.cpp - the app's layout and its panes (course slides, editor, output), toolbar and status line.
#include "panes.h"

#include <cstdio>

#include "course.h"
#include "imgui.h"
#include "imgui_stdlib.h"

namespace coil_ui {

namespace {

const ImVec4 kErrColour(1.00f, 0.42f, 0.42f, 1.0f);
const ImVec4 kDimColour(0.60f, 0.62f, 0.66f, 1.0f);
const ImVec4 kOkColour(0.50f, 0.85f, 0.55f, 1.0f);

void remember(UiState& ui, const char* name) {
  ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  ui.rects[name] = Rect{a.x, a.y, b.x, b.y};
}

#if IMGUI_VERSION_NUM < 18700  // imgui 1.86 (tools/setup.sh's fallback): keys are indices into io.KeyMap
bool key_pressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false); }
constexpr ImGuiKey ImGuiKey_KeypadEnter = ImGuiKey_KeyPadEnter;
#else
bool key_pressed(ImGuiKey key) { return ImGui::IsKeyPressed(key, false); }
#endif

void handle_shortcuts(AppState& app) {
  if (ImGui::GetIO().KeyCtrl && (key_pressed(ImGuiKey_Enter) || key_pressed(ImGuiKey_KeypadEnter))) app.run();
  if (app.busy() && key_pressed(ImGuiKey_Escape)) app.stop();
}

void draw_toolbar(AppState& app, UiState& ui) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Coil");
  ImGui::SameLine();
  ImGui::TextColored(kDimColour, "Advanced Python");
  ImGui::SameLine(0, 24);
  if (ImGui::Button(" Run ")) app.run();
  remember(ui, "run");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Run the program in the editor (Ctrl+Enter)");
  ImGui::SameLine();
  ImGui::BeginDisabled(!app.busy());
  if (ImGui::Button(" Stop ")) app.stop();
  ImGui::EndDisabled();
  remember(ui, "stop");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Interrupt the program (Esc)");
}

void text(std::string_view s) { ImGui::TextUnformatted(s.data(), s.data() + s.size()); }

// A code cell: its source in a frame, and a button that copies it into the editor.
void draw_cell(AppState& app, const coil::content::Cell& cell, const char* button) {
  ImGui::PushID(&cell);
  ImGui::PushStyleColor(ImGuiCol_Text, kOkColour);
  text(cell.source);
  ImGui::PopStyleColor();
  if (!cell.norun.empty()) ImGui::TextColored(kDimColour, "(not run here: %.*s)", int(cell.norun.size()), cell.norun.data());
  if (cell.kind == "python" && cell.norun.empty() && ImGui::SmallButton(button)) app.set_editor_text(std::string(cell.source));
  ImGui::PopID();
  ImGui::Spacing();
}

// The compiled course (content/course.h): chapter and slide choice, then the slide's prose as plain
// Markdown text and its cells. The real slide view (md4c rendering) comes later.
void draw_course(AppState& app, UiState& ui, std::span<const coil::content::Chapter> chapters) {
  ui.chapter = ui.chapter < int(chapters.size()) ? ui.chapter : 0;
  const coil::content::Chapter& chapter = chapters[size_t(ui.chapter)];
  std::string label = std::string(chapter.name.substr(0, 2)) + " " + std::string(chapter.title);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##chapter", label.c_str())) {
    for (size_t i = 0; i < chapters.size(); ++i) {
      std::string item = std::string(chapters[i].name.substr(0, 2)) + " " + std::string(chapters[i].title);
      if (ImGui::Selectable(item.c_str(), int(i) == ui.chapter)) ui.chapter = int(i), ui.slide = 0;
    }
    ImGui::EndCombo();
  }
  const int count = int(chapter.slides.size());
  if (count == 0) return;
  ui.slide = ui.slide < count ? ui.slide : 0;
  ImGui::BeginDisabled(ui.slide == 0);
  if (ImGui::ArrowButton("##previous", ImGuiDir_Left)) --ui.slide;
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(ui.slide + 1 >= count);
  if (ImGui::ArrowButton("##next", ImGuiDir_Right)) ++ui.slide;
  ImGui::EndDisabled();
  const coil::content::Slide& slide = chapter.slides[size_t(ui.slide)];
  ImGui::SameLine();
  ImGui::TextColored(kDimColour, "%d/%d", ui.slide + 1, count);
  ImGui::SameLine();
  text(slide.title);
  ImGui::Separator();
  ImGui::PushTextWrapPos(0.0f);
  for (const coil::content::Block& block : slide.blocks) {
    if (block.kind == coil::content::BlockKind::Prose) {
      text(block.prose);
      ImGui::Spacing();
    } else if (block.kind == coil::content::BlockKind::Cell) {
      if (!block.cell->hidden) draw_cell(app, *block.cell, "Edit");
    } else {
      ImGui::TextColored(kDimColour, "Exercise");
      text(block.exercise->prose);
      draw_cell(app, block.exercise->starter, "Start");
    }
  }
  if (!slide.notes.empty() && ImGui::CollapsingHeader("Notes")) text(slide.notes);
  ImGui::PopTextWrapPos();
}

void draw_slide_pane(AppState& app, UiState& ui) {
  auto chapters = coil::content::chapters();
  if (!chapters.empty()) {
    draw_course(app, ui, chapters);
    return;
  }
  ImGui::TextUnformatted(app.slide_title.c_str());
  ImGui::Separator();
  ImGui::Spacing();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(app.slide_text.c_str());
  ImGui::PopTextWrapPos();
}

void draw_editor_pane(AppState& app, UiState& ui, ImVec2 size) {
  ImGui::PushID(app.editor_generation);  // a new ID drops the widget's copy when the text is replaced
  ImGui::InputTextMultiline("##editor", &app.editor_text, size, ImGuiInputTextFlags_AllowTabInput);
  ImGui::PopID();
  remember(ui, "editor");
}

void draw_output_pane(AppState& app, UiState& ui) {
  const bool waiting = app.state() == RunState::WaitingInput;
  const float input_height = waiting ? ImGui::GetFrameHeightWithSpacing() : 0.0f;
  ImGui::BeginChild("output", ImVec2(0, -input_height), true, ImGuiWindowFlags_HorizontalScrollbar);
  const bool at_bottom = ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 1.0f;
  if (app.dropped_lines() > 0) {
    ImGui::TextColored(kDimColour, "(%zu earlier lines not shown)", app.dropped_lines());
  }
  const auto& lines = app.output();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(lines.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const OutputLine& line = lines[static_cast<size_t>(i)];
      if (line.stream == coil::Stream::Err) ImGui::PushStyleColor(ImGuiCol_Text, kErrColour);
      ImGui::TextUnformatted(line.text.data(), line.text.data() + line.text.size());
      if (line.stream == coil::Stream::Err) ImGui::PopStyleColor();
    }
  }
  clipper.End();
  if (app.output_grew) {
    if (at_bottom) ImGui::SetScrollHereY(1.0f);
    app.output_grew = false;
  }
  ImGui::EndChild();
  remember(ui, "output");
  if (waiting) {
    ImGui::SetNextItemWidth(-1);
    if (ui.focus_input) {
      ImGui::SetKeyboardFocusHere();
      ui.focus_input = false;
    }
    if (ImGui::InputTextWithHint("##stdin", "input() waits: type a line and press Enter", &app.input_line,
                                 ImGuiInputTextFlags_EnterReturnsTrue)) {
      std::string line = app.input_line;
      app.input_line.clear();
      app.send_input(line);
    }
    remember(ui, "input");
  }
}

void draw_status_line(AppState& app) {
  char text[160];
  ImVec4 colour = kDimColour;
  switch (app.state()) {
    case RunState::Idle: std::snprintf(text, sizeof text, "Ready"); break;
    case RunState::Running:
      if (app.current_line() > 0) {
        std::snprintf(text, sizeof text, "Running: line %d (%.1f s)", app.current_line(), app.run_seconds());
      } else {
        std::snprintf(text, sizeof text, "Running (%.1f s)", app.run_seconds());
      }
      break;
    case RunState::WaitingInput: std::snprintf(text, sizeof text, "Waiting for input"); break;
    case RunState::Finished:
      std::snprintf(text, sizeof text, "Finished in %.2f s%s", app.run_seconds(),
                    app.exit_code() != 0 ? " (non-zero exit code)" : "");
      colour = kOkColour;
      break;
    case RunState::Error:
      std::snprintf(text, sizeof text, "Error: see the traceback in the output (exit code %d)", app.exit_code());
      colour = kErrColour;
      break;
  }
  ImGui::TextColored(colour, "%s", text);
  char about[96];
  std::snprintf(about, sizeof about, "Coil %s | Python %s | Dear ImGui %s", coil::version(), coil::python_version(),
                IMGUI_VERSION);
  float w = ImGui::CalcTextSize(about).x;
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - w);
  ImGui::TextColored(kDimColour, "%s", about);
}

}  // namespace

void draw_app(AppState& app, UiState& ui) {
  handle_shortcuts(app);
  const bool waiting = app.state() == RunState::WaitingInput;
  if (waiting && !ui.was_waiting) ui.focus_input = true;
  ui.was_waiting = waiting;

  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  ImGui::Begin("Coil", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::PopStyleVar(2);

  draw_toolbar(app, ui);
  ImGui::Separator();

  const ImGuiStyle& style = ImGui::GetStyle();
  const float status_height = ImGui::GetFrameHeightWithSpacing();
  ImVec2 avail = ImGui::GetContentRegionAvail();
  avail.y -= status_height;
  const float slide_width = avail.x * 0.38f;
  const float right_width = avail.x - slide_width - style.ItemSpacing.x;
  const float editor_height = (avail.y - style.ItemSpacing.y) * 0.58f;
  const float label_height = ImGui::GetTextLineHeightWithSpacing();

  ImGui::BeginChild("slide", ImVec2(slide_width, avail.y), true);
  draw_slide_pane(app, ui);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginGroup();
  ImGui::TextColored(kDimColour, "Editor");
  draw_editor_pane(app, ui, ImVec2(right_width, editor_height - label_height));
  ImGui::TextColored(kDimColour, "Output");
  ImGui::BeginChild("output-area", ImVec2(right_width, avail.y - editor_height - label_height - style.ItemSpacing.y));
  draw_output_pane(app, ui);
  ImGui::EndChild();
  ImGui::EndGroup();

  ImGui::Separator();
  draw_status_line(app);
  ImGui::End();
}

}  // namespace coil_ui
