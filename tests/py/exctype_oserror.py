# exctype: OSError(errno, strerror[, filename]) attributes, str forms, and errno-based subclass mapping
def show(e):
    print(type(e).__name__, '|', str(e), '|', repr(e), '|', e.errno, e.strerror, e.filename, e.args)
show(OSError())
show(OSError('just a message'))
show(OSError(2, 'No such file or directory'))
show(OSError(2, 'No such file or directory', 'missing.txt'))
show(OSError(13, 'Permission denied', 'secret', None, 'other'))
show(OSError(1, 2, 3, 4))
show(FileNotFoundError(2, 'gone', 'f.txt'))
show(PermissionError('perm'))
print(type(OSError(2, 'x')).__name__, type(OSError(17, 'x')).__name__, type(OSError(13, 'x')).__name__, type(OSError(999, 'x')).__name__)
print(type(OSError(21, 'x')).__name__, type(OSError(20, 'x')).__name__, type(OSError(32, 'x')).__name__, type(OSError(11, 'x')).__name__)
e = OSError(2, 'msg')
e.filename = 'late.txt'
print(str(e), e.filename2)
print(type(IOError(2, 'x')).__name__, isinstance(FileNotFoundError(), OSError))
