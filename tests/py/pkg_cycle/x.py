print('x: start')
from pkg_cycle.y import Y_VALUE
X_VALUE = 'x'
