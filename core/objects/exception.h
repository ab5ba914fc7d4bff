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
  Value extra[7];   // per-type attributes (indices below)
};

// Which extra[] slot holds which attribute, per family (null reads as None unless noted).
namespace exc_slot {
// OSError and subclasses
constexpr int kErrno = 0, kStrerror = 1, kFilename = 2, kFilename2 = 3,
              kWritten = 4;  // characters_written: small int, null = unset (AttributeError)
// SyntaxError and subclasses (print_file_and_line lives in the instance dict)
constexpr int kSynMsg = 0, kSynFilename = 1, kSynLineno = 2, kSynOffset = 3, kSynText = 4,
              kSynEndLineno = 5, kSynEndOffset = 6;
// StopIteration.value, SystemExit.code
constexpr int kStopValue = 0, kExitCode = 0;
// ImportError (and ModuleNotFoundError)
constexpr int kImportName = 0, kImportPath = 1, kImportMsg = 2;
// AttributeError, NameError
constexpr int kAttrName = 0, kAttrObj = 1, kNameName = 0;
// UnicodeEncodeError/DecodeError/TranslateError (start/end: small ints, null = 0)
constexpr int kUniEncoding = 0, kUniObject = 1, kUniStart = 2, kUniEnd = 3, kUniReason = 4;
// BaseExceptionGroup: message (str), exceptions (tuple)
constexpr int kEgMsg = 0, kEgExcs = 1;
}  // namespace exc_slot

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

// Sets up every builtin exception type (static types; call before type_ready of all types).
void init_exception_types();
// Adds every exception type (and the EnvironmentError/IOError aliases) to builtins.__dict__.
void add_exception_builtins(Dict* builtins);
// After type_ready: gives ExceptionGroup its second base (Exception) and its 3.11 MRO.
void exception_types_ready();

inline BaseException* as_exc(Value v) { return v.as<BaseException>(); }
// A class deriving from BaseException (PyExceptionClass_Check).
bool is_exception_class(Value v);
// An instance of BaseExceptionGroup (or a subclass).
bool is_exception_group(Value v);
// ExceptionGroup(msg, excs) built like BaseExceptionGroup(msg, excs) (picks ExceptionGroup when
// every item is an Exception). excs: any sequence. New reference or null + error.
Value exception_group_create(VM& vm, Str* msg, Value excs);
// Sets exc.__traceback__/__context__/__cause__ (v borrowed; null = None). __cause__ also sets
// __suppress_context__ as PyException_SetCause does.
void exception_set_traceback(BaseException* e, Value tb);
void exception_set_context(BaseException* e, Value ctx);
void exception_set_cause(BaseException* e, Value cause);

}  // namespace coil
