# SystemExit can be caught; its code attribute reflects the argument.
import sys
for arg in [(), (0,), (2,), ('message',), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e), repr(e.code), e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(repr(e), repr(e.code))
print('still running')
sys.exit(0)
