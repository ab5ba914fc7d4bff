# getattr/setattr/hasattr/delattr with computed names, non-identifier names, and type errors.
class A: pass
a = A()
setattr(a, 'with space', 1)
setattr(a, '123', 2)
print(getattr(a, 'with space'), vars(a))
try:
    setattr(a, 5, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(a, None)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr(a, 'nope', None), hasattr(a, '123'))
try:
    getattr(a, 'nope')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(object(), 'x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(int, 'x', 1)
except TypeError as e:
    print(type(e).__name__, e)
