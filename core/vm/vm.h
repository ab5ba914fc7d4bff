// vm.h - the interpreter state: heap, tasks (green threads) with their frame stacks, modules, limits.
#pragma once

#include <cstdarg>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "objects/int.h"
#include "objects/type.h"
#include "vm/frame.h"
#include "vm/heap.h"

namespace coil {

struct Dict;
struct Module;
struct Str;

// The handled-exception chain read by sys.exc_info(): each running generator links its own.
struct ExcInfo {
  Value exc;  // the exception being handled, or null (= None)
  ExcInfo* prev = nullptr;
};

enum class TaskState : uint8_t { Ready, Sleeping, WaitingInput, Blocked, Done };

// A green thread: a stack of frames run by the VM's dispatch loop.
struct Task {
  Frame* top = nullptr;
  ExcInfo base_exc_info;
  ExcInfo* exc_info = &base_exc_info;
  int depth = 0;  // Python frames on this task (RecursionError beyond the limit)
  TaskState state = TaskState::Ready;
  double wake_at = 0;
  Value result;          // the value of the bottom frame when Done (owned)
  Object* error = nullptr;  // the uncaught exception when Done with an error (owned)
  uint64_t id = 0;
  Value input_result;    // delivered by send_input for a task waiting in input()
};

struct GcState;
struct List;
struct GcJob;

// Work that must run as Python code at the next instruction boundary (vm/finalize.cpp): a
// __del__ (or a generator's close), a weakref callback, or the rest of a cycle collection.
struct PendingWork {
  enum Kind : uint8_t { Finalizer, WeakrefCallback, Collection } kind;
  Value a;             // Finalizer: the object; WeakrefCallback: the callback (owned)
  Value b;             // WeakrefCallback: the dead weakref (owned)
  GcJob* job;          // Collection: the collection to finish (vm/gc.cpp), or null to run one
  int generation;      // Collection without a job: the generation to collect
};

enum class RunOutcome { Finished, Yielded, Sleeping, WaitingInput, Blocked, Boundary };

struct VM {
  Heap heap;
  Object* exc = nullptr;  // the exception being raised (owned), null if none

  // Scheduler
  Task* task = nullptr;          // the running task
  std::vector<Task*> tasks;
  uint64_t next_task_id = 1;

  // Namespaces
  Dict* builtins = nullptr;      // builtins.__dict__
  Dict* modules = nullptr;       // sys.modules
  Module* sys = nullptr;
  Module* builtins_module = nullptr;
  Module* main_module = nullptr;
  Value builtins_import;  // the original builtins.__import__ (borrowed from the builtins dict)

  // Limits and interruption
  int recursion_limit = 1000;
  // "Did you mean" hints on printed NameError/AttributeError, as CPython 3.11's default excepthook
  // gives them; off for notebook cells (recorded with the traceback module, which has none in 3.11).
  bool offer_suggestions = true;
  int c_depth = 0;               // native recursion (repr/eq of nested containers, nested runs)
  int nested_runs = 0;           // dispatch loops running inside natives (not suspendable)
  bool stop_requested = false;   // KeyboardInterrupt at the next check
  int32_t ticks = 0;             // instructions until the next periodic check
  double deadline = 0;           // budget end (Interpreter::now() units)
  uint64_t budget_left = 0;      // instructions left in this run's budget
  bool budget_exhausted = false;

  // Input/output
  std::function<void(int stream, std::string_view)> write;  // 0 = stdout, 1 = stderr
  std::function<void(int stream)> flush;                    // sys.stdout/stderr.flush() (may be empty)
  bool stdin_closed = false;
  std::vector<std::string> input_lines;  // supplied by the embedder, not yet consumed
  std::string stdin_buffer;              // partially consumed input for sys.stdin.read*

  // Deferred work run at instruction boundaries, in order (vm/finalize.cpp)
  bool pending_work = false;          // something is queued in `pending`
  std::vector<PendingWork> pending;

  // Source text of compiled code, for tracebacks (filename -> source)
  std::unordered_map<std::string, std::string> sources;
  // Pseudo file names ("<cell objects/1>") whose lines tracebacks show anyway, as the sources of
  // notebook cells are in Jupyter's linecache (other "<...>" names show no lines, as in CPython).
  std::unordered_set<std::string> shown_sources;

  // Call state between KW_NAMES and CALL
  Tuple* kwnames = nullptr;
  // A native that returns Value::pending() leaves here the frame the VM must push for it
  // (a Python frame to run, a generator frame to resume, a NativeFrame or a WaitFrame).
  Frame* pending_frame = nullptr;
  Frame* pending_inner_frame = nullptr;  // a second frame to push above pending_frame (throw into yield from)
  // Blocking line reader for nested runs and command-line embedders (null in a browser).
  std::function<bool(std::string*)> blocking_input;
  bool memory_error_raised = false;
  Value gen_return;  // the value of the last generator that returned into a native (next_co)
  Value asyncgen_firstiter;  // sys.set_asyncgen_hooks() (owned, null = None)
  Value asyncgen_finalizer;
  Value asyncgen_hooks_type;  // the structseq type sys.get_asyncgen_hooks() returns

  // Miscellany
  Value argv;  // list for sys.argv
  uint64_t type_version_counter = 1;
  GcState* gc = nullptr;  // the cycle collector's settings for this interpreter (vm/gc.h)
  List* atexit = nullptr;  // atexit registrations (modules/mod_atexit.cpp), run by shutdown
};

extern VM* g_vm;  // the VM running now (for code without a VM& at hand, e.g. deallocation)

inline Type* type_of(Value v) { return v.is_small() ? &IntType : v.obj()->type; }
const char* type_name(Type* t);
inline const char* tname(Value v) { return type_name(type_of(v)); }

}  // namespace coil
