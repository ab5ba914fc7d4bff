# __getattr__ is only called when normal lookup fails.
class A:
    real = 'real attribute'
    def __init__(self): self.inst = 'instance attribute'
    def __getattr__(self, name):
        print('__getattr__', name)
        if name.startswith('dyn_'):
            return name[4:].upper()
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
a = A()
print(a.real, a.inst)
print(a.dyn_hello)
try:
    a.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(a, 'missing', 'default'))
print(hasattr(a, 'dyn_x'), hasattr(a, 'nope'))
