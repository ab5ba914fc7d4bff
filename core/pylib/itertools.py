"""Iterator building blocks (itertools of Python 3.11), in Python.

Each tool is a class (so type names and default reprs are CPython's: <itertools.chain object at
...>) whose __next__ advances an inner generator that holds the algorithm.
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']

import sys as _sys

# Sections: base | infinite (count, cycle, repeat) | terminating on the shortest input |
#           tee | combinatoric


# --- base ------------------------------------------------------------------------------------

class _Tool:
    __slots__ = ('_gen', '__weakref__')

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _no_keywords(name, kwargs):
    if kwargs:
        raise TypeError(f'{name}() takes no keyword arguments')


def _check_nargs(name, args, low, high):
    n = len(args)
    if low == high and n != low:
        raise TypeError(f'{name} expected {low} argument{"s" if low != 1 else ""}, got {n}')
    if n < low:
        raise TypeError(f'{name} expected at least {low} argument{"s" if low != 1 else ""}, '
                        f'got {n}')
    if n > high:
        raise TypeError(f'{name} expected at most {high} argument{"s" if high != 1 else ""}, '
                        f'got {n}')


_MISSING = object()


def _bind(fname, args, kwargs, names, nrequired, positional_only_kw=()):
    """Bind args/kwargs to names like CPython's argument clinic, with its messages."""
    npos = len(names) - len(positional_only_kw)
    if len(args) > npos:
        kind = 'positional arguments' if positional_only_kw else 'arguments'
        raise TypeError(f'{fname}() takes at most {npos} {kind} ({len(args)} given)')
    values = list(args) + [_MISSING] * (len(names) - len(args))
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError(f"{key!r} is an invalid keyword argument for {fname}()")
        i = names.index(key)
        if i < len(args):
            raise TypeError(f"argument for {fname}() given by name ('{key}') and "
                            f"position ({i + 1})")
        values[i] = value
    for i in range(nrequired):
        if values[i] is _MISSING:
            raise TypeError(f"{fname}() missing required argument '{names[i]}' (pos {i + 1})")
    return values


def _as_index(value):
    """value.__index__() with CPython's error for objects that are not integers."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


def _is_number(value):
    try:
        value + 0
    except TypeError:
        return False
    return not isinstance(value, (str, bytes, list, tuple))


# --- infinite --------------------------------------------------------------------------------

class count:
    """Return a count object whose .__next__() method returns consecutive values."""

    __slots__ = ('_value', '_step', '__weakref__')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f'count({self._value!r})'
        return f'count({self._value!r}, {step!r})'


class cycle(_Tool):
    """Return elements from the iterable until it is exhausted, then repeat the sequence."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _no_keywords('cycle', kwargs)
        _check_nargs('cycle', args, 1, 1)
        self._gen = self._run(iter(args[0]))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element


class repeat:
    """repeat(object [,times]) -> an iterator returning object times times (or forever)."""

    __slots__ = ('_object', '_times', '__weakref__')

    def __init__(self, *args, **kwargs):
        object, times = _bind('repeat', args, kwargs, ('object', 'times'), 1)
        if times is _MISSING:
            times = None
        self._object = object
        if times is not None:
            times = _as_index(times)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._times})'


# --- terminating on the shortest input -------------------------------------------------------

class accumulate(_Tool):
    """Return series of accumulated sums (or other binary function results)."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        iterable, func, initial = _bind('accumulate', args, kwargs,
                                        ('iterable', 'func', 'initial'), 1, ('initial',))
        func = None if func is _MISSING else func
        initial = None if initial is _MISSING else initial
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, total):
        if total is not None:
            yield total
        else:
            for total in it:
                yield total
                break
            else:
                return
        for element in it:
            total = total + element if func is None else func(total, element)
            yield total


class chain(_Tool):
    """Return a chain object whose .__next__() method returns elements from the first iterable
    until it is exhausted, then elements from the next iterable, until all are exhausted."""

    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        _no_keywords('chain', kwargs)
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(iterables):
        for iterable in iterables:
            yield from iter(iterable)

    @classmethod
    def from_iterable(cls, *args):
        if len(args) != 1:
            raise TypeError(f'chain.from_iterable() takes exactly one argument '
                            f'({len(args)} given)')
        self = cls.__new__(cls)
        self._gen = cls._run(iter(args[0]))
        return self

    def __class_getitem__(cls, item):
        return cls


class compress(_Tool):
    """Return data elements corresponding to true selector elements."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        data, selectors = _bind('compress', args, kwargs, ('data', 'selectors'), 2)
        self._gen = (d for d, s in zip(iter(data), iter(selectors)) if s)


