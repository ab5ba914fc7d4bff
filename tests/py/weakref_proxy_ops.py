# weakref.proxy forwards operators to its referent: iteration, truth, containment, items,
# comparisons, arithmetic (both sides unwrapped), in-place ops, index; unhashable; dead -> ReferenceError.
import weakref
class A:
    def __init__(s): s.l=[1,2]; s.v=5
    def __iter__(s): return iter(s.l)
    def __contains__(s, x): return x in s.l
    def __bool__(s): return False
    def __add__(s, o): return 'add'
    def __radd__(s, o): return 'radd'
    def __iadd__(s, o): return 'iadd'
    def __lt__(s, o): return 'lt'
    def __eq__(s, o): return 'eq'
    def __setitem__(s, k, v): print('set', k, v)
    def __delitem__(s, k): print('del', k)
    def __neg__(s): return 'neg'
    def __index__(s): return 3
    def __len__(s): return 7
    def __getitem__(s, k): return k * 2
a=A(); p=weakref.proxy(a)
print(list(p), 1 in p, bool(p), p+1, 1+p, p<1, p==1, -p, [0,1,2,3,4][p], len(p), p[4])
p[1]=2; del p[1]
q = p
q += 1
print(q)
try: hash(p)
except TypeError as e: print(e)
del p.v
print(hasattr(a,'v'))
print(p == p, p.__class__)
n = weakref.proxy(a)
class It:
    def __init__(s): s.i = 0
    def __iter__(s): return s
    def __next__(s):
        s.i += 1
        return s.i
iter_obj = It()
it = weakref.proxy(iter_obj)
print(next(it), next(it))
try: next(p)
except TypeError as e: print(e)
class Num:
    def __init__(s, v): s.v = v
    def __mul__(s, o): return s.v * (o.v if isinstance(o, Num) else o)
x, y = Num(3), Num(4)
print(weakref.proxy(x) * weakref.proxy(y))
del a
try: bool(p)
except ReferenceError as e: print('ReferenceError', e)
try: p + 1
except ReferenceError as e: print('ReferenceError', e)
