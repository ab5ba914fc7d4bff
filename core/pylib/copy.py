"""Shallow and deep copy operations: copy(), deepcopy() with memo, __copy__/__deepcopy__ and reduce-style state."""

import weakref as _weakref

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_FunctionType = type(lambda: None)
_BuiltinFunctionType = type(len)
_CodeType = type((lambda: None).__code__)

_atomic = {type(None), int, float, bool, complex, str, bytes, type, range, slice,
           _FunctionType, _BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
           property, _weakref.ref, _CodeType}
_atomic = {t for t in _atomic if isinstance(t, type)}


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = f'_{stripped}{name}'
            names.append(name)
    return names


def _default_state(x, cls):
    d = getattr(x, '__dict__', None)
    d = dict(d) if d else None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (d, slots)
    return d


def _has_own(cls, name):
    for c in cls.__mro__:
        if name in c.__dict__:
            return c is not object
    return False


def _reduce(x, cls):
    """The reduce tuple of x: its own __reduce_ex__/__reduce__ if it defines one, else the default protocol."""
    if _has_own(cls, '__reduce_ex__'):
        rv = x.__reduce_ex__(4)
        if rv is not NotImplemented:
            return rv
    if _has_own(cls, '__reduce__'):
        return x.__reduce__()
    if isinstance(x, BaseException):
        d = getattr(x, '__dict__', None)
        return (cls, tuple(x.args), dict(d) if d else None)
    if hasattr(x, '__getnewargs_ex__'):
        args, kwargs = x.__getnewargs_ex__()
        func, fargs = _newobj_ex, (cls, args, kwargs)
    elif hasattr(x, '__getnewargs__'):
        func, fargs = _newobj, (cls,) + tuple(x.__getnewargs__())
    else:
        func, fargs = _newobj, (cls,)
        for base in (bool, int, float, complex, str, bytes, tuple, frozenset):
            if isinstance(x, base):
                func, fargs = _newobj, (cls, base(x))
                break
    if _has_own(cls, '__getstate__'):
        state = x.__getstate__()
    else:
        state = _default_state(x, cls)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (func, fargs, state, listitems, dictitems)


def _check_copyable(x, cls):
    # builtin objects with no state we can reach (generators, frames, modules...) cannot be copied
    if cls.__module__ == 'builtins' and cls is not object and \
            not isinstance(x, (list, dict, set, frozenset, tuple, bytearray, BaseException)) and \
            not _has_own(cls, '__reduce_ex__') and not _has_own(cls, '__reduce__'):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic:
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls in (tuple, frozenset):
        return x
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    _check_copyable(x, cls)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None) if not isinstance(x, type) else None
        if copier is not None:
            y = copier(memo)
        else:
            _check_copyable(x, cls)
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(arg, memo) for arg in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
