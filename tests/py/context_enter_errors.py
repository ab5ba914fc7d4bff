# Objects lacking __enter__/__exit__ fail with 3.11 TypeError messages; exceptions in __enter__ skip __exit__.
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
for obj in [NoEnter(), NoExit(), 5]:
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class FailEnter:
    def __enter__(self):
        raise ValueError('enter failed')
    def __exit__(self, *a):
        print('exit should not run')
try:
    with FailEnter():
        print('body should not run')
except ValueError as e:
    print(type(e).__name__, e)
