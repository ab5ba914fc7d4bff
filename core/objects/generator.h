// generator.h - generators, coroutines and async generators: objects that own a suspended frame.
#pragma once

#include "objects/type.h"
#include "vm/vm.h"

namespace coil {

struct PyFrame;
struct Str;

extern Type GeneratorType;
extern Type CoroutineType;
extern Type AsyncGeneratorType;
extern Type CoroutineWrapperType;   // what coroutine.__await__() returns
extern Type AsyncGenASendType;      // awaitable of asend()/__anext__()
extern Type AsyncGenAThrowType;     // awaitable of athrow()/aclose()
extern Type AsyncGenWrappedValueType;

enum class GenKind : uint8_t { Generator, Coroutine, AsyncGenerator };
enum class GenState : uint8_t { Created, Suspended, Running, Closed };

struct Generator : Object {
  PyFrame* frame;  // owned; null once finished
  Str* name;
  Str* qualname;
  Value code;      // the code object (kept for gi_code after the frame is gone)
  GenKind kind;
  GenState state;
  bool ag_running_async;  // async generators: an asend/athrow is in progress
  bool ag_closed;
  bool ag_hooks_inited;
  ExcInfo exc_state;      // the generator's own handled-exception entry
  Value ag_finalizer;
  Value weakreflist;
};

Generator* generator_new(VM& vm, PyFrame* frame, GenKind kind, Str* name, Str* qualname);
inline bool is_generator_like(Value v) {
  if (!v.is_obj()) return false;
  Type* t = v.obj()->type;
  return t == &GeneratorType || t == &CoroutineType;
}

// Pushes the generator's frame on the running task so the dispatch loop resumes it with `value`
// sent in (or with `exc` thrown in, if non-null: takes ownership). Returns false (with an error
// set) if the generator cannot be resumed; *finished is set when the generator is already
// exhausted and value semantics apply (send on a closed generator raises StopIteration).
Frame* generator_prepare_resume(VM& vm, Generator* gen, Value value, Object* exc);
// Called by the dispatch loop when the generator's frame yields or finishes.
void generator_suspended(VM& vm, Generator* gen);
void generator_finished(VM& vm, Generator* gen);

// The object the generator is delegating to with `yield from`/`await`, or null (borrowed).
Value generator_yield_from(Generator* gen);

}  // namespace coil
