# builtin_hasattr: hasattr swallows only AttributeError; properties and __getattr__ are consulted
class C:
    x = 1
    @property
    def ok(self):
        return 'fine'
    @property
    def broken(self):
        raise AttributeError('inner missing')
    @property
    def exploding(self):
        raise ValueError('kaboom')
c = C()
print(hasattr(c, 'x'), hasattr(c, 'ok'), hasattr(c, 'broken'), hasattr(c, 'missing'), hasattr(C, 'ok'))
try:
    hasattr(c, 'exploding')
except ValueError as e:
    print('ValueError', e)
class Dyn:
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(name)
print(hasattr(Dyn(), 'dyn_thing'), hasattr(Dyn(), 'other'), getattr(Dyn(), 'dyn_x'))
print(hasattr(1, 'real'), hasattr('s', 'upper'), hasattr(None, '__class__'), hasattr(len, '__call__'), hasattr([], 'nope'))
try:
    hasattr(c, 1)
except TypeError as e:
    print('TypeError', e)
