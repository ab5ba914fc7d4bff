print('y: start')
from pkg_cycle.x import X_VALUE
Y_VALUE = 'y'
