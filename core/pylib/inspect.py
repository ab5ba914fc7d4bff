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


# ------------------------------------------------------------------ signatures

class _empty:
    """Marker: no default value or no annotation."""


class _ParameterKind(int):
    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name = name
        self.description = description
        return self

    @property
    def name(self):
        return self._name

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self._name, int(self))

    def __str__(self):
        return self._name


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type) and type(annotation).__name__ != 'GenericAlias':
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in (0, 1, 2, 3, 4):
            raise ValueError("value %r is not a valid Parameter.kind" % (kind,))
        self._name = name
        self._kind = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY,
                      _VAR_KEYWORD)[kind]
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=None, kind=None, default=_empty, annotation=_empty):
        return Parameter(self._name if name is None else name,
                         self._kind if kind is None else kind,
                         default=self._default if default is _empty else default,
                         annotation=self._annotation if annotation is _empty else annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))


class BoundArguments:
    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    break
                continue
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        for name, param in self._signature.parameters.items():
            if name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            elif param.kind == _KEYWORD_ONLY:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        new_arguments = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                new_arguments[name] = self.arguments[name]
            elif param.default is not _empty:
                new_arguments[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                new_arguments[name] = ()
            elif param.kind == _VAR_KEYWORD:
                new_arguments[name] = {}
        self.arguments = new_arguments

    def __repr__(self):
        args = ['{}={!r}'.format(arg, value) for arg, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The parameters of a callable and its return annotation; str() is '(a, b=1, *, c)'."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            for p in parameters:
                if p.name in params:
                    raise ValueError('duplicate parameter name: {!r}'.format(p.name))
                params[p.name] = p
        self._parameters = params
        self._return_annotation = return_annotation

    @property
    def parameters(self):
        return dict(self._parameters)

    @property
    def return_annotation(self):
        return self._return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return signature(obj, follow_wrapped=follow_wrapped)

    def replace(self, *, parameters=None, return_annotation=_empty):
        if parameters is None:
            parameters = self._parameters.values()
        if return_annotation is _empty:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation and
                list(self._parameters.items()) == list(other._parameters.items()))

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        params = list(self._parameters.values())
        i = 0
        args = list(args)
        kwargs = dict(kwargs)
        for param in params:
            if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                if args:
                    arguments[param.name] = args.pop(0)
                    continue
                if param.kind == _POSITIONAL_OR_KEYWORD and param.name in kwargs:
                    arguments[param.name] = kwargs.pop(param.name)
                    continue
                if param.default is _empty and not partial:
                    raise TypeError('missing a required argument: {!r}'.format(param.name))
            elif param.kind == _VAR_POSITIONAL:
                if args:
                    arguments[param.name] = tuple(args)
                    args = []
            elif param.kind == _KEYWORD_ONLY:
                if param.name in kwargs:
                    arguments[param.name] = kwargs.pop(param.name)
                elif param.default is _empty and not partial:
                    raise TypeError('missing a required argument: {!r}'.format(param.name))
            elif param.kind == _VAR_KEYWORD:
                if kwargs:
                    arguments[param.name] = kwargs
                    kwargs = {}
        if args:
            raise TypeError('too many positional arguments')
        if kwargs:
            raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self._parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self._return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self._return_annotation))
        return rendered

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)


def _signature_from_function(func):
    co = func.__code__
    names = co.co_varnames
    npos = co.co_argcount
    nposonly = co.co_posonlyargcount
    nkw = co.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = func.__annotations__ or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    index = npos + nkw
    if co.co_flags & CO_VARARGS:
        name = names[index]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        index += 1
    for i in range(npos, npos + nkw):
        name = names[i]
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if co.co_flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return Signature(params, return_annotation=annotations.get('return', _empty))


def _drop_first(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a Python function, method or class."""
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        return _drop_first(signature(obj.__func__, follow_wrapped=follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
        if ismethod(obj):
            return signature(obj)
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    if isfunction(obj):
        return _signature_from_function(obj)
    if type(obj).__name__ == 'partial' and hasattr(obj, 'func'):
        sig = signature(obj.func)
        params = list(sig.parameters.values())[len(obj.args):]
        params = [p for p in params if p.name not in obj.keywords] + \
            [p.replace(kind=_KEYWORD_ONLY, default=obj.keywords[p.name]) for p in params
             if p.name in obj.keywords and p.kind in (_POSITIONAL_OR_KEYWORD, _KEYWORD_ONLY)]
        return sig.replace(parameters=params)
    if isclass(obj):
        for base in obj.__mro__:
            if '__init__' in base.__dict__ and isfunction(base.__dict__['__init__']):
                return _drop_first(_signature_from_function(base.__dict__['__init__']))
            if '__new__' in base.__dict__ and isfunction(getattr(base.__dict__['__new__'], '__func__', base.__dict__['__new__'])):
                new = base.__dict__['__new__']
                new = getattr(new, '__func__', new)
                return _drop_first(_signature_from_function(new))
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            if obj is object:
                raise ValueError('no signature found for builtin type {!r}'.format(obj))
            return Signature()
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    if isbuiltin(obj):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    call = getattr(type(obj), '__call__', None)
    if call is not None and isfunction(call):
        return _drop_first(_signature_from_function(call))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


__all__ += ['signature', 'Signature', 'Parameter', 'BoundArguments', 'formatannotation']
