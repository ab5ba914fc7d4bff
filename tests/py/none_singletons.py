# none: None, Ellipsis and NotImplemented reprs, types, truthiness and identity
print(None, repr(None), str(None), type(None).__name__)
print(..., repr(...), Ellipsis, type(...).__name__, ... is Ellipsis)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(bool(None), bool(...), not None)
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
print(None == None, None is None, None == 0, None != False, None == '')
print([None, ..., NotImplemented])
print({None: 1, ...: 2})
print(f"{None}", f"{None!r}", f"{None!s:>6}|", '%s %r' % (None, ...))
print(format(None), format(..., ''))
try:
    format(None, '>6')
except Exception as e:
    print(type(e).__name__, e)
try:
    format(None, 'd')
except Exception as e:
    print(type(e).__name__, e)
try:
    None.foo
except Exception as e:
    print(type(e).__name__, e)
try:
    n = None
    n()
except Exception as e:
    print(type(e).__name__, e)
try:
    None < None
except Exception as e:
    print(type(e).__name__, e)
print(hash(None) == hash(None), (lambda: None)() is None)
def f():
    pass
print(f(), type(f()))
print(None.__class__, Ellipsis.__class__, NotImplemented.__class__)
print(None.__bool__(), None.__eq__(None), None.__eq__(1), None.__ne__(1))
