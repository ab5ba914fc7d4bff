# frozenset: construction, repr, hashing (usable as dict key / set element), immutability, operators
f = frozenset([3, 1, 2, 1])
print(f, repr(frozenset()), frozenset(), frozenset(range(3)), len(f))
print(hash(f) == hash(frozenset({1, 2, 3})), {f: 'ok'}[frozenset([1, 2, 3])], frozenset() in {frozenset(): 1})
print(f | {4}, f & {1, 9}, f - {1}, f ^ {1, 5}, type(f | {4}).__name__)
print(f.union([7]), f.issubset(range(5)), f.isdisjoint([8]), f.copy() is f)
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError', e)
try:
    f |= {9}
    print('rebound', f, type(f).__name__)
except Exception as e:
    print(type(e).__name__, e)
nested = frozenset([frozenset([1]), frozenset([2, 3])])
print(len(nested), frozenset([2, 3]) in nested)
print(frozenset('ab') == {'a', 'b'}, sorted(frozenset('hello')))
print(frozenset([1, 2]) == frozenset([2, 1]), hash(frozenset()) == hash(frozenset([])))
try:
    frozenset([[1]])
except TypeError as e:
    print('TypeError', e)
class FS(frozenset):
    pass
x = FS([1, 2])
print(x, repr(FS()), type(x | {3}).__name__)
