// interp.cpp - the bytecode dispatch loop: runs Python frames, switching frames without C++ recursion.
//
// Section index
//   1. Registers and helpers       - frame entry/exit, pushing frames produced by natives
//   2. Frame completion (deliver)  - returning/yielding/raising into the frame below
//   3. The loop                    - one case per opcode (see vm/opcodes.def)
//   4. Exception unwinding         - exception table lookup, traceback entries
#include "vm/interp.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "objects/generator.h"
#include "vm/attr.h"
#include "vm/call.h"
#include "vm/opcodes.h"
#include "vm/periodic.h"
#include "vm/runtime.h"
#include "vm/stackless.h"

namespace coil {

Value g_boundary_result;
#ifndef NDEBUG
// COIL_TRACE=1 (debug builds): one line per instruction on stderr.
bool g_trace = getenv("COIL_TRACE") != nullptr;
void trace_instruction(PyFrame* f, const uint32_t* ip, Value* sp) {
  uint32_t w = *ip;
  fprintf(stderr, "[%s:%u] %-24s %6u  depth=%ld\n", f->code->qualname->data, uint32_t(ip - f->code->words),
          kOpcodeNames[word_op(w)], word_arg(w), long(sp - (f->slots + f->code->nlocalsplus)));
}
#endif
bool g_boundary_returned = false;

// ============================================================== 1. registers and helpers

namespace {

inline Value* frame_stack_base(PyFrame* f) { return f->slots + f->code->nlocalsplus; }

// Pushes `frame` (produced by a native or a stackless op) on the task above `top`; frames left
// in vm.pending_inner_frame (throw() into a `yield from` or `await`) go on top of it.
inline void link_frame(VM& vm, Frame* frame, Delivery delivery) {
  frame->back = vm.task->top;
  frame->delivery = delivery;
  vm.task->top = frame;
  if (frame->kind == FrameKind::Python) vm.task->depth++;
  if (Frame* top = vm.pending_inner_frame) {
    // the top of a chain of frames already linked down to `frame`
    vm.pending_inner_frame = nullptr;
    link_frame_chain(vm, frame, top);
  }
}

// Finds the exception handler covering word `index`; returns false if none.
bool find_handler(Code* code, uint32_t index, ExceptionTableEntry* out) {
  // Entries are sorted by start; innermost handlers come first when ranges nest (the compiler
  // splits ranges so they never overlap).
  uint32_t lo = 0, hi = code->nexc;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    const ExceptionTableEntry& e = code->exctable[mid];
    if (index < e.start) {
      hi = mid;
    } else if (index >= e.end) {
      lo = mid + 1;
    } else {
      *out = e;
      return true;
    }
  }
  return false;
}

Value name_error(VM& vm, Str* name) {
  Value r = raisef(vm, &NameErrorType, "name '%s' is not defined", name->data);
  set_name_error_name(vm, name);
  return r;
}

Value unbound_local(VM& vm, Code* code, uint32_t slot) {
  Str* name = code->localsplusnames->items[slot].as<Str>();
  return raisef(vm, &UnboundLocalErrorType,
                "cannot access local variable '%s' where it is not associated with a value", name->data);
}

Value unbound_free(VM& vm, Code* code, uint32_t slot) {
  Str* name = code->localsplusnames->items[slot].as<Str>();
  if (code->localspluskinds[slot] & kFree)
    return raisef(vm, &NameErrorType,
                  "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                  name->data);
  return unbound_local(vm, code, slot);
}

}  // namespace

int frame_line(PyFrame* f) {
  uint32_t w = f->last_word;
  // past the end: the frame has not started (an exception thrown into a new generator)
  if (w >= f->code->nwords) return f->code->firstlineno;
  int line = f->code->positions[w].line;
  return line >= 0 ? line : f->code->firstlineno;
}

// ============================================================== 2. frame completion

namespace {

enum class Completion { Return, Yield, Raise };

// The frame `f` (the task's top) ends or yields; `value` is owned (null on Raise).
// Returns true if execute() must return (boundary reached or task finished).
bool complete_frame(VM& vm, Frame* f, Value value, Completion how) {
  Task* task = vm.task;
  Frame* back = f->back;
  Delivery delivery = f->delivery;
  bool from_generator = false;
  bool gen_returned = false;
  Value init_self;
  task->top = back;
  if (f->kind == FrameKind::Python) {
    PyFrame* pf = static_cast<PyFrame*>(f);
    task->depth--;
    init_self = pf->init_self;
    pf->init_self = Value();
    if (pf->gen) {
      from_generator = true;
      Generator* gen = pf->gen;
      if (how == Completion::Yield) {
        generator_suspended(vm, gen);
      } else {
        gen_returned = how == Completion::Return;
        if (how == Completion::Raise) convert_stop_iteration(vm, gen);
        generator_finished(vm, gen);
      }
    } else {
      frame_release(vm, pf);
    }
  } else if (f->kind == FrameKind::Native) {
    native_frame_free(vm, static_cast<NativeFrame*>(f));
  } else {
    wait_frame_free(vm, static_cast<WaitFrame*>(f));
  }

  switch (delivery) {
    case Delivery::Boundary:
      if (init_self) {
        if (value) {
          if (!is_none(value)) {
            raisef(vm, &TypeErrorType, "__init__() should return None, not '%s'", tname(value));
            decref(value);
            decref(init_self);
            value = Value();
          } else {
            decref(value);
            value = init_self;
          }
        } else {
          decref(init_self);
        }
      }
      g_boundary_result = value;
      g_boundary_returned = from_generator && gen_returned;
      return true;
    case Delivery::Native: {
      NativeFrame* nf = static_cast<NativeFrame*>(back);
      decref(nf->result);
      nf->result = value;
      nf->result_done = from_generator && gen_returned;
      return false;
    }
    case Delivery::Discard:
      decref(value);
      return back == nullptr;
    case Delivery::Init:
      if (value) {
        if (!is_none(value)) {
          raisef(vm, &TypeErrorType, "__init__() should return None, not '%s'", tname(value));
          decref(value);
          decref(init_self);
          return back == nullptr;
        }
        decref(value);
        value = init_self;
      } else {
        decref(init_self);
      }
      break;
    case Delivery::Iterator:
      if (value && !type_of(value)->next) {
        raisef(vm, &TypeErrorType, "iter() returned non-iterator of type '%s'", tname(value));
        decref(value);
        value = Value();
      }
      break;
    case Delivery::Push:
      break;
  }
  if (!back) {
    // The task's bottom frame finished.
    task->state = TaskState::Done;
    if (value) {
      task->result = value;
    } else {
      task->error = take_error(vm);
    }
    return true;
  }
  if (!value) return false;  // the exception propagates into `back`
  if (back->kind != FrameKind::Python) {
    // A NativeFrame or WaitFrame below with Push delivery cannot happen.
    decref(value);
    return false;
  }
  PyFrame* bf = static_cast<PyFrame*>(back);
  if (from_generator) {
    Opcode op = word_op(bf->code->words[bf->last_word]);
    if (op == FOR_ITER) {
      if (gen_returned) {
        decref(value);
        Value it = *--bf->sp;
        decref(it);
        bf->ip = bf->code->words + word_arg(bf->code->words[bf->last_word]);
        return false;
      }
    } else if (op == SEND) {
      if (gen_returned) {
        Value recv = *--bf->sp;
        decref(recv);
        *bf->sp++ = value;
        bf->ip = bf->code->words + word_arg(bf->code->words[bf->last_word]);
        return false;
      }
    } else if (gen_returned) {
      raise_stop_iteration(vm, is_none(value) ? Value() : value);
      decref(value);
      return false;
    }
  }
  *bf->sp++ = value;
  return false;
}

}  // namespace

// ============================================================== 3. the loop

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define PEEK(n) (sp[-static_cast<int64_t>(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define SAVE() (f->ip = ip, f->sp = sp, f->last_word = uint32_t(this_instr - words))
#define JUMP_TO(t) (ip = words + (t))
#define GOTO_ERROR() goto error
#define CHECK(v) \
  if (!(v)) goto error

// Dispatch. With GCC/Clang's labels-as-values (native release builds), each opcode's handler ends
// by jumping straight to the next handler (one indirect branch per opcode, which predicts far
// better than the switch's single one); pending work (stop requests, the budget, signals) still
// goes through the loop head. Elsewhere DISPATCH() is `break` back to the switch.
#if defined(__GNUC__) && defined(NDEBUG) && !defined(__EMSCRIPTEN__) && !defined(COIL_NO_COMPUTED_GOTO)
#define COIL_COMPUTED_GOTO 1
#define TARGET(op) \
  case op:         \
  TARGET_##op:
#define DISPATCH()                                                                               \
  do {                                                                                           \
    if (vm.pending_work) goto loop_head;                                                         \
    this_instr = ip;                                                                             \
    word = *ip++;                                                                                \
    oparg = word >> 8;                                                                           \
    goto* ((word & 0xff) < kOpcodeCount ? kTargets[word & 0xff] : &&unknown_opcode);           \
  } while (0)
#else
#define COIL_COMPUTED_GOTO 0
#define TARGET(op) case op:
#define DISPATCH() break
#endif

RunOutcome execute(VM& vm, Frame* boundary) {
  (void)boundary;
  Task* task;
  PyFrame* f;
  Code* code;
  const uint32_t* words;
  const uint32_t* ip;
  const uint32_t* this_instr;
  Value* sp;
  Value* locals;
  Value* consts;
  Tuple* names;
  bool add_traceback;
  uint32_t word, oparg;
#if COIL_COMPUTED_GOTO
  static const void* const kTargets[kOpcodeCount] = {
#define OP(name, cache, effect, doc) &&TARGET_##name,
#include "vm/opcodes.def"
#undef OP
  };
#endif

resume_top:
  task = vm.task;
  if (!task->top) return RunOutcome::Finished;
  if (task->top->kind == FrameKind::Native) {
    NativeFrame* nf = static_cast<NativeFrame*>(task->top);
    if (!nf->started) {
      nf->started = true;
      co_drive(nf->outer);
    } else {
      co_drive(nf->resume_at);
    }
    if (task->top != nf) goto resume_top;  // it awaits a frame it pushed
    if (nf->outer.done()) {
      Value result = *nf->outer_result;
      *nf->outer_result = Value();
      uint32_t pops = nf->pop_count;
      Frame* back = nf->back;
      if (pops && back && back->kind == FrameKind::Python) {
        PyFrame* bf = static_cast<PyFrame*>(back);
        for (uint32_t i = 0; i < pops; ++i) decref(*--bf->sp);
      }
      if (complete_frame(vm, nf, result, result ? Completion::Return : Completion::Raise)) {
        return task->state == TaskState::Done ? RunOutcome::Finished : RunOutcome::Boundary;
      }
      goto resume_top;
    }
    // Suspended without pushing a frame: not supported by any awaiter.
    raise(vm, &SystemErrorType, "native coroutine suspended without a frame");
    goto resume_top;
  }
  if (task->top->kind == FrameKind::Wait) {
    WaitFrame* wf = static_cast<WaitFrame*>(task->top);
    int r = wait_frame_poll(vm, wf);
    if (r == 0) {
      if (vm.nested_runs > 0) {
        r = wait_frame_block(vm, wf);
      } else {
        switch (wf->reason) {
          case WaitReason::Input: task->state = TaskState::WaitingInput; return RunOutcome::WaitingInput;
          case WaitReason::Sleep: task->state = TaskState::Sleeping; task->wake_at = wf->wake_at; return RunOutcome::Sleeping;
          default: task->state = TaskState::Blocked; return RunOutcome::Blocked;
        }
      }
    }
    task->state = TaskState::Ready;
    Value result = r > 0 ? wf->result : Value();
    wf->result = Value();
    if (complete_frame(vm, wf, result, r > 0 ? Completion::Return : Completion::Raise)) {
      return task->state == TaskState::Done ? RunOutcome::Finished : RunOutcome::Boundary;
    }
    goto resume_top;
  }

  // Load the registers of the Python frame on top.
enter_python_frame:
  f = static_cast<PyFrame*>(task->top);
  code = f->code;
  words = code->words;
  ip = f->ip;
  sp = f->sp;
  locals = f->slots;
  consts = code->consts->items;
  names = code->names;
  this_instr = words + f->last_word;
  if (vm.exc) {
    // An exception propagated out of the frame above: it happened at our current instruction.
    add_traceback = true;
    goto exception_unwind_entry;
  }
  if (--vm.ticks <= 0) {
    if (!periodic_check(vm)) {
      add_traceback = true;
      goto exception_unwind_entry;
    }
    if (vm.budget_exhausted) {
      vm.budget_exhausted = false;
      return RunOutcome::Yielded;
    }
  }

  for (;;) {
#if COIL_COMPUTED_GOTO
  loop_head:
#endif
    if (vm.pending_work) {
      f->ip = ip;
      f->sp = sp;
      f->last_word = uint32_t(ip - words);
      if (run_pending_work(vm)) goto resume_top;
    }
    this_instr = ip;
    word = *ip++;
    oparg = word >> 8;
#ifndef NDEBUG
    if (g_trace) trace_instruction(f, this_instr, sp);
#endif
    switch (Opcode(word & 0xff)) {
      TARGET(NOP)
      TARGET(RETURN_GENERATOR)
        DISPATCH();

      TARGET(POP_TOP)
        decref(POP());
        DISPATCH();

      TARGET(PUSH_NULL)
        PUSH(Value());
        DISPATCH();

      TARGET(COPY) {
        Value v = PEEK(oparg);
        incref(v);
        PUSH(v);
        DISPATCH();
      }

      TARGET(SWAP) {
        Value t = TOP();
        sp[-1] = PEEK(oparg);
        sp[-int(oparg)] = t;
        DISPATCH();
      }

      TARGET(LOAD_CONST) {
        Value v = consts[oparg];
        incref(v);
        PUSH(v);
        DISPATCH();
      }

      TARGET(LOAD_FAST) {
        Value v = locals[oparg];
        if (!v) {
          SAVE();
          unbound_local(vm, code, oparg);
          GOTO_ERROR();
        }
        incref(v);
        PUSH(v);
        DISPATCH();
      }

      TARGET(STORE_FAST) {
        Value old = locals[oparg];
        locals[oparg] = POP();
        decref(old);
        DISPATCH();
      }

      TARGET(DELETE_FAST) {
        Value old = locals[oparg];
        if (!old) {
          SAVE();
          unbound_local(vm, code, oparg);
          GOTO_ERROR();
        }
        locals[oparg] = Value();
        decref(old);
        DISPATCH();
      }

      TARGET(MAKE_CELL) {
        Value v = locals[oparg];
        Cell* c = cell_new(v);
        decref(v);
        locals[oparg] = Value(c);
        DISPATCH();
      }

      TARGET(COPY_FREE_VARS) {
        Tuple* closure = f->func->closure;
        int32_t offset = code->nlocalsplus - int32_t(oparg);
        for (uint32_t i = 0; i < oparg; ++i) locals[offset + i] = newref(closure->items[i]);
        DISPATCH();
      }

      TARGET(LOAD_CLOSURE) {
        Value v = locals[oparg];
        incref(v);
        PUSH(v);
        DISPATCH();
      }

      TARGET(LOAD_DEREF) {
        Value v = locals[oparg].as<Cell>()->contents;
        if (!v) {
          SAVE();
          unbound_free(vm, code, oparg);
          GOTO_ERROR();
        }
        incref(v);
        PUSH(v);
        DISPATCH();
      }

      TARGET(LOAD_CLASSDEREF) {
        Str* name = code->localsplusnames->items[oparg].as<Str>();
        SAVE();
        Value v = mapping_lookup_name(vm, f->locals, name);
        if (!v) {
          if (vm.exc) GOTO_ERROR();
          v = locals[oparg].as<Cell>()->contents;
          if (!v) {
            unbound_free(vm, code, oparg);
            GOTO_ERROR();
          }
          incref(v);
        }
        PUSH(v);
        DISPATCH();
      }

      TARGET(STORE_DEREF) {
        Cell* c = locals[oparg].as<Cell>();
        Value old = c->contents;
        c->contents = POP();
        decref(old);
        DISPATCH();
      }

      TARGET(DELETE_DEREF) {
        Cell* c = locals[oparg].as<Cell>();
        Value old = c->contents;
        if (!old) {
          SAVE();
          unbound_free(vm, code, oparg);
          GOTO_ERROR();
        }
        c->contents = Value();
        decref(old);
        DISPATCH();
      }

      TARGET(LOAD_NAME) {
        Str* name = names->items[oparg].as<Str>();
        SAVE();
        Value v = mapping_lookup_name(vm, f->locals, name);
        if (!v) {
          if (vm.exc) GOTO_ERROR();
          v = dict_get_str(f->globals, name);
          if (!v) v = dict_get_str(f->builtins, name);
          if (!v) {
            name_error(vm, name);
            GOTO_ERROR();
          }
          incref(v);
        }
        PUSH(v);
        DISPATCH();
      }

      TARGET(STORE_NAME) {
        Str* name = names->items[oparg].as<Str>();
        Value v = POP();
        SAVE();
        bool ok = mapping_store_name(vm, f->locals, name, v);
        decref(v);
        CHECK(ok);
        DISPATCH();
      }

      TARGET(DELETE_NAME) {
        Str* name = names->items[oparg].as<Str>();
        SAVE();
        int r = mapping_delete_name(vm, f->locals, name);
        if (r < 0) GOTO_ERROR();
        if (r == 0) {
          name_error(vm, name);
          GOTO_ERROR();
        }
        DISPATCH();
      }

      TARGET(LOAD_GLOBAL) {
        CacheEntry* cache = &code->caches[*ip++];
        Str* name = names->items[oparg >> 1].as<Str>();
        Value v;
        if (cache->key1 == f->globals->version && cache->key2 == f->builtins->version && cache->value) {
          v = Value(cache->value);
        } else {
          v = dict_get_str(f->globals, name);
          if (!v) v = dict_get_str(f->builtins, name);
          if (!v) {
            SAVE();
            name_error(vm, name);
            GOTO_ERROR();
          }
          if (v.is_obj()) {
            cache->key1 = f->globals->version;
            cache->key2 = f->builtins->version;
            cache->value = v.obj();
          }
        }
        if (oparg & 1) PUSH(Value());
        incref(v);
        PUSH(v);
        DISPATCH();
      }

      TARGET(STORE_GLOBAL) {
        Str* name = names->items[oparg].as<Str>();
        Value v = POP();
        bool ok = dict_set_str(f->globals, name, v);
        decref(v);
        if (!ok) {
          SAVE();
          raise_memory_error(vm);
          GOTO_ERROR();
        }
        DISPATCH();
      }

      TARGET(DELETE_GLOBAL) {
        Str* name = names->items[oparg].as<Str>();
        if (!dict_del_str(f->globals, name)) {
          SAVE();
          name_error(vm, name);
          GOTO_ERROR();
        }
        DISPATCH();
      }

      TARGET(LOAD_ATTR) {
        CacheEntry* cache = &code->caches[*ip++];
        Str* name = names->items[oparg].as<Str>();
        Value obj = TOP();
        SAVE();
        Value r = load_attr(vm, obj, name, cache);
        if (r.is_pending()) {
          decref(POP());
          SAVE();
          link_frame(vm, vm.pending_frame, Delivery::Push);
          vm.pending_frame = nullptr;
          goto resume_top;
        }
        CHECK(r);
        SET_TOP(r);
        decref(obj);
        DISPATCH();
      }

      TARGET(LOAD_METHOD) {
        CacheEntry* cache = &code->caches[*ip++];
        Str* name = names->items[oparg].as<Str>();
        Value obj = TOP();
        SAVE();
        Value meth;
        Value r = load_method(vm, obj, name, cache, &meth);
        if (r.is_pending()) {
          // The attribute comes from a Python getter: call it, with a null under the result.
          sp[-1] = Value();
          decref(obj);
          SAVE();
          link_frame(vm, vm.pending_frame, Delivery::Push);
          vm.pending_frame = nullptr;
          goto resume_top;
        }
        CHECK(r);
        if (meth) {
          // r is the unbound function, obj stays as self
          SET_TOP(r);
          PUSH(obj);
        } else {
          SET_TOP(Value());
          PUSH(r);
          decref(obj);
        }
        DISPATCH();
      }

      TARGET(STORE_ATTR) {
        CacheEntry* cache = &code->caches[*ip++];
        Str* name = names->items[oparg].as<Str>();
        Value obj = TOP();
        Value v = SECOND();
        SAVE();
        Value r = store_attr(vm, obj, name, v, cache);
        sp -= 2;
        decref(obj);
        decref(v);
        if (r.is_pending()) {
          SAVE();
          link_frame(vm, vm.pending_frame, Delivery::Discard);
          vm.pending_frame = nullptr;
          goto resume_top;
        }
        CHECK(r);
        DISPATCH();
      }

      TARGET(DELETE_ATTR) {
        Str* name = names->items[oparg].as<Str>();
        Value obj = POP();
        SAVE();
        Value r = store_attr(vm, obj, name, Value(), nullptr);
        decref(obj);
        if (r.is_pending()) {
          SAVE();
          link_frame(vm, vm.pending_frame, Delivery::Discard);
          vm.pending_frame = nullptr;
          goto resume_top;
        }
        CHECK(r);
        DISPATCH();
      }

      TARGET(KW_NAMES)
        vm.kwnames = consts[oparg].as<Tuple>();
        DISPATCH();

      TARGET(CALL) {
        uint32_t n = oparg;
        Value* args = sp - n;
        Value callable = sp[-int(n) - 1];
        Value method = sp[-int(n) - 2];
        if (!vm.kwnames) {
          // Fast path: a Python function called with exactly its positional parameters. The
          // arguments (and self) move from this stack into the new frame's locals.
          Value fn = method ? method : callable;
          if (fn.is_obj() && fn.obj()->type == &FunctionType) {
            Function* func = fn.as<Function>();
            Code* fcode = func->code;
            uint32_t nargs = n + (method ? 1u : 0u);
            if (!(fcode->flags & kCoComplexCall) && fcode->kwonlyargcount == 0 && uint32_t(fcode->argcount) == nargs &&
                task->depth < vm.recursion_limit) {
              PyFrame* nf = frame_new(vm, fcode, func->globals, func->builtins, Value(), func);
              if (nf) {
                std::memcpy(static_cast<void*>(nf->slots), sp - nargs, nargs * sizeof(Value));
                sp -= nargs;
                decref(POP());  // the function (the frame holds its own reference)
                if (!method) (void)POP();  // the null under a plain callable
                SAVE();
                link_frame(vm, nf, Delivery::Push);
                goto enter_python_frame;
              }
            }
          }
        }
        Value self;
        if (method) {
          self = callable;
          callable = method;
        }
        Tuple* kwnames = vm.kwnames;
        vm.kwnames = nullptr;
        SAVE();
        uint32_t nkw = kwnames ? uint32_t(kwnames->size) : 0;
        Args a{args, n - nkw, kwnames};
        Value r = call_stackless(vm, callable, self, a);
        if (r.is_pending()) {
          Frame* nf = vm.pending_frame;
          vm.pending_frame = nullptr;
          if (nf->kind == FrameKind::Native) {
            static_cast<NativeFrame*>(nf)->pop_count = n + 2;
          } else {
            for (uint32_t i = 0; i < n + 2; ++i) decref(POP());
          }
          SAVE();
          if (nf->kind == FrameKind::Python && static_cast<PyFrame*>(nf)->init_self) {
            link_frame(vm, nf, Delivery::Init);
          } else {
            link_frame(vm, nf, Delivery::Push);
          }
          goto resume_top;
        }
        for (uint32_t i = 0; i < n + 2; ++i) decref(POP());
        CHECK(r);
        PUSH(r);
        DISPATCH();
      }

      TARGET(CALL_FUNCTION_EX) {
        Value kwargs = (oparg & 1) ? POP() : Value();
        Value callargs = POP();
        Value func = POP();
        Value null = POP();
        (void)null;
        SAVE();
        Value r = call_ex_stackless(vm, func, callargs, kwargs);
        decref(callargs);
        decref(kwargs);
        if (r.is_pending()) {
          Frame* nf = vm.pending_frame;
          vm.pending_frame = nullptr;
          decref(func);
          SAVE();
          link_frame(vm, nf, (nf->kind == FrameKind::Python && static_cast<PyFrame*>(nf)->init_self)
                                 ? Delivery::Init : Delivery::Push);
          goto resume_top;
        }
        decref(func);
        CHECK(r);
        PUSH(r);
        DISPATCH();
      }

      TARGET(MAKE_FUNCTION) {
        Value codeobj = POP();
        Value closure = (oparg & 8) ? POP() : Value();
        Value annotations = (oparg & 4) ? POP() : Value();
        Value kwdefaults = (oparg & 2) ? POP() : Value();
        Value defaults = (oparg & 1) ? POP() : Value();
        Function* fn = function_new(vm, codeobj.as<Code>(), f->globals, f->builtins);
        decref(codeobj);
        fn->closure = closure ? closure.as<Tuple>() : nullptr;
        fn->annotations = annotations;
        fn->kwdefaults = kwdefaults ? kwdefaults.as<Dict>() : nullptr;
        fn->defaults = defaults ? defaults.as<Tuple>() : nullptr;
        PUSH(Value(fn));
        DISPATCH();
      }

      TARGET(LOAD_BUILD_CLASS) {
        Value v = dict_get_str(f->builtins, intern("__build_class__"));
        if (!v) {
          SAVE();
          raise(vm, &NameErrorType, "__build_class__ not found");
          GOTO_ERROR();
        }
        PUSH(newref(v));
        DISPATCH();
      }

      TARGET(UNARY_POSITIVE)
      TARGET(UNARY_NEGATIVE)
      TARGET(UNARY_INVERT) {
        Value v = TOP();
        Opcode op = Opcode(word & 0xff);
        if (op == UNARY_NEGATIVE && v.is_small() && v.small_value() != Value::kSmallMin) {
          SET_TOP(Value::small(-v.small_value()));
          break;
        }
        SAVE();
        UnaryOp u = op == UNARY_POSITIVE ? kPos : op == UNARY_NEGATIVE ? kNeg : kInvert;
        Value r = unary_op_stackless(vm, v, u);
        if (r.is_pending()) {
          Frame* nf = vm.pending_frame;
          vm.pending_frame = nullptr;
          if (nf->kind == FrameKind::Native) static_cast<NativeFrame*>(nf)->pop_count = 1;
          else decref(POP());
          SAVE();
          link_frame(vm, nf, Delivery::Push);
          goto resume_top;
        }
        CHECK(r);
        SET_TOP(r);
        decref(v);
        DISPATCH();
      }

      TARGET(UNARY_NOT) {
        Value v = TOP();
        int t;
        if (v.obj() == g_true) t = 1;
        else if (v.obj() == g_false || v.obj() == g_none) t = 0;
        else {
          SAVE();
          t = truthy(vm, v);
          if (t < 0) GOTO_ERROR();
        }
        SET_TOP(new_bool(!t));
        decref(v);
        DISPATCH();
      }

      TARGET(BINARY_OP) {
        Value b = TOP();
        Value a = SECOND();
        Value r;
        if (a.is_small() && b.is_small()) {
          int64_t x = a.small_value(), y = b.small_value();
          int op = int(oparg) >= kInplace ? int(oparg) - kInplace : int(oparg);
          switch (op) {
            case kAdd: {
              int64_t z = x + y;
              if (Value::fits_small(z)) { r = Value::small(z); goto binop_done; }
              break;
            }
            case kSub: {
              int64_t z = x - y;
              if (Value::fits_small(z)) { r = Value::small(z); goto binop_done; }
              break;
            }
            case kMul: {
              int64_t z;
              if (!__builtin_mul_overflow(x, y, &z) && Value::fits_small(z)) { r = Value::small(z); goto binop_done; }
              break;
            }
            case kFloorDiv:
              if (y != 0) {
                int64_t q = x / y;
                if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
                r = Value::small(q);
                goto binop_done;
              }
              break;
            case kMod:
              if (y != 0) {
                int64_t m = x % y;
                if (m != 0 && ((m < 0) != (y < 0))) m += y;
                r = Value::small(m);
                goto binop_done;
              }
              break;
            case kAnd: r = Value::small(x & y); goto binop_done;
            case kOr: r = Value::small(x | y); goto binop_done;
            case kXor: r = Value::small(x ^ y); goto binop_done;
            default: break;
          }
        } else if (is_float_exact(a) && is_float_exact(b)) {
          double x = float_of(a), y = float_of(b);
          int op = int(oparg) >= kInplace ? int(oparg) - kInplace : int(oparg);
          switch (op) {
            case kAdd: r = float_new(x + y); goto binop_done;
            case kSub: r = float_new(x - y); goto binop_done;
            case kMul: r = float_new(x * y); goto binop_done;
            case kTrueDiv:
              if (y != 0) { r = float_new(x / y); goto binop_done; }
              break;
            default: break;
          }
        }
        SAVE();
        r = binary_op_stackless(vm, a, b, int(oparg));
        if (r.is_pending()) {
          Frame* nf = vm.pending_frame;
          vm.pending_frame = nullptr;
          if (nf->kind == FrameKind::Native) {
            static_cast<NativeFrame*>(nf)->pop_count = 2;
          } else {
            decref(POP());
            decref(POP());
          }
          SAVE();
          link_frame(vm, nf, Delivery::Push);
          goto resume_top;
        }
        CHECK(r);
      binop_done:
        sp -= 2;
        decref(a);
        decref(b);
        PUSH(r);
        DISPATCH();
      }

      TARGET(BINARY_SUBSCR) {
        Value key = TOP();
        Value container = SECOND();
        Value r;
        if (is_list_exact(container) && key.is_small()) {
          List* l = container.as<List>();
          int64_t i = key.small_value();
          if (i < 0) i += l->size;
          if (i >= 0 && i < l->size) {
            r = newref(l->items[i]);
            sp -= 2;
            decref(container);
            PUSH(r);
            break;
          }
        }
        SAVE();
        r = get_item_stackless(vm, container, key);
        if (r.is_pending()) {
          Frame* nf = vm.pending_frame;
          vm.pending_frame = nullptr;
          if (nf->kind == FrameKind::Native) {
            static_cast<NativeFrame*>(nf)->pop_count = 2;
          } else {
            decref(POP());
            decref(POP());
          }
          SAVE();
          link_frame(vm, nf, Delivery::Push);
          goto resume_top;
        }
        CHECK(r);
        sp -= 2;
        decref(container);
        decref(key);
        PUSH(r);
        DISPATCH();
      }

      TARGET(STORE_SUBSCR) {
        Value key = TOP();
        Value container = SECOND();
        Value v = THIRD();
        if (is_list_exact(container) && key.is_small()) {
          List* l = container.as<List>();
          int64_t i = key.small_value();
          if (i < 0) i += l->size;
          if (i >= 0 && i < l->size) {
            Value old = l->items[i];
            l->items[i] = v;
            decref(old);
            sp -= 3;
            decref(container);
            break;
          }
        }
        SAVE();
        Value r = set_item_stackless(vm, container, key, v);
        sp -= 3;
        decref(container);
        decref(key);
        decref(v);
        if (r.is_pending()) {
          SAVE();
          link_frame(vm, vm.pending_frame, Delivery::Discard);
          vm.pending_frame = nullptr;
          goto resume_top;
        }
        CHECK(r);
        DISPATCH();
      }

      TARGET(DELETE_SUBSCR) {
        Value key = TOP();
        Value container = SECOND();
        SAVE();
        Value r = set_item_stackless(vm, container, key, Value());
        sp -= 2;
        decref(container);
        decref(key);
        if (r.is_pending()) {
          SAVE();
          link_frame(vm, vm.pending_frame, Delivery::Discard);
          vm.pending_frame = nullptr;
          goto resume_top;
        }
        CHECK(r);
        DISPATCH();
      }

      TARGET(COMPARE_OP) {
        Value b = TOP();
        Value a = SECOND();
        Value r;
        if (a.is_small() && b.is_small()) {
          int64_t x = a.small_value(), y = b.small_value();
          bool res;
          switch (oparg) {
            case kLT: res = x < y; break;
            case kLE: res = x <= y; break;
            case kEQ: res = x == y; break;
            case kNE: res = x != y; break;
            case kGT: res = x > y; break;
            default: res = x >= y; break;
          }
          r = new_bool(res);
        } else {
          SAVE();
          r = compare_stackless(vm, a, b, CompareOp(oparg));
          if (r.is_pending()) {
            Frame* nf = vm.pending_frame;
            vm.pending_frame = nullptr;
            if (nf->kind == FrameKind::Native) {
              static_cast<NativeFrame*>(nf)->pop_count = 2;
            } else {
              decref(POP());
              decref(POP());
            }
            SAVE();
            link_frame(vm, nf, Delivery::Push);
            goto resume_top;
          }
          CHECK(r);
        }
        sp -= 2;
        decref(a);
        decref(b);
        PUSH(r);
        DISPATCH();
      }

      TARGET(IS_OP) {
        Value b = POP();
        Value a = POP();
        bool res = (a == b) != bool(oparg);
        decref(a);
        decref(b);
        PUSH(new_bool(res));
        DISPATCH();
      }

      TARGET(CONTAINS_OP) {
        Value container = TOP();
        Value item = SECOND();
        SAVE();
        int r = contains(vm, container, item);
        if (r < 0) GOTO_ERROR();
        sp -= 2;
        decref(container);
        decref(item);
        PUSH(new_bool(bool(r) != bool(oparg)));
        DISPATCH();
      }

      TARGET(BUILD_SLICE) {
        Value step = oparg == 3 ? POP() : Value();
        Value stop = POP();
        Value start = POP();
        Value s = slice_new(start, stop, step ? step : none());
        decref(start);
        decref(stop);
        decref(step);
        PUSH(s);
        DISPATCH();
      }

      TARGET(BUILD_TUPLE) {
        Tuple* t = tuple_new(oparg);
        sp -= oparg;
        for (uint32_t i = 0; i < oparg; ++i) t->items[i] = sp[i];
        PUSH(Value(t));
        DISPATCH();
      }

      TARGET(BUILD_LIST) {
        List* l = list_new(oparg);
        sp -= oparg;
        for (uint32_t i = 0; i < oparg; ++i) l->items[i] = sp[i];
        PUSH(Value(l));
        DISPATCH();
      }

      TARGET(BUILD_SET) {
        Set* s = set_new(&SetType);
        sp -= oparg;
        bool ok = true;
        SAVE();
        for (uint32_t i = 0; i < oparg; ++i) {
          if (ok && set_add(vm, s, sp[i]) < 0) ok = false;
          decref(sp[i]);
        }
        if (!ok) {
          decref(s);
          GOTO_ERROR();
        }
        PUSH(Value(s));
        DISPATCH();
      }

      TARGET(BUILD_MAP) {
        Dict* d = dict_new();
        sp -= 2 * oparg;
        bool ok = true;
        SAVE();
        for (uint32_t i = 0; i < oparg; ++i) {
          if (ok && !dict_set(vm, d, sp[2 * i], sp[2 * i + 1])) ok = false;
          decref(sp[2 * i]);
          decref(sp[2 * i + 1]);
        }
        if (!ok) {
          decref(d);
          GOTO_ERROR();
        }
        PUSH(Value(d));
        DISPATCH();
      }

      TARGET(BUILD_CONST_KEY_MAP) {
        Tuple* keys = POP().as<Tuple>();
        Dict* d = dict_new();
        sp -= oparg;
        bool ok = true;
        SAVE();
        for (uint32_t i = 0; i < oparg; ++i) {
          if (ok && !dict_set(vm, d, keys->items[i], sp[i])) ok = false;
          decref(sp[i]);
        }
        decref(keys);
        if (!ok) {
          decref(d);
          GOTO_ERROR();
        }
        PUSH(Value(d));
        DISPATCH();
      }

      TARGET(BUILD_STRING) {
        sp -= oparg;
        uint64_t total = 0;
        for (uint32_t i = 0; i < oparg; ++i) total += sp[i].as<Str>()->size;
        Str* s = str_alloc(total);
        if (!s) {
          for (uint32_t i = 0; i < oparg; ++i) decref(sp[i]);
          SAVE();
          raise_memory_error(vm);
          GOTO_ERROR();
        }
        uint64_t pos = 0;
        for (uint32_t i = 0; i < oparg; ++i) {
          Str* part = sp[i].as<Str>();
          std::memcpy(s->data + pos, part->data, part->size);
          pos += part->size;
          decref(sp[i]);
        }
        PUSH(Value(str_finish(s)));
        DISPATCH();
      }

      TARGET(LIST_APPEND) {
        Value v = POP();
        List* l = PEEK(oparg).as<List>();
        bool ok = list_append(vm, l, v);
        decref(v);
        if (!ok) {
          SAVE();
          GOTO_ERROR();
        }
        DISPATCH();
      }

      TARGET(SET_ADD) {
        Value v = POP();
        SAVE();
        int r = set_add(vm, PEEK(oparg).as<Set>(), v);
        decref(v);
        if (r < 0) GOTO_ERROR();
        DISPATCH();
      }

      TARGET(MAP_ADD) {
        Value v = POP();
        Value k = POP();
        SAVE();
        bool ok = dict_set(vm, PEEK(oparg).as<Dict>(), k, v);
        decref(k);
        decref(v);
        CHECK(ok);
        DISPATCH();
      }

      TARGET(LIST_EXTEND) {
        Value it = POP();
        SAVE();
        bool ok = list_extend(vm, PEEK(oparg).as<List>(), it, true);
        decref(it);
        CHECK(ok);
        DISPATCH();
      }

      TARGET(SET_UPDATE) {
        Value it = POP();
        SAVE();
        bool ok = set_update(vm, PEEK(oparg).as<Set>(), it);
        decref(it);
        CHECK(ok);
        DISPATCH();
      }

      TARGET(DICT_UPDATE) {
        Value other = POP();
        SAVE();
        bool ok = dict_update_from_mapping(vm, PEEK(oparg).as<Dict>(), other, false, Value());
        decref(other);
        CHECK(ok);
        DISPATCH();
      }

      TARGET(DICT_MERGE) {
        Value other = POP();
        SAVE();
        // the callable is at PEEK(oparg + 2) in f(*a, **b) sequences
        bool ok = dict_update_from_mapping(vm, PEEK(oparg).as<Dict>(), other, true, PEEK(oparg + 2));
        decref(other);
        CHECK(ok);
        DISPATCH();
      }

      TARGET(LIST_TO_TUPLE) {
        List* l = TOP().as<List>();
        Tuple* t = tuple_from_array(l->items, l->size);
        decref(l);
        SET_TOP(Value(t));
        DISPATCH();
      }

      TARGET(FORMAT_VALUE) {
        Value spec = (oparg & 4) ? POP() : Value();
        Value v = TOP();
        SAVE();
        Value r;
        int conv = oparg & 3;
        if (conv == 0 && !spec && is_str_exact(v)) {
          break;  // already a str
        }
        Value converted = v;
        incref(converted);
        if (conv == 1) {
          Value s = str_of(vm, v);
          decref(converted);
          converted = s;
        } else if (conv == 2) {
          Value s = repr(vm, v);
          decref(converted);
          converted = s;
        } else if (conv == 3) {
          Value s = ascii_of(vm, v);
          decref(converted);
          converted = s;
        }
        if (!converted) {
          decref(spec);
          GOTO_ERROR();
        }
        if (!spec && is_str_exact(converted)) {
          r = converted;
        } else {
          r = format_value(vm, converted, spec ? spec : Value(g_names.empty));
          decref(converted);
        }
        decref(spec);
        CHECK(r);
        SET_TOP(r);
        decref(v);
        DISPATCH();
      }

      TARGET(UNPACK_SEQUENCE) {
        Value seq = TOP();
        if (is_tuple_exact(seq) && seq.as<Tuple>()->size == int64_t(oparg)) {
          Tuple* t = seq.as<Tuple>();
          sp--;
          for (int64_t i = int64_t(oparg) - 1; i >= 0; --i) PUSH(newref(t->items[i]));
          decref(seq);
          break;
        }
        if (is_list_exact(seq) && seq.as<List>()->size == int64_t(oparg)) {
          List* l = seq.as<List>();
          sp--;
          for (int64_t i = int64_t(oparg) - 1; i >= 0; --i) PUSH(newref(l->items[i]));
          decref(seq);
          break;
        }
        SAVE();
        sp--;
        if (!unpack_iterable(vm, seq, int(oparg), -1, sp)) {
          decref(seq);
          GOTO_ERROR();
        }
        sp += oparg;
        decref(seq);
        DISPATCH();
      }

      TARGET(UNPACK_EX) {
        int before = int(oparg & 0xff), after = int(oparg >> 8);
        Value seq = POP();
        SAVE();
        if (!unpack_iterable(vm, seq, before, after, sp)) {
          decref(seq);
          GOTO_ERROR();
        }
        sp += before + after + 1;
        decref(seq);
        DISPATCH();
      }

      TARGET(JUMP_FORWARD)
      TARGET(JUMP_BACKWARD_NO_INTERRUPT)
        JUMP_TO(oparg);
        DISPATCH();

      TARGET(JUMP_BACKWARD)
        JUMP_TO(oparg);
        if (--vm.ticks <= 0) {
          SAVE();
          if (!periodic_check(vm)) GOTO_ERROR();
          if (vm.budget_exhausted) {
            vm.budget_exhausted = false;
            f->last_word = oparg;
            return RunOutcome::Yielded;
          }
        }
        DISPATCH();

      TARGET(POP_JUMP_IF_FALSE)
      TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        int t;
        if (v.obj() == g_true) t = 1;
        else if (v.obj() == g_false || v.obj() == g_none) t = 0;
        else if (v.is_small()) t = v.small_value() != 0;
        else {
          SAVE();
          t = truthy(vm, v);
          if (t < 0) {
            decref(v);
            GOTO_ERROR();
          }
        }
        decref(v);
        if (t == (Opcode(word & 0xff) == POP_JUMP_IF_TRUE)) JUMP_TO(oparg);
        DISPATCH();
      }

      TARGET(POP_JUMP_IF_NONE)
      TARGET(POP_JUMP_IF_NOT_NONE) {
        Value v = POP();
        bool n = is_none(v);
        decref(v);
        if (n == (Opcode(word & 0xff) == POP_JUMP_IF_NONE)) JUMP_TO(oparg);
        DISPATCH();
      }

      TARGET(JUMP_IF_FALSE_OR_POP)
      TARGET(JUMP_IF_TRUE_OR_POP) {
        Value v = TOP();
        int t;
        if (v.obj() == g_true) t = 1;
        else if (v.obj() == g_false || v.obj() == g_none) t = 0;
        else {
          SAVE();
          t = truthy(vm, v);
          if (t < 0) GOTO_ERROR();
        }
        if (t == (Opcode(word & 0xff) == JUMP_IF_TRUE_OR_POP)) {
          JUMP_TO(oparg);
        } else {
          decref(POP());
        }
        DISPATCH();
      }

      TARGET(GET_ITER) {
        Value v = TOP();
        SAVE();
        Value r = get_iter_stackless(vm, v);
        if (r.is_pending()) {
          Frame* nf = vm.pending_frame;
          vm.pending_frame = nullptr;
          bool native = nf->kind == FrameKind::Native;
          if (native) static_cast<NativeFrame*>(nf)->pop_count = 1;
          else decref(POP());
          SAVE();
          link_frame(vm, nf, native ? Delivery::Push : Delivery::Iterator);
          goto resume_top;
        }
        CHECK(r);
        SET_TOP(r);
        decref(v);
        DISPATCH();
      }

      TARGET(FOR_ITER) {
        Value it = TOP();
        SAVE();
        Value r = for_iter_next(vm, it);
        if (r.is_iter_done()) {
          decref(POP());
          JUMP_TO(oparg);
          break;
        }
        if (r.is_pending()) {
          Frame* nf = vm.pending_frame;
          vm.pending_frame = nullptr;
          if (nf->kind == FrameKind::Native) static_cast<NativeFrame*>(nf)->pop_count = 0;
          SAVE();
          link_frame(vm, nf, Delivery::Push);
          goto resume_top;
        }
        CHECK(r);
        PUSH(r);
        DISPATCH();
      }

      TARGET(GET_YIELD_FROM_ITER) {
        Value v = TOP();
        if (v.is_obj() && v.obj()->type == &CoroutineType) {
          if (!(code->flags & (kCoCoroutine | kCoIterableCoroutine))) {
            SAVE();
            raise(vm, &TypeErrorType, "cannot 'yield from' a coroutine object in a non-coroutine generator");
            GOTO_ERROR();
          }
          break;
        }
        if (v.is_obj() && v.obj()->type == &GeneratorType) break;
        SAVE();
        Value r = get_iter(vm, v);
        CHECK(r);
        SET_TOP(r);
        decref(v);
        DISPATCH();
      }

      TARGET(SEND) {
        Value v = TOP();
        Value receiver = SECOND();
        SAVE();
        Value r = send_stackless(vm, receiver, v);
        decref(POP());  // the sent value
        if (r.is_pending()) {
          Frame* nf = vm.pending_frame;
          vm.pending_frame = nullptr;
          SAVE();
          link_frame(vm, nf, Delivery::Push);
          goto resume_top;
        }
        if (r.is_iter_done()) {
          // the receiver returned: its value is in g_send_return
          decref(POP());
          PUSH(take_send_return());
          JUMP_TO(oparg);
          break;
        }
        CHECK(r);
        PUSH(r);
        DISPATCH();
      }

      TARGET(YIELD_VALUE) {
        Value v = POP();
        SAVE();
        if (complete_frame(vm, f, v, Completion::Yield)) {
          return task->state == TaskState::Done ? RunOutcome::Finished : RunOutcome::Boundary;
        }
        goto resume_top;
      }

      TARGET(RETURN_VALUE) {
        Value v = POP();
        SAVE();
        if (f->delivery == Delivery::Push && !f->gen && !f->init_self && f->back &&
            f->back->kind == FrameKind::Python) {
          // Fast path: a plain call returns into the Python frame below.
          PyFrame* back = static_cast<PyFrame*>(f->back);
          task->top = back;
          task->depth--;
          frame_release(vm, f);
          *back->sp++ = v;
          goto enter_python_frame;
        }
        if (complete_frame(vm, f, v, Completion::Return)) {
          return task->state == TaskState::Done ? RunOutcome::Finished : RunOutcome::Boundary;
        }
        goto resume_top;
      }

      TARGET(GET_AWAITABLE) {
        Value v = TOP();
        SAVE();
        Value r = get_awaitable(vm, v, int(oparg));
        CHECK(r);
        SET_TOP(r);
        decref(v);
        DISPATCH();
      }

      TARGET(GET_AITER) {
        Value v = TOP();
        SAVE();
        Value r = get_aiter(vm, v);
        if (r.is_pending()) {
          Frame* nf = vm.pending_frame;  // a NativeFrame: a Python __aiter__ runs
          vm.pending_frame = nullptr;
          static_cast<NativeFrame*>(nf)->pop_count = 1;
          link_frame(vm, nf, Delivery::Push);
          goto resume_top;
        }
        CHECK(r);
        SET_TOP(r);
        decref(v);
        DISPATCH();
      }

      TARGET(GET_ANEXT) {
        Value v = TOP();
        SAVE();
        Value r = get_anext(vm, v);
        if (r.is_pending()) {
          Frame* nf = vm.pending_frame;  // a NativeFrame: a Python __anext__ or a firstiter hook runs
          vm.pending_frame = nullptr;
          link_frame(vm, nf, Delivery::Push);
          goto resume_top;
        }
        CHECK(r);
        PUSH(r);
        DISPATCH();
      }

      TARGET(END_ASYNC_FOR) {
        // the handler of `async for`: StopAsyncIteration ends the loop (the async iterator is
        // dropped), anything else is raised again
        Value exc = POP();
        if (exc.is_obj() && is_subtype(exc.obj()->type, &StopAsyncIterationType)) {
          decref(exc);
          decref(POP());  // the async iterator
          break;
        }
        SAVE();
        restore_error(vm, exc.obj());
        add_traceback = false;
        goto exception_unwind;
      }

      TARGET(BEFORE_ASYNC_WITH) {
        Value mgr = TOP();
        SAVE();
        Value exit_fn;
        Value r = before_async_with(vm, mgr, &exit_fn);
        CHECK(r);
        SET_TOP(exit_fn);
        decref(mgr);
        PUSH(r);
        DISPATCH();
      }

      TARGET(ASYNC_GEN_WRAP) {
        Value v = TOP();
        SET_TOP(async_gen_wrap(v));
        DISPATCH();
      }

      TARGET(RAISE_VARARGS) {
        SAVE();
        if (oparg == 0) {
          Value cur = current_handled_exception(vm);
          if (!cur) {
            raise(vm, &RuntimeErrorType, "No active exception to reraise");
            GOTO_ERROR();
          }
          restore_error(vm, newref(cur.obj()));
          add_traceback = false;
          goto exception_unwind;
        }
        Value cause = oparg == 2 ? POP() : Value();
        Value exc = POP();
        raise_object(vm, exc, cause, oparg == 2);
        decref(exc);
        decref(cause);
        GOTO_ERROR();
      }

      TARGET(RERAISE) {
        Value exc = POP();
        if (oparg) {
          // The line reported for the frame goes back to the instruction that raised; the
          // handler search still starts from this RERAISE.
          Value lasti = PEEK(oparg);
          if (lasti.is_small()) f->last_word = uint32_t(lasti.small_value());
        }
        f->ip = ip;
        f->sp = sp;
        restore_error(vm, exc.obj());
        add_traceback = false;
        goto exception_unwind;
      }

      TARGET(PUSH_EXC_INFO) {
        Value exc = TOP();
        Value prev = task->exc_info->exc;
        SET_TOP(prev ? prev : new_none());
        incref(exc);
        task->exc_info->exc = exc;
        PUSH(exc);
        DISPATCH();
      }

      TARGET(POP_EXCEPT) {
        Value prev = POP();
        Value cur = task->exc_info->exc;
        if (is_none(prev)) {
          decref(prev);
          task->exc_info->exc = Value();
        } else {
          task->exc_info->exc = prev;
        }
        decref(cur);
        DISPATCH();
      }

      TARGET(CHECK_EXC_MATCH) {
        Value type = POP();
        Value exc = TOP();
        SAVE();
        if (!check_except_type_valid(vm, type)) {
          decref(type);
          GOTO_ERROR();
        }
        bool m = exception_matches(exc, type);
        decref(type);
        PUSH(new_bool(m));
        DISPATCH();
      }

      TARGET(CHECK_EG_MATCH) {
        Value type = POP();
        Value eg = POP();
        SAVE();
        Value match, rest;
        bool ok = exception_group_match(vm, eg, type, &match, &rest);
        decref(type);
        decref(eg);
        CHECK(ok);
        PUSH(rest);
        PUSH(match);
        DISPATCH();
      }

      TARGET(PREP_RERAISE_STAR) {
        Value excs = POP();
        Value orig = POP();
        SAVE();
        Value r = prep_reraise_star(vm, orig, excs);
        decref(excs);
        decref(orig);
        CHECK(r);
        PUSH(r);
        DISPATCH();
      }

      TARGET(LOAD_ASSERTION_ERROR)
        PUSH(newref(Value(&AssertionErrorType)));
        DISPATCH();

      TARGET(BEFORE_WITH) {
        Value mgr = TOP();
        SAVE();
        Value exit_fn;
        Value r = before_with(vm, mgr, &exit_fn);
        if (r.is_pending()) {
          SET_TOP(exit_fn);
          decref(mgr);
          Frame* nf = vm.pending_frame;
          vm.pending_frame = nullptr;
          SAVE();
          link_frame(vm, nf, Delivery::Push);
          goto resume_top;
        }
        CHECK(r);
        SET_TOP(exit_fn);
        decref(mgr);
        PUSH(r);
        DISPATCH();
      }

      TARGET(WITH_EXCEPT_START) {
        // stack: exit_func, lasti, prev_exc, exc
        Value exc = TOP();
        Value exit_fn = PEEK(4);
        SAVE();
        Value r = with_exit_call(vm, exit_fn, exc);
        if (r.is_pending()) {
          Frame* nf = vm.pending_frame;
          vm.pending_frame = nullptr;
          SAVE();
          link_frame(vm, nf, Delivery::Push);
          goto resume_top;
        }
        CHECK(r);
        PUSH(r);
        DISPATCH();
      }

      TARGET(IMPORT_NAME) {
        Str* name = names->items[oparg].as<Str>();
        Value fromlist = POP();
        Value level = POP();
        SAVE();
        Value r = import_name(vm, f, name, fromlist, level);
        decref(fromlist);
        decref(level);
        if (r.is_pending()) {
          Frame* nf = vm.pending_frame;
          vm.pending_frame = nullptr;
          SAVE();
          link_frame(vm, nf, Delivery::Push);
          goto resume_top;
        }
        CHECK(r);
        PUSH(r);
        DISPATCH();
      }

      TARGET(IMPORT_FROM) {
        Str* name = names->items[oparg].as<Str>();
        SAVE();
        Value r = import_from(vm, TOP(), name);
        CHECK(r);
        PUSH(r);
        DISPATCH();
      }

      TARGET(IMPORT_STAR) {
        Value mod = POP();
        SAVE();
        bool ok = import_star(vm, f, mod);
        decref(mod);
        CHECK(ok);
        DISPATCH();
      }

      TARGET(SETUP_ANNOTATIONS) {
        SAVE();
        CHECK(setup_annotations(vm, f));
        DISPATCH();
      }

      TARGET(PRINT_EXPR) {
        Value v = POP();
        SAVE();
        bool ok = display_hook(vm, v);
        decref(v);
        CHECK(ok);
        DISPATCH();
      }

      TARGET(GET_LEN) {
        SAVE();
        int64_t n = length(vm, TOP());
        if (n < 0) GOTO_ERROR();
        PUSH(int_from_i64(n));
        DISPATCH();
      }

      TARGET(MATCH_MAPPING) {
        Type* t = type_of(TOP());
        PUSH(new_bool(type_has(t, kTypeMapping)));
        DISPATCH();
      }

      TARGET(MATCH_SEQUENCE) {
        Type* t = type_of(TOP());
        PUSH(new_bool(type_has(t, kTypeSequence)));
        DISPATCH();
      }

      TARGET(MATCH_KEYS) {
        SAVE();
        Value r = match_keys(vm, SECOND(), TOP());
        CHECK(r);
        PUSH(r);
        DISPATCH();
      }

      TARGET(MATCH_CLASS) {
        Value kwnames = POP();
        Value cls = POP();
        Value subject = POP();
        SAVE();
        Value r = match_class(vm, subject, cls, int(oparg), kwnames.as<Tuple>());
        decref(kwnames);
        decref(cls);
        decref(subject);
        CHECK(r);
        PUSH(r);
        DISPATCH();
      }

      default:
#if COIL_COMPUTED_GOTO
      unknown_opcode:
#endif
        SAVE();
        raisef(vm, &SystemErrorType, "unknown opcode %u", word & 0xff);
        GOTO_ERROR();
    }
  }

  // ============================================================== 4. exception unwinding
error:
  add_traceback = true;
exception_unwind_entry:
  f->ip = ip;
  f->sp = sp;
  f->last_word = uint32_t(this_instr - words);
exception_unwind:
  if (add_traceback) traceback_add(vm, f);
  {
    // A StopIteration reaching a FOR_ITER (from a Python __next__) ends the loop.
    uint32_t at = uint32_t(this_instr - words);
    if (at < code->nwords && word_op(words[at]) == FOR_ITER && error_matches(vm, &StopIterationType)) {
      clear_error(vm);
      sp = f->sp;
      decref(*--sp);
      f->sp = sp;
      f->ip = words + word_arg(words[at]);
      goto resume_top;
    }
    // A StopIteration reaching a SEND (from an awaitable's send() or throw()) ends the await or
    // yield from: its value is the result.
    if (at < code->nwords && word_op(words[at]) == SEND && error_matches(vm, &StopIterationType)) {
      BaseException* stop = reinterpret_cast<BaseException*>(take_error(vm));
      Value v = newref(stop->extra[0] ? stop->extra[0] : none());
      decref(stop);
      sp = f->sp;
      decref(*--sp);  // the receiver
      *sp++ = v;
      f->sp = sp;
      f->ip = words + word_arg(words[at]);
      goto resume_top;
    }
    ExceptionTableEntry h;
    if (find_handler(code, at, &h)) {
      sp = f->sp;
      Value* target = frame_stack_base(f) + h.depth;
      while (sp > target) decref(*--sp);
      if (h.lasti) *sp++ = Value::small(int64_t(at));
      *sp++ = Value(take_error(vm));
      f->sp = sp;
      f->ip = words + h.target;
      goto resume_top;
    }
  }
  // No handler: the frame ends with the exception.
  {
    Value* base = frame_stack_base(f);
    sp = f->sp;
    while (sp > base) decref(*--sp);
    f->sp = sp;
  }
  if (complete_frame(vm, f, Value(), Completion::Raise)) {
    return task->state == TaskState::Done ? RunOutcome::Finished : RunOutcome::Boundary;
  }
  goto resume_top;
}

}  // namespace coil
