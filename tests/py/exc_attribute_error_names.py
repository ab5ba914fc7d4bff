# AttributeError name/obj attributes and messages for instances, classes, modules, None.
class A:
    x = 1
try:
    A().missing
except AttributeError as e:
    print(e, '|', e.name, type(e.obj).__name__)
try:
    A.missing_cls
except AttributeError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    (5).bar
except AttributeError as e:
    print(e)
import sys
try:
    sys.no_such_thing
except AttributeError as e:
    print(e)
try:
    A().x = 1
    del A().x
except AttributeError as e:
    print(e)
