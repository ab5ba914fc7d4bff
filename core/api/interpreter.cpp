// interpreter.cpp - the embedding API (coil.h) on top of the VM: loading code into __main__,
// running with budgets, reporting suspensions, uncaught exceptions and SystemExit.
#include "coil/coil.h"

#include <cstdio>
#include <iostream>
#include <unistd.h>  // getcwd

#include "api/run_module.h"
#include "api/site_builtins.h"
#include "compiler/compile.h"
#include "compiler/parser.h"
#include "port/port.h"
#include "modules/registry.h"
#include "objects/generator.h"
#include "vm/bootstrap.h"
#include "vm/call.h"
#include "vm/gc.h"
#include "vm/interp.h"
#include "vm/periodic.h"
#include "vm/stackless.h"
#include "vm/runtime.h"
#include "vm/traceback.h"

namespace coil {

int64_t gc_collect(VM& vm);  // vm/gc.cpp

const char* version() { return "0.1.0"; }
const char* python_version() { return "3.11.7"; }

Value frame_object_for(VM& vm, PyFrame* f);

struct Interpreter::Impl {
  Options options;
  VM* vm = nullptr;
  bool has_program = false;
  bool syntax_error_pending = false;
  SyntaxErrorInfo syntax_error;
  std::string filename;
  Mode mode = Mode::File;
  bool shut_down = false;

  // Makes this interpreter the current one for the duration of a call.
  struct Enter {
    VM* saved_vm;
    Heap* saved_heap;
    explicit Enter(VM* vm) : saved_vm(g_vm), saved_heap(g_heap) {
      g_vm = vm;
      g_heap = &vm->heap;
    }
    ~Enter() {
      g_vm = saved_vm;
      g_heap = saved_heap;
    }
  };

  void write(int stream, std::string_view text) {
    if (options.write) {
      options.write(stream == 0 ? Stream::Out : Stream::Err, text);
    } else {
      std::FILE* f = stream == 0 ? stdout : stderr;
      std::fwrite(text.data(), 1, text.size(), f);
      if (stream == 1) std::fflush(stderr);
    }
  }

  // An uncaught exception ended the program: SystemExit gives the exit code, anything else is
  // printed by sys.excepthook. Returns the exit code.
  int handle_uncaught(Object* exc) {
    VM& v = *vm;
    if (is_quiet_exit(exc)) {
      BaseException* e = reinterpret_cast<BaseException*>(exc);
      Value code = e->extra[0];
      if (!code) code = e->args && e->args->size ? e->args->items[0] : Value();
      if (!code || is_none(code)) return 0;
      if (is_int(code)) {
        // like the C exit() CPython calls: the status modulo 256 (-1 beyond a C long)
        bool overflow;
        int64_t c = int_as_i64(code, &overflow);
        return int((overflow ? -1 : c) & 0xff);
      }
      Value s = str_of(v, code);
      if (s) {
        std::string text = std::string(as_str(s)->view()) + "\n";
        decref(s);
        flush_stdout();
        write(1, text);
      } else {
        clear_error(v);
      }
      return 1;
    }
    flush_stdout();
    Value hook = dict_get_str(v.sys->dict, intern("excepthook"));
    if (hook) {
      BaseException* e = reinterpret_cast<BaseException*>(exc);
      Value args[3] = {Value(exc->type), Value(exc), e->traceback ? e->traceback : none()};
      Value r = call(v, hook, Args{args, 3, nullptr});
      if (r) {
        decref(r);
        return exc->type == &KeyboardInterruptType ? 130 : 1;
      }
      Object* err = take_error(v);
      write(1, "Error in sys.excepthook:\n");
      write(1, format_exception(v, Value(err)));
      write(1, "\nOriginal exception was:\n");
      decref(err);
    }
    write(1, format_exception(v, Value(exc)));
    return exc->type == &KeyboardInterruptType ? 130 : 1;
  }

  // SystemExit ends the program without a traceback (python3 -i reports it for programs).
  bool is_quiet_exit(Object* exc) const {
    return is_subtype(exc->type, &SystemExitType) && (!options.inspect || mode == Mode::Interactive);
  }

  // Abandons whatever the task was running (a previous program that did not finish).
  void reset_task() {
    VM& v = *vm;
    syntax_error_pending = false;
    has_program = false;
    Task* task = v.task;
    while (task->top) {
      Frame* f = task->top;
      task->top = f->back;
      if (f->kind == FrameKind::Python) {
        PyFrame* pf = static_cast<PyFrame*>(f);
        if (!pf->gen) frame_release(v, pf);
        else generator_abandoned(v, pf->gen);
      } else if (f->kind == FrameKind::Native) {
        native_frame_free(v, static_cast<NativeFrame*>(f));
      } else {
        wait_frame_free(v, static_cast<WaitFrame*>(f));
      }
    }
    task->depth = 0;
    task->state = TaskState::Ready;
    decref(task->result);
    task->result = Value();
    if (task->error) decref(task->error);
    task->error = nullptr;
    clear_error(v);
  }

