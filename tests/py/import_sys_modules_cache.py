# A module is executed once; later imports reuse sys.modules; removing it forces re-execution.
import sys
import pkg_err.counter
import pkg_err.counter
from pkg_err import counter
print(counter.loads, counter is sys.modules['pkg_err.counter'])
counter.loads += 1
import pkg_err.counter as again
print(again.loads)
del sys.modules['pkg_err.counter']
import pkg_err.counter as fresh
print(fresh.loads, fresh is counter)
sys.modules['fake_module_name'] = 'any object works'
import fake_module_name
print(fake_module_name)
