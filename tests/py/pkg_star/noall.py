import sys as _sys_alias
import sys
alpha = 1
beta = 2
_hidden = 3
def func(): return 'func'
class Klass: pass
