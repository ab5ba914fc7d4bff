"""inspect (the basics): kinds of objects, docstrings (getdoc, cleandoc), getmembers."""

import sys

__all__ = ['cleandoc', 'getdoc', 'getmembers', 'isabstract', 'isasyncgen', 'isasyncgenfunction',
           'isawaitable', 'isbuiltin', 'isclass', 'iscode', 'iscoroutine', 'iscoroutinefunction',
           'isframe', 'isfunction', 'isgenerator', 'isgeneratorfunction', 'ismethod', 'ismodule',
           'isroutine', 'istraceback', 'getmodule', 'unwrap', 'getmro']

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


def _func():
    pass


def _gen():
    yield


async def _coro():
    pass


_FunctionType = type(_func)
_CodeType = type(_func.__code__)
_ModuleType = type(sys)
_GeneratorType = type(_gen())
_coro_obj = _coro()
_CoroutineType = type(_coro_obj)
_coro_obj.close()
del _coro_obj
_BuiltinFunctionType = type(len)
_MethodType = type(_func.__get__(1))


def ismodule(object):
    return isinstance(object, _ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, _MethodType)


def isfunction(object):
    return isinstance(object, _FunctionType)


def _unwrap_partial(f):
    while True:
        func = getattr(f, 'func', None)
        if func is not None and type(f).__name__ == 'partial':
            f = func
        else:
            return f


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """True for a function defined with def that contains yield."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    return type(object).__name__ == 'async_generator'


def isgenerator(object):
    return isinstance(object, _GeneratorType)


def iscoroutine(object):
    return isinstance(object, _CoroutineType)


def isawaitable(object):
    return (isinstance(object, _CoroutineType) or
            isinstance(object, _GeneratorType) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE) or
            hasattr(type(object), '__await__'))


def istraceback(object):
    return type(object).__name__ == 'traceback'


def isframe(object):
    return type(object).__name__ == 'frame'


def iscode(object):
    return isinstance(object, _CodeType)


def isbuiltin(object):
    return isinstance(object, _BuiltinFunctionType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object) or
            ismethoddescriptor(object))


def isabstract(object):
    return bool(isinstance(object, type) and getattr(object, '__abstractmethods__', False))


def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    """(name, value) pairs of the object's attributes, sorted by name."""
    results = []
    names = dir(object)
    for key in names:
        try:
            value = getattr(object, key)
        except AttributeError:
            continue
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    return None


def unwrap(func, *, stop=None):
    f = func
    memo = {id(f): f}
    while hasattr(func, '__wrapped__') and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in memo or len(memo) >= sys.getrecursionlimit():
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id(func)] = func
    return func


def cleandoc(doc):
    """A docstring without the indentation of its second and later lines and without blank ends."""
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__dict__.get('__doc__')
                if isinstance(doc, str):
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        cls = self if isclass(self) and getattr(getattr(self, name, None), '__func__', None) is obj.__func__ \
            else type(self)
    elif isfunction(obj):
        name = obj.__name__
        qual = obj.__qualname__.rsplit('.', 1)
        if len(qual) < 2:
            return None
        cls = getattr(getmodule(obj), qual[0], None) if '.' not in qual[0] else None
        if not isclass(cls) or getattr(cls, name, None) is not obj:
            return None
    elif isinstance(obj, property):
        return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base.__dict__.get(name), '__doc__', None)
        except AttributeError:
            continue
        if doc is not None and base.__dict__.get(name) is not None:
            if isinstance(doc, str):
                return doc
    return None


def getdoc(object):
    """The object's docstring (or an inherited one), cleaned up with cleandoc(); None if none."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)
