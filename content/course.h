// course.h - the compiled course (library coil-content): chapters -> slides -> prose, cells, exercises, notes.
//
// Generated at build time from content/chapters/*.md and their recorded outputs (*.out) by
// tools/compile_content.py; all data is constant and lives as long as the program. The format of
// the chapters and the meaning of every field: content/README.md.
#pragma once

#include <span>
#include <string_view>

namespace coil::content {

struct Cell {
  std::string_view kind;        // "python", "python2", "text", "shell"
  std::string_view source;      // the code, ending with '\n'
  std::string_view filename;    // what tracebacks show: "<cell objects/1>" (exercise cells: "<exercise ID/starter>")
  std::string_view expected;    // what CPython 3.11 printed (runnable cells; empty otherwise)
  std::string_view stdin_text;  // the lines input() reads ({stdin="..."}), or empty
  std::string_view vary;        // why the output may differ from `expected` ({vary="..."}), or empty
  std::string_view norun;       // why the cell cannot run ({norun="..."}), or empty
  bool hidden = false;          // set-up code: run, not shown
  bool has_stdin = false;       // stdin_text was given (even if empty)
  bool runnable = false;        // a chapter cell that runs (python, not norun)
  int number = 0;               // N of <cell SLIDE/N>, 0 for exercise cells
};

struct Exercise {
  std::string_view id;
  std::string_view prose;              // Markdown: the task (and any text/shell blocks)
  Cell starter, check, solution;       // the check is hidden from the learner
  std::string_view expected_solution;  // what CPython printed for solution + check (✔ lines)
  std::string_view expected_starter;   // ... and for the unchanged starter + check (✘ lines)
};

enum class BlockKind : unsigned char { Prose, Cell, Exercise };

// One piece of a slide, in reading order.
struct Block {
  BlockKind kind;
  std::string_view prose;      // BlockKind::Prose: Markdown (CommonMark + GitHub tables)
  const Cell* cell;            // BlockKind::Cell
  const Exercise* exercise;    // BlockKind::Exercise
};

struct Slide {
  std::string_view id;
  std::string_view title;
  std::string_view notes;      // presenter notes (Markdown), or empty
  std::span<const Block> blocks;
};

struct Chapter {
  std::string_view name;       // the file's stem: "03-functions"
  std::string_view title;
  std::span<const Slide> slides;
};

// The course in order (empty if content/chapters/ holds no chapter).
std::span<const Chapter> chapters();

}  // namespace coil::content
