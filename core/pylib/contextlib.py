"""Helpers for writing and combining context managers (the `with` and `async with` statements)."""

import abc as _abc
import os as _os
import sys as _sys
from types import GenericAlias as _GenericAlias

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager", "AsyncExitStack",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "aclosing", "chdir"]


def _defines_all(C, names):
    # True when every name is found in C's MRO and the nearest definition is not None
    # (a None there means the class opted out of the protocol).
    mro = C.__mro__
    for name in names:
        for klass in mro:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _copy_identity(wrapper, wrapped):
    # Make `wrapper` look like `wrapped` (name, docstring, attributes), as functools.wraps does.
    for attr in ("__module__", "__name__", "__qualname__", "__annotations__", "__doc__"):
        try:
            setattr(wrapper, attr, getattr(wrapped, attr))
        except AttributeError:
            pass
    try:
        wrapper.__dict__.update(wrapped.__dict__)
    except AttributeError:
        pass
    wrapper.__wrapped__ = wrapped
    return wrapper


# ----------------------------------------------------------------------------- ABCs

class AbstractContextManager(_abc.ABC):
    """ABC for classes with __enter__ and __exit__; __enter__ returns self by default."""

    __class_getitem__ = classmethod(_GenericAlias)
    __slots__ = ()

    def __enter__(self):
        return self

    @_abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _defines_all(C, ("__enter__", "__exit__"))
        return NotImplemented


class AbstractAsyncContextManager(_abc.ABC):
    """ABC for classes with __aenter__ and __aexit__; __aenter__ returns self by default."""

    __class_getitem__ = classmethod(_GenericAlias)
    __slots__ = ()

    async def __aenter__(self):
        return self

    @_abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _defines_all(C, ("__aenter__", "__aexit__"))
        return NotImplemented


# ----------------------------------------------------------------------------- decorators

