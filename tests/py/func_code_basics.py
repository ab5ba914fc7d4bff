# Basic __code__ attributes: co_name, co_argcount, co_varnames, co_kwonlyargcount, co_posonlyargcount.
def f(a, b, /, c, d=1, *args, e, f=2, **kw):
    local = 1
    return local
co = f.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_filename.endswith('func_code_basics.py'), co.co_firstlineno)
lam = lambda x, y=1: x
print(lam.__code__.co_name, lam.__code__.co_argcount)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08), bool(lam.__code__.co_flags & 0x04))
def gen():
    yield 1
print(bool(gen.__code__.co_flags & 0x20), bool(f.__code__.co_flags & 0x20))