  // The program is an error raised while setting it up (it is reported by the next run()).
  void fail_load() {
    Task* task = vm->task;
    task->error = take_error(*vm);
    task->state = TaskState::Done;
    has_program = true;
  }

  void flush_stdout() {
    Value out = dict_get_str(vm->sys->dict, g_names.stdout_);
    if (out) {
      Value r = call_method0(*vm, out, g_names.flush);
      if (!r) clear_error(*vm);
      decref(r);
    }
  }
};

Interpreter::Interpreter(Options options) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  impl_->vm = vm_create(impl_->options.memory_limit, impl_->options.recursion_limit, impl_->options.argv);
  Impl* self = impl_.get();
  impl_->vm->write = [self](int stream, std::string_view text) { self->write(stream, text); };
  impl_->vm->flush = [self](int stream) {
    if (self->options.flush) self->options.flush(stream == 0 ? Stream::Out : Stream::Err);
    else if (!self->options.write) std::fflush(stream == 0 ? stdout : stderr);
  };
  Impl::Enter enter(impl_->vm);
  VM& vm = *impl_->vm;
  std::vector<std::string> paths;
  if (impl_->options.path) {
    paths = *impl_->options.path;
  } else {
    // sys.path[0]: the script's directory, or '' for -c / stdin / the REPL
    std::string script = impl_->options.argv.empty() ? "" : impl_->options.argv[0];
    std::string dir;
    if (!script.empty() && script != "-c" && script != "-" && script[0] != '-') {
      std::size_t slash = script.rfind('/');
      dir = slash == std::string::npos ? "" : script.substr(0, slash);
      if (dir.empty() || dir[0] != '/') {
        char buf[4096];
        if (getcwd(buf, sizeof buf)) dir = dir.empty() ? std::string(buf) : std::string(buf) + "/" + dir;
      }
    }
    paths.push_back(dir);
  }
  Value path = dict_get_str(vm.sys->dict, intern("path"));
  for (const std::string& p : paths) {
    Str* entry = str_new(p);
    list_append(vm, path.as<List>(), Value(entry));
    decref(entry);
  }
  Str* exe = str_new(impl_->options.executable);
  dict_set_str(vm.sys->dict, intern("executable"), Value(exe));
  decref(exe);
  if (impl_->options.site_builtins && !install_site_builtins(vm)) {
    // cannot happen short of a broken build: show why, run without them
    Object* exc = take_error(vm);
    impl_->write(1, format_exception(vm, Value(exc)));
    decref(exc);
  }
}

Interpreter::~Interpreter() {
  if (impl_->vm && !impl_->shut_down) shutdown();
}

void Interpreter::load(std::string_view source, std::string_view filename, Mode mode) {
  Impl::Enter enter(impl_->vm);
  VM& vm = *impl_->vm;
  impl_->filename = std::string(filename);
  impl_->mode = mode;
  impl_->reset_task();
  vm.offer_suggestions = mode != Mode::Cell;
  // each program starts with an open stdin and no pending input lines
  vm.input_lines.clear();
  vm.stdin_closed = false;
  Dict* globals = vm.main_module->dict;
  if (mode == Mode::File && !filename.empty() && filename[0] != '<') {
    Str* f = str_new(filename);
    dict_set_str(globals, g_names.file, Value(f));
    decref(f);
  }
  if (mode == Mode::Cell) vm.shown_sources.insert(std::string(filename));
  CompileMode cm = mode == Mode::Interactive ? CompileMode::Interactive
                   : mode == Mode::Cell      ? CompileMode::Cell
                                             : CompileMode::File;
  SyntaxErrorInfo err;
  Code* code = compile_source(vm, source, filename, cm, &err);
  if (!code) {
    if (has_error(vm)) {
      // an internal error while compiling (MemoryError...): report it as the program's error
      impl_->fail_load();
      return;
    }
    if (mode == Mode::File && !filename.empty() && filename[0] != '<') adjust_for_script_file(&err, source);
    impl_->syntax_error = err;
    impl_->syntax_error_pending = true;
    impl_->has_program = true;
    return;
  }
  PyFrame* f = frame_new(vm, code, globals, vm.builtins, Value(globals), nullptr);
  decref(code);
  push_frame(vm, f, Delivery::Push);
  impl_->has_program = true;
}

void Interpreter::load_module(std::string_view name, bool set_argv0) {
  Impl::Enter enter(impl_->vm);
  VM& vm = *impl_->vm;
  impl_->filename = "<frozen runpy>";
  impl_->mode = Mode::File;
  impl_->reset_task();
  if (!push_run_module(vm, name, set_argv0)) {
    impl_->fail_load();
    return;
  }
  impl_->has_program = true;
}

