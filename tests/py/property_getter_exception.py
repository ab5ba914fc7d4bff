# AttributeError raised inside a property getter falls back to __getattr__.
class A:
    @property
    def broken(self):
        raise AttributeError('inner problem')
    def __getattr__(self, name):
        return f'__getattr__({name})'
print(A().broken)
class B:
    @property
    def broken(self):
        raise AttributeError('inner problem')
try:
    B().broken
except AttributeError as e:
    print(type(e).__name__, e)
class C:
    @property
    def boom(self):
        raise KeyError('not an AttributeError')
    def __getattr__(self, name):
        return 'not used'
try:
    C().boom
except KeyError as e:
    print(type(e).__name__, e)
