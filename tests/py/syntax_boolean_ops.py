# and/or return operands, short-circuit; not returns bool.
def v(x):
    print('eval', repr(x))
    return x
print(v(0) and v(1))
print(v(2) and v(3))
print(v('') or v('default'))
print(v('x') or v('y'))
print(not v([]), not v([0]))
print([] or {} or 0 or None)
print(1 and 2 and 3, 1 and 0 and 3)
x = None
print(x or 'fallback', x and x.attr)