class dropwhile(_Tool):
    """Drop items from the iterable while predicate(item) is true."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _no_keywords('dropwhile', kwargs)
        _check_nargs('dropwhile', args, 2, 2)
        self._gen = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        yield from it


class filterfalse(_Tool):
    """Return those items of iterable for which function(item) is false."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _no_keywords('filterfalse', kwargs)
        _check_nargs('filterfalse', args, 2, 2)
        self._gen = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(predicate, it):
        if predicate is None:
            predicate = bool
        for x in it:
            if not predicate(x):
                yield x


class _grouper(_Tool):
    __slots__ = ()


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    __slots__ = ('_it', '_keyfunc', '_tgtkey', '_currkey', '_currvalue', '_id', '__weakref__')

    def __init__(self, *args, **kwargs):
        iterable, key = _bind('groupby', args, kwargs, ('iterable', 'key'), 1)
        key = None if key is _MISSING else key
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _MARK
        self._id = None

    def __iter__(self):
        return self

    def _advance(self):
        self._currvalue = next(self._it)
        key = self._keyfunc
        self._currkey = self._currvalue if key is None else key(self._currvalue)

    def __next__(self):
        self._id = object()
        if self._currkey is _MARK:
            self._advance()
        else:
            while self._currkey is self._tgtkey or self._currkey == self._tgtkey:
                self._advance()
        self._tgtkey = self._currkey
        group = _grouper.__new__(_grouper)
        group._gen = self._group(self._tgtkey, self._id)
        return (self._currkey, group)

    def _group(self, tgtkey, ident):
        while self._id is ident and (self._currkey is tgtkey or self._currkey == tgtkey):
            yield self._currvalue
            if self._id is not ident:
                return
            try:
                self._advance()
            except StopIteration:
                return


_MARK = object()


def _islice_index(value, message):
    if value is None:
        return None
    try:
        value = _as_index(value)
    except TypeError:
        raise ValueError(message) from None
    if not 0 <= value <= _sys.maxsize:
        raise ValueError(message)
    return value


class islice(_Tool):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]) --> islice object"""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _no_keywords('islice', kwargs)
        _check_nargs('islice', args, 2, 4)
        iterable = args[0]
        if len(args) == 2:
            start, step = 0, 1
            stop = _islice_index(args[1], 'Stop argument for islice() must be None or an '
                                          'integer: 0 <= x <= sys.maxsize.')
        else:
            start = args[1]
            stop = args[2]
            step = args[3] if len(args) == 4 else None
            index_msg = ('Indices for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
            start = _islice_index(start, index_msg)
            stop = _islice_index(stop, 'Stop argument for islice() must be None or an '
                                       'integer: 0 <= x <= sys.maxsize.')
            if step is not None:
                try:
                    step = _as_index(step)
                except TypeError:
                    step = 0
                if step <= 0:
                    raise ValueError('Step for islice() must be a positive integer or None.')
            if start is None:
                start = 0
            if step is None:
                step = 1
        self._gen = self._run(iter(iterable), start, stop, step)

    @staticmethod
    def _run(it, start, stop, step):
        consumed = 0
        nexti = start
        while True:
            while consumed < nexti:
                try:
                    next(it)
                except StopIteration:
                    return
                consumed += 1
            if stop is not None and consumed >= stop:
                return
            try:
                element = next(it)
            except StopIteration:
                return
            consumed += 1
            yield element
            nexti += step
            if stop is not None and nexti > stop:
                nexti = stop


class pairwise(_Tool):
    """Return an iterator of overlapping pairs taken from the input iterator."""

    __slots__ = ()

    def __init__(self, iterable, /):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        for a in it:
            for b in it:
                yield a, b
                a = b
            return


class starmap(_Tool):
    """Return an iterator whose values are returned from the function evaluated with an
    argument tuple taken from the given sequence."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _no_keywords('starmap', kwargs)
        _check_nargs('starmap', args, 2, 2)
        self._gen = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(function, it):
        for args in it:
            yield function(*args)


