"""Abstract base classes: ABCMeta (register, __subclasshook__, cached isinstance/issubclass), ABC, abstractmethod."""

from weakref import ref as _ref


def abstractmethod(funcobj):
    """Mark a method abstract: a class using ABCMeta cannot be instantiated until it is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated alias: use classmethod together with abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated alias: use staticmethod together with abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated alias: use property together with abstractmethod."""
    __isabstractmethod__ = True


class _ClassSet:
    """A set of classes held by weak reference."""
    __slots__ = ('refs',)

    def __init__(self):
        self.refs = set()

    def add(self, cls):
        # no callback: dead references stay until the next clear() (they never match a live class)
        self.refs.add(_ref(cls))

    def __contains__(self, cls):
        try:
            return _ref(cls) in self.refs
        except TypeError:
            return False

    def clear(self):
        self.refs.clear()

    def classes(self):
        out = []
        for r in list(self.refs):
            c = r()
            if c is not None:
                out.append(c)
        return out


class _AbcState:
    """Per-class registry and caches of an ABC (CPython keeps them in _abc_impl)."""
    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_version')

    def __init__(self):
        self.registry = _ClassSet()
        self.cache = _ClassSet()
        self.negative_cache = _ClassSet()
        self.negative_version = _invalidation[0]


_invalidation = [0]


def get_cache_token():
    """Return a token that changes whenever an ABC registers a virtual subclass."""
    return _invalidation[0]


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_impl = _AbcState()
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns the subclass (usable as a decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _invalidation[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if impl.negative_version == _invalidation[0] and subclass in impl.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_version < _invalidation[0]:
            impl.negative_cache.clear()
            impl.negative_version = _invalidation[0]
        elif subclass in impl.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            if ok:
                impl.cache.add(subclass)
            else:
                impl.negative_cache.add(subclass)
            return ok
        if cls in subclass.__mro__:
            impl.cache.add(subclass)
            return True
        for rcls in impl.registry.classes():
            if issubclass(subclass, rcls):
                impl.cache.add(subclass)
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recalculate the abstract methods of an abstract class (after it was modified)."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: subclass it to make an ABC without writing metaclass=ABCMeta."""
    __slots__ = ()
