# exctype: OSError subclasses' __mro__/__bases__, and the IOError/EnvironmentError aliases
def show(cls):
    print(cls.__name__, [c.__name__ for c in cls.__mro__], [b.__name__ for b in cls.__bases__])
for cls in [OSError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
            ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError,
            IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError]:
    show(cls)
print(IOError is OSError, EnvironmentError is OSError, IOError.__name__, EnvironmentError.__name__)
