print('b: start')
from pkg_cycle import a
print('b: a is partially initialized, has VALUE:', hasattr(a, 'VALUE'))
VALUE = 'B'
def use_a():
    return 'b sees ' + a.VALUE
print('b: end')
