"""Abstract base classes for containers, iterators and async objects (collections.abc)."""

from abc import ABCMeta, abstractmethod
import sys
from types import GenericAlias as _GenericAlias

__all__ = ["Awaitable", "Coroutine",
           "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString"]


def _supports(C, *names):
    """Structural check used by the __subclasshook__s below.

    Each name must be defined somewhere in C's MRO, and the nearest definition must not be
    None (assigning None, like `__hash__ = None`, is how a class declines a protocol).
    """
    for name in names:
        for klass in C.__mro__:
            found = klass.__dict__
            if name in found:
                if found[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _hook(*names):
    # Builds the __subclasshook__ of an ABC that recognises classes by the given methods.
    # It answers only for the ABC whose own __dict__ holds it, not for subclasses of that ABC.
    def check(cls, C):
        if cls.__dict__.get("__subclasshook__") is hook:
            return _supports(C, *names)
        return NotImplemented
    hook = classmethod(check)
    return hook


def _same(a, b):
    return a is b or a == b


# ============================================================================ one-method ABCs

class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    __subclasshook__ = _hook("__hash__")


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield

    __subclasshook__ = _hook("__await__")
    __class_getitem__ = classmethod(_GenericAlias)


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume the coroutine with value; returns the next value it yields, or raises StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the coroutine at its suspension point."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Throw GeneratorExit in and expect the coroutine to finish."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("coroutine ignored GeneratorExit")

    __subclasshook__ = _hook("__await__", "send", "throw", "close")


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    __subclasshook__ = _hook("__aiter__")
    __class_getitem__ = classmethod(_GenericAlias)


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    __subclasshook__ = _hook("__anext__", "__aiter__")


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Resume the generator with value; returns the next value or raises StopAsyncIteration."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception inside the generator at its suspension point."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    async def aclose(self):
        """Throw GeneratorExit in and expect the generator to finish."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")

    __subclasshook__ = _hook("__aiter__", "__anext__", "asend", "athrow", "aclose")


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        return iter(())

    __subclasshook__ = _hook("__iter__")
    __class_getitem__ = classmethod(_GenericAlias)


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """Return the next item, or raise StopIteration when exhausted."""
        raise StopIteration

    def __iter__(self):
        return self

    __subclasshook__ = _hook("__iter__", "__next__")


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return iter(())

    __subclasshook__ = _hook("__reversed__", "__iter__")


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume the generator with value; returns the next value or raises StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the generator at its suspension point."""
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        if tb is not None:
            val = val.with_traceback(tb)
        raise val

    def close(self):
        """Throw GeneratorExit in and expect the generator to finish."""
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            return
        raise RuntimeError("generator ignored GeneratorExit")

    __subclasshook__ = _hook("__iter__", "__next__", "send", "throw", "close")


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    __subclasshook__ = _hook("__len__")


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    __subclasshook__ = _hook("__contains__")
    __class_getitem__ = classmethod(_GenericAlias)


class Collection(Sized, Iterable, Container):
    __slots__ = ()

    __subclasshook__ = _hook("__len__", "__iter__", "__contains__")


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __subclasshook__ = _hook("__call__")

    @classmethod
    def __class_getitem__(cls, params):
        if not (isinstance(params, tuple) and len(params) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            flat = (*args, result)
        elif args is Ellipsis:
            flat = (Ellipsis, result)
        else:
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or "
                            f"Concatenate. Got {args!r}")
        return _CallableGenericAlias(cls, flat)


def _param_repr(obj):
    # How a parameter shows inside an alias repr: builtin types by bare name, other types
    # as module.qualname, `...` for Ellipsis, aliases and anything else by their repr.
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    return repr(obj)


class _CallableGenericAlias:
    """Callable[[A, B], R]: __args__ is (A, B, R); the repr shows the argument list.

    GenericAlias cannot be subclassed here, so this wraps one and forwards to it.
    """
    __slots__ = ("_alias",)

    def __init__(self, origin, args):
        object.__setattr__(self, "_alias", _GenericAlias(origin, args))

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, "_alias"), name)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __call__(self, *args, **kwds):
        return self._alias(*args, **kwds)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __eq__(self, other):
        if isinstance(other, _CallableGenericAlias):
            other = other._alias
        return self._alias == other

    def __hash__(self):
        return hash(self._alias)

    def __repr__(self):
        *params, result = self.__args__
        if len(params) == 1 and params[0] is Ellipsis:
            shown = "..."
        else:
            shown = "[" + ", ".join(_param_repr(p) for p in params) + "]"
        return f"collections.abc.Callable[{shown}, {_param_repr(result)}]"


# ============================================================================ sets

def _as_set(s, other):
    # The other operand of a Set operator as a Set (for membership tests), or None when it
    # is not iterable at all.
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return s._from_iterable(other)
    return None


