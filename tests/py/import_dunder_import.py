# __import__ returns the top-level package unless fromlist is given.
m = __import__('pkg_basic.util')
print(m.__name__)
m2 = __import__('pkg_basic.util', fromlist=['helper'])
print(m2.__name__, m2.helper(1))
m3 = __import__('pkg_star', globals(), locals(), ['public'], 0)
print(m3.public)
try:
    __import__('')
except ValueError as e:
    print(type(e).__name__, e)
