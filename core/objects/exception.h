// exception.h - BaseException and the builtin exception hierarchy.
#pragma once

#include "objects/type.h"

namespace coil {

struct Tuple;
struct Dict;

// Every builtin exception object has this layout; subclasses with extra attributes
// (OSError, SyntaxError, StopIteration, ...) keep them in `extra` via member descriptors.
struct BaseException : Object {
  Dict* dict;
  Tuple* args;
  Value traceback;  // Traceback or null (None)
  Value context;    // null = None
  Value cause;      // null = None
  uint8_t suppress_context;
  Value extra[7];   // per-type attributes (see exception.cpp)
};

#define COIL_EXCEPTION_TYPES(X)            \
  X(BaseException, nullptr)                \
  X(BaseExceptionGroup, BaseException)     \
  X(GeneratorExit, BaseException)          \
  X(KeyboardInterrupt, BaseException)      \
  X(SystemExit, BaseException)             \
  X(Exception, BaseException)              \
  X(ArithmeticError, Exception)            \
  X(FloatingPointError, ArithmeticError)   \
  X(OverflowError, ArithmeticError)        \
  X(ZeroDivisionError, ArithmeticError)    \
  X(AssertionError, Exception)             \
  X(AttributeError, Exception)             \
  X(BufferError, Exception)                \
  X(EOFError, Exception)                   \
  X(ExceptionGroup, Exception)             \
  X(ImportError, Exception)                \
  X(ModuleNotFoundError, ImportError)      \
  X(LookupError, Exception)                \
  X(IndexError, LookupError)               \
  X(KeyError, LookupError)                 \
  X(MemoryError, Exception)                \
  X(NameError, Exception)                  \
  X(UnboundLocalError, NameError)          \
  X(OSError, Exception)                    \
  X(BlockingIOError, OSError)              \
  X(ChildProcessError, OSError)            \
  X(ConnectionError, OSError)              \
  X(BrokenPipeError, ConnectionError)      \
  X(ConnectionAbortedError, ConnectionError) \
  X(ConnectionRefusedError, ConnectionError) \
  X(ConnectionResetError, ConnectionError) \
  X(FileExistsError, OSError)              \
  X(FileNotFoundError, OSError)            \
  X(InterruptedError, OSError)             \
  X(IsADirectoryError, OSError)            \
  X(NotADirectoryError, OSError)           \
  X(PermissionError, OSError)              \
  X(ProcessLookupError, OSError)           \
  X(TimeoutError, OSError)                 \
  X(ReferenceError, Exception)             \
  X(RuntimeError, Exception)               \
  X(NotImplementedError, RuntimeError)     \
  X(RecursionError, RuntimeError)          \
  X(StopAsyncIteration, Exception)         \
  X(StopIteration, Exception)              \
  X(SyntaxError, Exception)                \
  X(IndentationError, SyntaxError)         \
  X(TabError, IndentationError)            \
  X(SystemError, Exception)                \
  X(TypeError, Exception)                  \
  X(ValueError, Exception)                 \
  X(UnicodeError, ValueError)              \
  X(UnicodeDecodeError, UnicodeError)      \
  X(UnicodeEncodeError, UnicodeError)      \
  X(UnicodeTranslateError, UnicodeError)   \
  X(Warning, Exception)                    \
  X(BytesWarning, Warning)                 \
  X(DeprecationWarning, Warning)           \
  X(EncodingWarning, Warning)              \
  X(FutureWarning, Warning)                \
  X(ImportWarning, Warning)                \
  X(PendingDeprecationWarning, Warning)    \
  X(ResourceWarning, Warning)              \
  X(RuntimeWarning, Warning)               \
  X(SyntaxWarning, Warning)                \
  X(UnicodeWarning, Warning)               \
  X(UserWarning, Warning)

#define COIL_DECLARE_EXC(name, base) extern Type name##Type;
COIL_EXCEPTION_TYPES(COIL_DECLARE_EXC)
#undef COIL_DECLARE_EXC

inline bool is_exception_instance(Value v) {
  return v.is_obj() && type_has(v.obj()->type, kTypeExcSubclass) && !type_has(v.obj()->type, kTypeTypeSubclass);
}

// Creates an exception instance of `type` with the given args (increfs them).
Value exception_new(VM& vm, Type* type, Tuple* args);

}  // namespace coil
