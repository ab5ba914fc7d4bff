// traceback.h - traceback objects (one per frame an exception passed through) and the printing of
// uncaught exceptions in CPython 3.11's format (chains, carets, notes, exception groups).
#pragma once

#include <string>

#include "objects/function.h"
#include "vm/vm.h"

namespace coil {

struct PyFrame;

extern Type TracebackType;
extern Type FrameObjectType;

struct Traceback : Object {
  Value next;       // the next (newer) entry, or null
  Value frame;      // the frame object (FrameObject), always set
  uint32_t lasti;   // instruction word index in the frame's code
  int32_t lineno;
};

// The Python-visible frame object (f_code, f_lineno, f_globals, f_locals, f_back). While the
// frame runs it points at the live PyFrame; when the frame ends it keeps a snapshot.
struct FrameObject : Object {
  PyFrame* live;     // null once the frame has finished
  Code* code;
  Dict* globals;
  Value locals;      // snapshot (dict) after the frame finished, or the module/class mapping
  Value back;        // FrameObject of the caller at creation time, or null
  int32_t lineno;    // last known line
  uint32_t lasti;
};

void init_traceback_types();

// Creates (or returns) the frame object of a live frame (new reference).
Value frame_object_for(VM& vm, PyFrame* f);
// Called when a frame with a frame object ends: the object keeps code/globals/line/locals.
void frame_object_detach(PyFrame* f);

// Prepends an entry for (frame, lasti) to exc.__traceback__ (what the VM does as an exception
// propagates through a frame).
void traceback_push(VM& vm, Object* exc, PyFrame* f, uint32_t lasti);

// The text CPython 3.11 prints for an uncaught exception (sys.excepthook / traceback.print_exc):
// "Traceback (most recent call last):" + entries with source lines and carets, chained exceptions,
// notes, exception groups. `limit` < 0 means no limit.
std::string format_exception(VM& vm, Value exc, int limit = -1);
// The same with the traceback module's convention for `limit` when limit_from_top: keep the
// `limit` oldest entries instead of the newest. Without `suggestions`, no "Did you mean" hints
// (the traceback module of Python 3.11 gives none; only the default excepthook does).
std::string format_exception_limited(VM& vm, Value exc, long limit, bool limit_from_top, bool suggestions);
// The "  File ..., line N, in f" entries (with source lines and carets) of a traceback object.
std::string format_traceback_entries(VM& vm, Value tb, long limit, bool limit_from_top);
// Only the final line(s): "ValueError: msg" (+ notes); used by the REPL and traceback.format_exception_only.
std::string format_exception_only(VM& vm, Value exc, bool suggestions = true);

// Source lines for tracebacks: the VM keeps the source of code it compiled (vm.sources); files
// on disk are read on demand. Returns "" if unknown. line is 1-based.
std::string source_line(VM& vm, const std::string& filename, int line);

}  // namespace coil
