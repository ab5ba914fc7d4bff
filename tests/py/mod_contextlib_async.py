# contextlib async helpers, collections/copy interplay
from contextlib import asynccontextmanager, AsyncExitStack, ExitStack, contextmanager
import types, collections, copy, abc

@asynccontextmanager
async def acm(x):
    print('enter', x)
    try:
        yield x * 2
    finally:
        print('exit', x)

async def main():
    async with acm(1) as v:
        print('got', v)
    try:
        async with acm(2):
            raise KeyError('k')
    except KeyError as e:
        print('KeyError', e)
    async with AsyncExitStack() as st:
        v = await st.enter_async_context(acm(3))
        st.callback(print, 'sync cb')
        print('v', v)
    return 'done'

c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

print(dir(types.SimpleNamespace(a=1))[-1], repr(types.SimpleNamespace(x=types.SimpleNamespace())))
print(collections.OrderedDict(a=1).keys(), collections.Counter('aab').items())
print(type(collections.Counter('ab')).__mro__)
print(collections.abc.Sequence.__abstractmethods__)
print(isinstance(collections.deque(), collections.abc.Sequence), isinstance(collections.OrderedDict(), collections.abc.MutableMapping))
print(collections.namedtuple('A', 'x')(1).__class__.__mro__)
Point = collections.namedtuple('Point', 'x y')
print(copy.copy(Point(1, [2])), copy.deepcopy(Point(1, [2])))
print(copy.deepcopy(collections.OrderedDict(a=[1])), copy.deepcopy(collections.defaultdict(list, a=[1])))
print(copy.deepcopy(collections.deque([1, [2]], maxlen=4)), copy.copy(collections.Counter('aab')))
print(copy.deepcopy(types.SimpleNamespace(a=[1])))
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
print(dir(A)[:3], A.__mro__)
with ExitStack() as s:
    s.enter_context(contextmanager(lambda: (yield 1))())
