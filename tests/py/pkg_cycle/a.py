print('a: start')
from pkg_cycle import b
print('a: imported b, b.VALUE =', b.VALUE)
VALUE = 'A'
def use_b():
    return 'a sees ' + b.VALUE
print('a: end')
