# Builtins are looked up after globals; assigning a global shadows, deleting restores.
def use():
    return abs(-3)
print(use())
abs = lambda v: 'global abs'
print(use())
del abs
print(use())
try:
    del abs
except NameError as e:
    print(type(e).__name__, e)
def local_shadow():
    len = 5
    return len
print(local_shadow(), len('ab'))
g = {}
exec('print(abs(-7)); abs = 1; print(abs)', g)
print(g['abs'], abs(-1))