class Set(Collection):
    """A read-only set: define __contains__, __iter__ and __len__ to get comparisons and operators.

    Results of the operators are built with the classmethod _from_iterable(iterable), which
    calls the class with the iterable; override it if the constructor takes other arguments.
    """
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    # --- comparisons (only against other Sets)
    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and all(item in other for item in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and all(item in self for item in other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    # --- operators (the other operand may be any iterable)
    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for item in other if item in self)

    __rand__ = __and__

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        def both():
            yield from self
            yield from other
        return self._from_iterable(both())

    __ror__ = __or__

    def __sub__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in self if item not in other)

    def __rsub__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(item for item in other if item not in self)

    def __xor__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def isdisjoint(self, other):
        """True when self and the iterable other have no element in common."""
        for item in other:
            if item in self:
                return False
        return True

    def _hash(self):
        """A hash consistent with frozenset's, for hashable Set subclasses to use in __hash__."""
        return hash(frozenset(self))


class MutableSet(Set):
    """A set that can change: define add and discard on top of Set's abstract methods."""
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Add value to the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Remove value if present."""
        raise NotImplementedError

    def remove(self, value):
        """Remove value; KeyError if absent."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Remove and return some element; KeyError if the set is empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        """Remove every element."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for value in it:
            if value in self:
                self.discard(value)
            else:
                self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


# ============================================================================ mappings

class Mapping(Collection):
    """A read-only mapping: define __getitem__, __iter__ and __len__."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        """self[key] if key is present, else default."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        """A KeysView of the mapping."""
        return KeysView(self)

    def items(self):
        """An ItemsView of the mapping."""
        return ItemsView(self)

    def values(self):
        """A ValuesView of the mapping."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    # Mappings are not Reversible through the structural check.
    __reversed__ = None


class MappingView(Sized):
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"

    __class_getitem__ = classmethod(_GenericAlias)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            present = self._mapping[key]
        except KeyError:
            return False
        return _same(present, value)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        mapping = self._mapping
        return any(_same(mapping[key], value) for key in mapping)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


_MISSING = object()


class MutableMapping(Mapping):
    """A mapping that can change: add __setitem__ and __delitem__ to Mapping's abstract methods."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_MISSING):
        """Remove key and return its value; default (or KeyError) if the key is missing."""
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError if empty."""
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Set items from a mapping, an object with keys(), or an iterable of pairs, then from kwds."""
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        """self[key], after storing default there if the key was missing."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# ============================================================================ sequences

class Sequence(Reversible, Collection):
    """A read-only sequence: define __getitem__ (int indexes, IndexError past the end) and __len__."""
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        while True:
            try:
                item = self[i]
            except IndexError:
                return
            yield item
            i += 1

    def __contains__(self, value):
        for item in self:
            if _same(item, value):
                return True
        return False

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def index(self, value, start=0, stop=None):
        """Position of the first occurrence of value in self[start:stop]; ValueError if absent."""
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                item = self[i]
            except IndexError:
                break
            if _same(item, value):
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """Number of items equal to value."""
        n = 0
        for item in self:
            if _same(item, value):
                n += 1
        return n


class ByteString(Sequence):
    """Common ABC of bytes and bytearray."""
    __slots__ = ()


class MutableSequence(Sequence):
    """A sequence that can change: add __setitem__, __delitem__ and insert to Sequence's methods."""
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Insert value before position index."""
        raise IndexError

    def append(self, value):
        """Add value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse the items in place."""
        lo, hi = 0, len(self) - 1
        while lo < hi:
            self[lo], self[hi] = self[hi], self[lo]
            lo += 1
            hi -= 1

    def extend(self, values):
        """Append every item of the iterable values."""
        if values is self:
            values = list(values)
        for value in values:
            self.append(value)

    def pop(self, index=-1):
        """Remove and return the item at index (the last by default); IndexError if out of range."""
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        """Remove the first occurrence of value; ValueError if absent."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ============================================================================ builtin types

def _gen():
    yield

async def _coro():
    pass

async def _agen():
    yield

_g = _gen()
Generator.register(type(_g))
_g.close()
_c = _coro()
Coroutine.register(type(_c))
_c.close()
_a = _agen()
AsyncGenerator.register(type(_a))
del _g, _c, _a, _gen, _coro, _agen

_samples = [b"", bytearray(), {}.keys(), {}.values(), {}.items(), [], reversed([]), range(0),
            range(1 << 100), set(), "", (), zip(), reversed({}), reversed({}.values()),
            reversed({}.items())]
for _t in {type(iter(_s)) for _s in _samples}:
    Iterator.register(_t)
del _samples

KeysView.register(type({}.keys()))
ValuesView.register(type({}.values()))
ItemsView.register(type({}.items()))
Set.register(frozenset)
MutableSet.register(set)
Mapping.register(type(type.__dict__))
MutableMapping.register(dict)
for _t in (tuple, str, range, memoryview):
    Sequence.register(_t)
MutableSequence.register(list)
MutableSequence.register(bytearray)
ByteString.register(bytes)
ByteString.register(bytearray)
del _t
