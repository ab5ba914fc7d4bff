# __contains__ drives 'in' and 'not in'; result is converted to bool.
class Evens:
    def __contains__(self, x):
        print('__contains__', x)
        return x % 2 == 0 and 'truthy string'
e = Evens()
print(4 in e, 3 in e, 3 not in e)
class NoContains:
    def __iter__(self):
        print('falls back to __iter__')
        return iter([1, 2, 3])
print(2 in NoContains())
class Nothing: pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
class ContainsNone:
    __contains__ = None
try:
    1 in ContainsNone()
except TypeError as e:
    print(type(e).__name__, e)
