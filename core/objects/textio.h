// textio.h - console streams (sys.stdin/stdout/stderr) and writing to whatever sys.stdout is.
#pragma once

#include <string_view>

#include "vm/vm.h"

namespace coil {

extern Type ConsoleStreamType;

Value make_console_stream(int which);          // 0 stdout, 1 stderr, 2 stdin
bool is_console_stream(Value v, int* which);
// next(sys.stdin) for FOR_ITER: may return Value::pending() with a wait frame (a line, or
// StopIteration at EOF), so that `for line in sys.stdin` suspends the task like input().
Value console_stream_next_stackless(VM& vm, Value self);
bool write_console(VM& vm, int which, std::string_view text);
Value stream_write(VM& vm, Value file, Value text);  // text null: only checks the stream is open
Value stream_flush(VM& vm, Value file);
bool write_stdout(VM& vm, std::string_view text);

}  // namespace coil
