# NameError messages, including "Did you mean" suggestions not being part of str(e).
try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e, e.args)
def f():
    return also_undefined
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
prnt_like = 1
try:
    prnt('x')
except NameError as e:
    print(type(e).__name__, e, getattr(e, 'name', 'no name attr'))