class takewhile(_Tool):
    """Return successive entries from an iterable as long as the predicate evaluates to
    true for each entry."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        _no_keywords('takewhile', kwargs)
        _check_nargs('takewhile', args, 2, 2)
        self._gen = self._run(args[0], iter(args[1]))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                return


class zip_longest(_Tool):
    """Return a zip_longest object whose .__next__() method returns a tuple where the i-th
    element comes from the i-th iterable argument, filling missing values with fillvalue."""

    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None):
        self._gen = self._run([iter(it) for it in iterables], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        active = len(iterators)
        if not active:
            return
        while True:
            values = []
            for i, it in enumerate(iterators):
                if it is None:
                    values.append(fillvalue)
                    continue
                try:
                    value = next(it)
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = None
                    value = fillvalue
                values.append(value)
            yield tuple(values)


# --- tee -------------------------------------------------------------------------------------

class _TeeLink:
    __slots__ = ('value', 'next')

    def __init__(self, value):
        self.value = value
        self.next = None


class _TeeSource:
    __slots__ = ('it',)

    def __init__(self, it):
        self.it = it


class _tee:
    """Iterator wrapped to make it copyable."""

    __slots__ = ('_source', '_link', '__weakref__')

    def __init__(self, iterable):
        it = iter(iterable)
        if isinstance(it, _tee):
            self._source = it._source
            self._link = it._link
        else:
            self._source = _TeeSource(it)
            self._link = _TeeLink(None)

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._source.it)
            if link.next is None:
                link.next = _TeeLink(value)
        self._link = link.next
        return self._link.value

    def __copy__(self):
        new = _tee.__new__(_tee)
        new._source = self._source
        new._link = self._link
        return new


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copyable = it if hasattr(type(it), '__copy__') else _tee(it)
    copy = type(copyable).__copy__
    result = [copyable] * n  # MemoryError up front for an absurd n, as CPython
    for i in range(1, n):
        result[i] = copy(copyable)
    return tuple(result)


# --- combinatoric ----------------------------------------------------------------------------

def _check_r(r):
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class product(_Tool):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""

    __slots__ = ()

    def __init__(self, *iterables, **kwargs):
        for key in kwargs:
            if key != 'repeat':
                raise TypeError(f"{key!r} is an invalid keyword argument for product()")
        repeat = kwargs.get('repeat', 1)
        repeat = _as_index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        for pool in pools:
            if not pool:
                return
        n = len(pools)
        indices = [0] * n
        yield tuple(pool[0] for pool in pools)
        while True:
            for i in reversed(range(n)):
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
            else:
                return
            yield tuple(pools[i][indices[i]] for i in range(n))


class permutations(_Tool):
    """Return successive r-length permutations of elements in the iterable."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        iterable, r = _bind('permutations', args, kwargs, ('iterable', 'r'), 1)
        r = None if r is _MISSING else r
        pool = tuple(iterable)
        r = len(pool) if r is None else _check_r(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_Tool):
    """Return successive r-length combinations of elements in the iterable."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        iterable, r = _bind('combinations', args, kwargs, ('iterable', 'r'), 2)
        pool = tuple(iterable)
        self._gen = self._run(pool, _check_r(r))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Tool):
    """Return successive r-length combinations of elements in the iterable allowing
    individual elements to have successive repeats."""

    __slots__ = ()

    def __init__(self, *args, **kwargs):
        iterable, r = _bind('combinations_with_replacement', args, kwargs, ('iterable', 'r'), 2)
        pool = tuple(iterable)
        self._gen = self._run(pool, _check_r(r))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
