# contextlib: contextmanager (exceptions, errors), ContextDecorator, suppress, redirects, closing, nullcontext, ExitStack
import sys
import io
from contextlib import (contextmanager, suppress, redirect_stdout, redirect_stderr, closing,
                        nullcontext, ExitStack, ContextDecorator, AbstractContextManager)

@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')

with tag('p') as t:
    print('inside', t)
try:
    with tag('div'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)
print(tag.__name__, tag.__doc__)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    raise KeyError('k')
print('after swallow')

@contextmanager
def no_yield():
    if False:
        yield
@contextmanager
def two_yields():
    yield 1
    yield 2
@contextmanager
def ignore_throw():
    try:
        yield
    except Exception:
        yield
for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
try:
    with ignore_throw():
        raise ValueError
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def reraise_other():
    try:
        yield
    except ValueError as e:
        raise TypeError('converted') from e
try:
    with reraise_other():
        raise ValueError('orig')
except TypeError as e:
    print('TypeError', e, repr(e.__cause__))

@contextmanager
def stop_inside():
    yield
try:
    with stop_inside():
        raise StopIteration('si')
except StopIteration as e:
    print('StopIteration', e)

@tag('decorated')
def work(x):
    print('working', x)
    return x * 2
print(work(21))

class mycontext(ContextDecorator):
    def __enter__(self):
        print('Starting')
        return self
    def __exit__(self, *exc):
        print('Finishing', exc[0])
        return False
@mycontext()
def function():
    print('The bit in the middle')
function()
with mycontext():
    print('in with')

with suppress(KeyError, IndexError):
    {}['x']
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print('IndexError', e)

f = io.StringIO()
with redirect_stdout(f):
    print('captured')
    help_text = 'x'
print(repr(f.getvalue()))
g = io.StringIO()
with redirect_stderr(g):
    print('err', file=sys.stderr)
print(repr(g.getvalue()))

class Res:
    def close(self):
        print('closed')
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(42) as v:
    print(v)
with nullcontext() as v:
    print(v)

with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag(f't{i}'))
    stack.callback(print, 'callback', 1, end='!\n')
    print('body')

def cleanup_a(*a):
    print('exit handler', a[0])
    return True
with ExitStack() as stack:
    stack.push(cleanup_a)
    raise ValueError('eaten')
print('eaten ok')

with ExitStack() as stack:
    stack.callback(print, 'not yet')
    moved = stack.pop_all()
print('stack closed')
moved.close()

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError('first')
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, repr(e.__context__))
try:
    with ExitStack() as s:
        s.enter_context(5)
except TypeError as e:
    print('TypeError', e)

class CM(AbstractContextManager):
    def __exit__(self, *a):
        return None
with CM() as c:
    print(type(c).__name__, isinstance(c, AbstractContextManager), isinstance(open, AbstractContextManager))
class Duck:
    def __enter__(self): return self
    def __exit__(self, *a): pass
print(issubclass(Duck, AbstractContextManager), issubclass(int, AbstractContextManager))
