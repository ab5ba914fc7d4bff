# Raising things that are not exceptions is a TypeError; raising a class instantiates it.
for thing in [42, 'text', None, object]:
    try:
        raise thing
    except TypeError as e:
        print(type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print('class raised, instance caught:', type(e).__name__, e.args)
class NeedsArg(Exception):
    def __init__(self, a):
        super().__init__(a)
try:
    raise NeedsArg
except TypeError as e:
    print(type(e).__name__, e)
