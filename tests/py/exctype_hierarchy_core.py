# exctype: __mro__ and __bases__ of the core builtin exception classes
def show(cls):
    print(cls.__name__, [c.__name__ for c in cls.__mro__], [b.__name__ for b in cls.__bases__])
for cls in [BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, StopAsyncIteration,
            ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
            BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError,
            NameError, UnboundLocalError, ReferenceError, RuntimeError, NotImplementedError, RecursionError,
            SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError,
            UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, BaseExceptionGroup, ExceptionGroup]:
    show(cls)