class ContextDecorator(object):
    """Base class letting a context manager also be used as a function decorator."""

    def _recreate_cm(self):
        # Hook for managers that cannot be entered twice: give a fresh one per call.
        return self

    def __call__(self, func):
        def run_inside(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return _copy_identity(run_inside, func)


class AsyncContextDecorator(object):
    """Base class letting an async context manager also decorate coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def run_inside(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return _copy_identity(run_inside, func)


class _GeneratorCMBase:
    # State shared by the managers that contextmanager / asynccontextmanager return.

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorCMBase, AbstractContextManager, ContextDecorator):
    """Context manager driving a generator (see contextmanager)."""

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            # Normal exit: the generator must finish without yielding again.
            try:
                next(gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")

        if value is None:
            value = typ()
        try:
            gen.throw(typ, value, traceback)
        except StopIteration as stop:
            # The generator returned: the exception was handled there, unless
            # the StopIteration we see is the one raised in the with-body.
            return stop is not value
        except RuntimeError as err:
            if err is value:
                err.__traceback__ = traceback
                return False
            # A StopIteration leaving a generator turns into RuntimeError (PEP 479):
            # report the original one rather than the conversion.
            if isinstance(value, StopIteration) and err.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as err:
            if err is not value:
                raise
            err.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorCMBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """Async context manager driving an async generator (see asynccontextmanager)."""

    async def __aenter__(self):
        try:
            return await self.gen.__anext__()
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                await gen.__anext__()
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")

        if value is None:
            value = typ()
        try:
            await gen.athrow(typ, value, traceback)
        except StopAsyncIteration as stop:
            return stop is not value
        except RuntimeError as err:
            if err is value:
                err.__traceback__ = traceback
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and err.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as err:
            if err is not value:
                raise
            err.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """Decorator turning a one-yield generator function into a context manager factory."""
    def factory(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _copy_identity(factory, func)


def asynccontextmanager(func):
    """Decorator turning a one-yield async generator function into an async context manager factory."""
    def factory(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return _copy_identity(factory, func)


# ----------------------------------------------------------------------------- small managers

class closing(AbstractContextManager):
    """Calls thing.close() when the block ends; `as` gives thing."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() when the async block ends; `as` gives thing."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _StreamSwap(AbstractContextManager):
    # Replaces the sys attribute named by `_stream` for the duration of the block; reentrant.
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._saved = []

    def __enter__(self):
        self._saved.append(getattr(_sys, self._stream))
        setattr(_sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exc_type, exc_value, traceback):
        setattr(_sys, self._stream, self._saved.pop())


class redirect_stdout(_StreamSwap):
    """Sends sys.stdout to another file-like object inside the block."""
    _stream = "stdout"


class redirect_stderr(_StreamSwap):
    """Sends sys.stderr to another file-like object inside the block."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Silences the listed exception types (and their subclasses) raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc_value, traceback):
        return exc_type is not None and issubclass(exc_type, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Does nothing; `as` gives enter_result. Stands in where a manager is optional."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class chdir(AbstractContextManager):
    """Changes the working directory inside the block and restores it afterwards; reentrant."""

    def __init__(self, path):
        self.path = path
        self._previous = []

    def __enter__(self):
        self._previous.append(_os.getcwd())
        _os.chdir(self.path)

    def __exit__(self, *excinfo):
        _os.chdir(self._previous.pop())


# ----------------------------------------------------------------------------- exit stacks

def _protocol_error(obj, what):
    cls = type(obj)
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support "
                     f"the {what} protocol")


def _relink_context(exc, previous, outer):
    """Make `previous` (the exception an earlier callback saw) the context of `exc`.

    Walk exc's __context__ chain: stop if it already reaches `previous`; the link to
    `outer` (what was being handled around the with statement) gets replaced.
    """
    node = exc
    while True:
        ctx = node.__context__
        if ctx is None or ctx is previous:
            return
        if ctx is outer:
            break
        node = ctx
    node.__context__ = previous


class _StackBase:
    # The entries: (is_async, callable taking (exc_type, exc, tb)), run last-in first-out.

    def __init__(self):
        self._entries = []

    def pop_all(self):
        """Move every registered callback to a new stack of the same type and return it."""
        other = type(self)()
        other._entries, self._entries = self._entries, []
        return other

    def _add(self, fn, is_async=False):
        self._entries.append((is_async, fn))

    def _add_cm_exit(self, cm, exit_method, is_async=False):
        def call_exit(exc_type, exc, tb):
            return exit_method(cm, exc_type, exc, tb)
        call_exit.__self__ = cm
        self._add(call_exit, is_async)

    def push(self, exit):
        """Register an __exit__-like callable, or an object with __exit__; returns it."""
        kind = type(exit)
        try:
            method = kind.__exit__
        except AttributeError:
            self._add(exit)
        else:
            self._add_cm_exit(exit, method)
        return exit

    def enter_context(self, cm):
        """Enter cm and register its __exit__; returns what __enter__ returned."""
        kind = type(cm)
        try:
            enter = kind.__enter__
            exit = kind.__exit__
        except AttributeError:
            raise _protocol_error(cm, "context manager") from None
        result = enter(cm)
        self._add_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run at exit; returns callback."""
        def call_plain(exc_type, exc, tb):
            callback(*args, **kwds)
        call_plain.__wrapped__ = callback
        self._add(call_plain)
        return callback

    @staticmethod
    def _reraise(exc):
        # Re-raise keeping the __context__ computed by the exit loop.
        saved = exc.__context__
        try:
            raise exc
        finally:
            exc.__context__ = saved


class ExitStack(_StackBase, AbstractContextManager):
    """Context manager collecting other managers and callbacks, unwound in reverse order on exit."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        outer = _sys.exc_info()[1]
        current = exc_details            # what the next callback will be told
        suppressed = False
        failing = None                   # exception raised by a callback, still pending
        while self._entries:
            _, fn = self._entries.pop()
            try:
                handled = fn(*current)
            except BaseException as raised:
                _relink_context(raised, current[1], outer)
                failing = raised
                current = (type(raised), raised, raised.__traceback__)
            else:
                if handled:
                    suppressed = True
                    failing = None
                    current = (None, None, None)
        if failing is not None:
            self._reraise(failing)
        return had_exception and suppressed

    def close(self):
        """Unwind the stack now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_StackBase, AbstractAsyncContextManager):
    """ExitStack for async code: accepts async managers and coroutine callbacks too."""

    async def enter_async_context(self, cm):
        """Enter the async manager cm and register its __aexit__; returns what __aenter__ returned."""
        kind = type(cm)
        try:
            enter = kind.__aenter__
            exit = kind.__aexit__
        except AttributeError:
            raise _protocol_error(cm, "asynchronous context manager") from None
        result = await enter(cm)
        self._add_cm_exit(cm, exit, True)
        return result

    def push_async_exit(self, exit):
        """Register an __aexit__-like coroutine function, or an object with __aexit__; returns it."""
        kind = type(exit)
        try:
            method = kind.__aexit__
        except AttributeError:
            self._add(exit, True)
        else:
            self._add_cm_exit(exit, method, True)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register the coroutine function callback(*args, **kwds) to be awaited at exit."""
        async def call_plain(exc_type, exc, tb):
            await callback(*args, **kwds)
        call_plain.__wrapped__ = callback
        self._add(call_plain, True)
        return callback

    async def aclose(self):
        """Unwind the stack now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        outer = _sys.exc_info()[1]
        current = exc_details
        suppressed = False
        failing = None
        while self._entries:
            is_async, fn = self._entries.pop()
            try:
                handled = fn(*current)
                if is_async:
                    handled = await handled
            except BaseException as raised:
                _relink_context(raised, current[1], outer)
                failing = raised
                current = (type(raised), raised, raised.__traceback__)
            else:
                if handled:
                    suppressed = True
                    failing = None
                    current = (None, None, None)
        if failing is not None:
            self._reraise(failing)
        return had_exception and suppressed
