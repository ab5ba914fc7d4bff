# __setattr__ intercepts all assignments including in __init__; object.__setattr__ does the storing.
class Strict:
    allowed = {'a', 'b'}
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print('setattr', name, value)
        if name not in self.allowed:
            raise AttributeError(f'cannot set {name}')
        object.__setattr__(self, name, value)
s = Strict()
s.b = 2
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(vars(s))
setattr(s, 'a', 10)
print(s.a)
class Upper:
    def __setattr__(self, name, value):
        super().__setattr__(name.upper(), value)
u = Upper()
u.val = 5
print(vars(u))
