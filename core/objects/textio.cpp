// textio.cpp - sys.stdin/stdout/stderr: console streams that write through the embedder and read
// lines with a suspension (like input()), plus helpers that write to whatever sys.stdout is.
#include "objects/textio.h"
#include "vm/call.h"
#include "vm/stackless.h"
#include "vm/periodic.h"
#include "vm/runtime.h"

namespace coil {

Type ConsoleStreamType;

namespace {

struct ConsoleStream : Object {
  int which;  // 0 stdout, 1 stderr, 2 stdin
  bool closed;
  Dict* dict;
};

Value cs_write(VM& vm, Args a) {
  if (!check_nargs(vm, a, "write", 2, 2)) return Value();
  ConsoleStream* s = a[0].as<ConsoleStream>();
  if (s->closed) return raise(vm, &ValueErrorType, "I/O operation on closed file.");
  if (s->which == 2) return raise(vm, &OSErrorType, "not writable");
  if (!is_str(a[1])) return raisef(vm, &TypeErrorType, "write() argument must be str, not %s", tname(a[1]));
  Str* str = as_str(a[1]);
  if (!write_console(vm, s->which, str->view())) return Value();
  return int_from_i64(int64_t(str->length));
}

Value cs_flush(VM& vm, Args a) {
  ConsoleStream* s = a[0].as<ConsoleStream>();
  if (s->closed) return raise(vm, &ValueErrorType, "I/O operation on closed file.");
  if (s->which != 2 && vm.flush) vm.flush(s->which);
  return new_none();
}

// readline(): suspends until the embedder supplies a line (returned with '\n'), '' at EOF.
int readline_poll(VM& vm, WaitFrame* wf) {
  if (!vm.input_lines.empty()) {
    std::string line = vm.input_lines.front() + "\n";
    vm.input_lines.erase(vm.input_lines.begin());
    wf->result = Value(str_new(line));
    return 1;
  }
  if (vm.stdin_closed) {
    wf->result = Value(str_empty());
    return 1;
  }
  return 0;
}

Value cs_readline(VM& vm, Args a) {
  ConsoleStream* s = a[0].as<ConsoleStream>();
  if (s->which != 2) return raise(vm, &OSErrorType, "not readable");
  WaitFrame* wf = wait_frame_new(vm, WaitReason::Other);
  wf->poll = readline_poll;
  if (vm.nested_runs == 0) {
    int r = readline_poll(vm, wf);
    if (r == 1) {
      Value v = wf->result;
      wf->result = Value();
      wait_frame_free(vm, wf);
      return v;
    }
  }
  // Input waits are reported as Wait::Input to the embedder.
  wf->reason = WaitReason::Input;
  wf->poll = nullptr;
  wf->data[0] = Value::small(1);  // keep the newline
  vm.pending_frame = wf;
  return Value::pending();
}

Value cs_read(VM& vm, Args a) {
  ConsoleStream* s = a[0].as<ConsoleStream>();
  if (s->which != 2) return raise(vm, &OSErrorType, "not readable");
  // Reads what is available until EOF (blocking embedders supply everything first).
  std::string all;
  while (!vm.input_lines.empty()) {
    all += vm.input_lines.front() + "\n";
    vm.input_lines.erase(vm.input_lines.begin());
  }
  if (!vm.stdin_closed && vm.blocking_input) {
    std::string line;
    while (vm.blocking_input(&line)) all += line + "\n";
    vm.stdin_closed = true;
  }
  return Value(str_new(all));
}

Value cs_readlines(VM& vm, Args a) {
  Value text = cs_read(vm, a);
  if (!text) return Value();
  List* l = list_new(0);
  std::string_view v = as_str(text)->view();
  std::size_t start = 0;
  while (start < v.size()) {
    std::size_t nl = v.find('\n', start);
    std::size_t end = nl == std::string_view::npos ? v.size() : nl + 1;
    Str* line = str_new(v.substr(start, end - start));
    list_append(vm, l, Value(line));
    decref(line);
    start = end;
  }
  decref(text);
  return Value(l);
}

Value cs_isatty(VM&, Args) { return new_bool(false); }
Value cs_fileno(VM&, Args a) { return Value::small(a[0].as<ConsoleStream>()->which == 2 ? 0 : a[0].as<ConsoleStream>()->which + 1); }
Value cs_readable(VM&, Args a) { return new_bool(a[0].as<ConsoleStream>()->which == 2); }
Value cs_writable(VM&, Args a) { return new_bool(a[0].as<ConsoleStream>()->which != 2); }
Value cs_close(VM&, Args a) {
  a[0].as<ConsoleStream>()->closed = true;
  return new_none();
}
Value cs_enter(VM&, Args a) { return newref(a[0]); }
Value cs_exit(VM& vm, Args a) { return cs_close(vm, a); }

Value cs_iter(VM&, Value self) { return newref(self); }

Value cs_get_name(VM&, Value self) {
  static const char* const names[3] = {"<stdout>", "<stderr>", "<stdin>"};
  return Value(str_from_cstr(names[self.as<ConsoleStream>()->which]));
}
Value cs_get_mode(VM&, Value self) { return Value(str_from_cstr(self.as<ConsoleStream>()->which == 2 ? "r" : "w")); }
Value cs_get_encoding(VM&, Value) { return Value(str_from_cstr("utf-8")); }
Value cs_get_errors(VM&, Value self) {
  return Value(str_from_cstr(self.as<ConsoleStream>()->which == 1 ? "backslashreplace" : "strict"));
}
Value cs_get_closed(VM&, Value self) { return new_bool(self.as<ConsoleStream>()->closed); }
Value cs_get_line_buffering(VM&, Value) { return new_bool(false); }

Value cs_repr(VM&, Value self) {
  static const char* const names[3] = {"<stdout>", "<stderr>", "<stdin>"};
  ConsoleStream* s = self.as<ConsoleStream>();
  return Value(str_new(std::string("<_io.TextIOWrapper name='") + names[s->which] + "' mode='" +
                       (s->which == 2 ? "r" : "w") + "' encoding='utf-8'>"));
}

const MethodDef kConsoleMethods[] = {
    {"write", cs_write, kMethPlain, nullptr, nullptr},
    {"flush", cs_flush, kMethPlain, nullptr, nullptr},
    {"readline", cs_readline, kMethPlain, nullptr, nullptr},
    {"read", cs_read, kMethPlain, nullptr, nullptr},
    {"readlines", cs_readlines, kMethPlain, nullptr, nullptr},
    {"isatty", cs_isatty, kMethPlain, nullptr, nullptr},
    {"fileno", cs_fileno, kMethPlain, nullptr, nullptr},
    {"readable", cs_readable, kMethPlain, nullptr, nullptr},
    {"writable", cs_writable, kMethPlain, nullptr, nullptr},
    {"close", cs_close, kMethPlain, nullptr, nullptr},
    {"__enter__", cs_enter, kMethPlain, nullptr, nullptr},
    {"__exit__", cs_exit, kMethPlain, nullptr, nullptr},
    {nullptr, nullptr, 0, nullptr, nullptr}};

const GetSetDef kConsoleGetSets[] = {
    {"name", cs_get_name, nullptr, nullptr},
    {"mode", cs_get_mode, nullptr, nullptr},
    {"encoding", cs_get_encoding, nullptr, nullptr},
    {"errors", cs_get_errors, nullptr, nullptr},
    {"closed", cs_get_closed, nullptr, nullptr},
    {"line_buffering", cs_get_line_buffering, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr}};

Value cs_next(VM& vm, Value self) {
  Value args[1] = {self};
  Value line = cs_readline(vm, Args{args, 1, nullptr});
  if (line.is_pending()) {
    Frame* f = vm.pending_frame;
    vm.pending_frame = nullptr;
    line = run_nested(vm, f);
  }
  if (!line) return Value();
  if (as_str(line)->size == 0) {
    decref(line);
    return Value::iter_done();
  }
  return line;
}

}  // namespace

Value console_stream_next_stackless(VM& vm, Value self) {
  Value args[1] = {self};
  Value line = cs_readline(vm, Args{args, 1, nullptr});
  if (line.is_pending()) {
    // the wait frame delivers the line, or raises StopIteration at EOF (which ends the loop)
    WaitFrame* wf = static_cast<WaitFrame*>(vm.pending_frame);
    wf->data[1] = Value::small(1);
    return line;
  }
  if (!line) return Value();
  if (as_str(line)->size == 0) {
    decref(line);
    return Value::iter_done();
  }
  return line;
}

bool write_console(VM& vm, int which, std::string_view text) {
  if (vm.write) vm.write(which, text);
  return true;
}

Value make_console_stream(int which) {
  ConsoleStream* s = reinterpret_cast<ConsoleStream*>(object_alloc(&ConsoleStreamType, sizeof(ConsoleStream)));
  s->which = which;
  s->closed = false;
  return Value(s);
}

bool is_console_stream(Value v, int* which) {
  if (!v.is_obj() || v.obj()->type != &ConsoleStreamType) return false;
  *which = v.as<ConsoleStream>()->which;
  return true;
}

Value stream_write(VM& vm, Value file, Value text) {
  int which;
  if (is_console_stream(file, &which)) {
    if (file.as<ConsoleStream>()->closed) return raise(vm, &ValueErrorType, "I/O operation on closed file.");
    if (!text) return new_none();
    if (!write_console(vm, which, as_str(text)->view())) return Value();
    return new_none();
  }
  if (!text) return new_none();
  return call_method1(vm, file, g_names.write, text);
}

Value stream_flush(VM& vm, Value file) {
  int which;
  if (is_console_stream(file, &which)) {
    if (which != 2 && vm.flush) vm.flush(which);
    return new_none();
  }
  Value f = get_attr_opt(vm, file, g_names.flush);
  if (!f) return has_error(vm) ? Value() : new_none();
  Value r = call0(vm, f);
  decref(f);
  return r;
}

bool write_stdout(VM& vm, std::string_view text) {
  Value out = vm.sys ? dict_get_str(vm.sys->dict, g_names.stdout_) : Value();
  if (!out || is_none(out)) return true;
  Str* s = str_new(text);
  Value r = stream_write(vm, out, Value(s));
  decref(s);
  if (!r) return false;
  decref(r);
  return true;
}

void init_textio_type() {
  Type* t = &ConsoleStreamType;
  static_type_init(t, "_io.TextIOWrapper", sizeof(ConsoleStream), &ObjectType, 0);
  t->name = intern("TextIOWrapper");
  t->methods = kConsoleMethods;
  t->getsets = kConsoleGetSets;
  t->repr = cs_repr;
  t->iter = cs_iter;
  t->next = cs_next;
  t->dict_offset = offsetof(ConsoleStream, dict);
}

}  // namespace coil
