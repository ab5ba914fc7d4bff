"""Print and format exceptions and stack traces as the interpreter does (the layout comes from the core)."""

import sys
import _traceback
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_sentinel = object()


def _limit_args(limit):
    # the module's convention: limit >= 0 keeps the oldest entries, limit < 0 the newest -limit
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
        if limit is None:
            return None, True
    if limit < 0:
        return -limit, False
    return limit, True


def _split_report(text):
    """Splits a formatted report into the items CPython's functions return: one per entry
    ('  File ...' with its source and caret lines), one per other line."""
    out = []
    lines = text.splitlines(True)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('    ') and out and out[-1].lstrip().startswith('File "'):
            out[-1] += line
        elif line in _CHAIN_MESSAGES and out and out[-1] == '\n' and i + 1 < len(lines) \
                and lines[i + 1] == '\n':
            out[-1] += line + '\n'   # the chain message and its blank lines are one item
            i += 1
        else:
            out.append(line)
        i += 1
    return out


_CHAIN_MESSAGES = ('The above exception was the direct cause of the following exception:\n',
                   'During handling of the above exception, another exception occurred:\n')


def _exc_value(exc, value, tb=_sentinel):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is not None and not isinstance(exc, BaseException):
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return exc
    return value


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """A list of strings: the traceback entries and the exception, like print_exception()."""
    value = _exc_value(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    if tb is not _sentinel and tb is not value.__traceback__:
        saved = value.__traceback__
        value.__traceback__ = tb
        try:
            return format_exception(value, limit=limit, chain=chain)
        finally:
            value.__traceback__ = saved
    n, from_top = _limit_args(limit)
    if chain:
        text = _traceback.format_exception(value, n, from_top)
    else:
        text = ''
        if value.__traceback__ is not None and (n is None or n > 0):
            text = 'Traceback (most recent call last):\n' + \
                _traceback.format_tb(value.__traceback__, n, from_top)
        text += _traceback.format_exception_only(value)
    return _split_report(text)


def format_exception_only(exc, /, value=_sentinel):
    """The last line(s) of a report: 'Type: message' (and notes), as a list of strings."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    value.__suppress_context__   # AttributeError for what is not an exception, as CPython
    text = _traceback.format_exception_only(value)
    lines = text.splitlines(True)
    if not lines:
        return []
    # the first item is the exception line (which may span lines); each note is its own item
    notes = getattr(value, '__notes__', None)
    if isinstance(notes, (list, tuple)) and notes:
        count = sum(len(str(n).splitlines(True)) or 1 for n in notes)
        head = lines[:len(lines) - count] if count < len(lines) else lines[:1]
        return [''.join(head)] + lines[len(head):]
    return [text]


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Prints the exception with its traceback to file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    """print_exc() as a string."""
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled (sys.exception()) with its traceback."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    """The entries of a traceback object as a list of strings."""
    n, from_top = _limit_args(limit)
    return _split_report(_traceback.format_tb(tb, n, from_top))


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end='')


# ------------------------------------------------------------------ frame summaries

class FrameSummary:
    """One entry of a stack: filename, lineno, name and the source line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals',
                 '_entry')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self._entry = None   # a one-entry traceback the core formats (with carets), if known

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file {}, line {} in {}>'.format(self.filename, self.lineno, self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Yields (frame, lineno) from f (default: the caller's frame) outwards."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yields (frame, lineno) for each entry of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _tb_entries(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno, tb.tb_lasti
        tb = tb.tb_next


def _traceback_type():
    try:
        raise TypeError
    except TypeError as e:
        return type(e.__traceback__)


_TracebackType = _traceback_type()


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        entries = []
        for item in frame_gen:
            f, lineno = item[0], item[1]
            co = f.f_code
            fs = FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=False,
                              locals=f.f_locals if capture_locals else None)
            if len(item) > 2:
                try:
                    fs._entry = _TracebackType(None, f, item[2], lineno)
                except (TypeError, ValueError):
                    pass
            entries.append(fs)
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            entries = entries[:limit] if limit >= 0 else entries[limit:]
        result = klass(entries)
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        entry = getattr(frame_summary, '_entry', None)
        if entry is not None and not frame_summary.locals:
            return _traceback.format_tb(entry, 1, True)
        row = '  File "{}", line {}, in {}\n'.format(frame_summary.filename, frame_summary.lineno,
                                                      frame_summary.name)
        if frame_summary.line:
            row += '    {}\n'.format(frame_summary.line)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row += '    {name} = {value}\n'.format(name=name, value=value)
        return row

    def format(self):
        result = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if last is None or key != last:
                if count > 3:
                    n = count - 3
                    result.append('  [Previous line repeated {} more time{}]\n'.format(n, 's' if n > 1 else ''))
                last = key
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(self.format_frame_summary(fs))
        if count > 3:
            n = count - 3
            result.append('  [Previous line repeated {} more time{}]\n'.format(n, 's' if n > 1 else ''))
        return result


def extract_tb(tb, limit=None):
    """A StackSummary of the entries of a traceback object (oldest first)."""
    return StackSummary.extract(_tb_entries(tb), limit=limit)


def extract_stack(f=None, limit=None):
    """A StackSummary of the current stack (oldest first), without this call."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=None)
    stack.reverse()
    if limit is not None:
        stack = StackSummary(stack[-limit:] if limit >= 0 else stack[:-limit])
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end='')


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


class TracebackException:
    """An exception captured for later formatting (type, message, stack, cause and context)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc = exc_value
        self._limit = limit
        self.exc_type = exc_type
        self.stack = StackSummary.extract(_tb_entries(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines, capture_locals=capture_locals)
        self._str = _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                    limit=limit, lookup_lines=lookup_lines,
                                                    capture_locals=capture_locals, _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(type(context), context, context.__traceback__,
                                                      limit=limit, lookup_lines=lookup_lines,
                                                      capture_locals=capture_locals, _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self._exc is None:
            yield from format_exception_only(None)
            return
        yield from format_exception_only(self._exc)

    def format(self, *, chain=True):
        if self._exc is None:
            yield from format_exception(None)
            return
        yield from format_exception(self._exc, limit=self._limit, chain=chain)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end='')


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'