RunResult Interpreter::run(Budget budget) {
  Impl::Enter enter(impl_->vm);
  VM& vm = *impl_->vm;
  RunResult r;
  if (!impl_->has_program) return r;
  Task* task = vm.task;
  if (impl_->syntax_error_pending) {
    impl_->syntax_error_pending = false;
    impl_->has_program = false;
    raise_syntax_error(vm, impl_->syntax_error, impl_->filename);
    Object* exc = take_error(vm);
    r.exit_code = impl_->handle_uncaught(exc);
    decref(exc);
    r.status = Status::Error;
    return r;
  }
  if (task->state != TaskState::Done) {
    vm.deadline = port_now() + budget.seconds;
    vm.budget_left = budget.instructions;
    vm.budget_exhausted = false;
    // Ticks count checks (back-edges, calls, frame entries), and the first check happens as the
    // loop enters the top frame: at least 2, so that every run() makes progress.
    vm.ticks = budget.instructions < uint64_t(kTickInterval) ? int32_t(budget.instructions) : kTickInterval;
    if (vm.ticks < 2) vm.ticks = 2;
    task->state = TaskState::Ready;
    RunOutcome o = execute(vm, nullptr);
    Frame* top = task->top;
    while (top && top->kind != FrameKind::Python) top = top->back;
    if (top) r.line = frame_line(static_cast<PyFrame*>(top));
    switch (o) {
      case RunOutcome::Yielded:
        r.status = Status::Suspended;
        r.wait = Wait::Budget;
        return r;
      case RunOutcome::Sleeping:
        r.status = Status::Suspended;
        r.wait = Wait::Sleep;
        r.wake_at = task->wake_at;
        return r;
      case RunOutcome::WaitingInput:
        r.status = Status::Suspended;
        r.wait = Wait::Input;
        return r;
      case RunOutcome::Blocked:
        r.status = Status::Suspended;
        r.wait = Wait::Blocked;
        return r;
      default:
        break;
    }
  }
  // Finished
  impl_->has_program = false;
  impl_->flush_stdout();
  if (task->error) {
    Object* exc = task->error;
    task->error = nullptr;
    bool is_exit = impl_->is_quiet_exit(exc);
    r.exit_code = impl_->handle_uncaught(exc);
    decref(exc);
    r.status = is_exit ? Status::Finished : Status::Error;
    r.exited = is_exit;
  } else {
    r.status = Status::Finished;
  }
  decref(task->result);
  task->result = Value();
  return r;
}

namespace {

// A blocking read of one stdin line. A signal (Ctrl-C) makes the read fail: when it asked for a
// stop, the stream is made readable again and the caller sees `interrupted` instead of EOF.
bool read_stdin_line(VM& vm, std::string* line, bool* interrupted) {
  *interrupted = false;
  if (port_read_line(line)) return true;
  if (vm.stop_requested) {
    *interrupted = true;
    std::cin.clear();
    std::clearerr(stdin);
  }
  return false;
}

}  // namespace

RunResult Interpreter::run_to_end() {
  VM& vm = *impl_->vm;
  vm.blocking_input = [&vm](std::string* line) {
    bool interrupted;
    return read_stdin_line(vm, line, &interrupted);
  };
  for (;;) {
    RunResult r = run(Budget{});
    if (r.status != Status::Suspended) return r;
    switch (r.wait) {
      case Wait::Budget:
        break;
      case Wait::Sleep:
        // in slices, so that a stop request (Ctrl-C) ends the sleep early
        for (double left = r.wake_at - now(); left > 0 && !vm.stop_requested; left = r.wake_at - now())
          port_sleep(left < 0.05 ? left : 0.05);
        break;
      case Wait::Input: {
        std::fflush(stdout);
        std::string line;
        bool interrupted;
        if (read_stdin_line(vm, &line, &interrupted)) send_input(line);
        else if (!interrupted) close_input();
        break;
      }
      case Wait::Blocked:
      case Wait::None: {
        Impl::Enter enter(impl_->vm);
        raise(vm, &RuntimeErrorType, "deadlock: every task is waiting");
        // deliver into the waiting frame on the next run
        break;
      }
    }
  }
}

void Interpreter::send_input(std::string_view line) { impl_->vm->input_lines.emplace_back(line); }
void Interpreter::close_input() { impl_->vm->stdin_closed = true; }
void Interpreter::request_stop() { impl_->vm->stop_requested = true; }

Completeness Interpreter::check_complete(std::string_view source) const {
  switch (compiler::check_complete(source)) {
    case compiler::Completeness::Complete: return Completeness::Complete;
    case compiler::Completeness::Incomplete: return Completeness::Incomplete;
    case compiler::Completeness::Invalid: return Completeness::Invalid;
  }
  return Completeness::Complete;
}

double Interpreter::now() { return port_now(); }

void Interpreter::shutdown() {
  if (impl_->shut_down) return;
  impl_->shut_down = true;
  Impl::Enter enter(impl_->vm);
  VM& vm = *impl_->vm;
  // Like Py_FinalizeEx: atexit callbacks (weakref.finalize's among them), then the collector
  // and the modules' namespaces (vm/gc.cpp, gc_at_exit).
  run_pending_work_now(vm);
  run_atexit_callbacks(vm);
  gc_at_exit(vm);
  impl_->flush_stdout();
}

}  // namespace coil
