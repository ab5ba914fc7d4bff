# __getattribute__ intercepts every lookup, and falls back to __getattr__ on AttributeError.
class Logged:
    def __init__(self): self.x = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('lookup', name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f'fallback {name}'
    def method(self): return 'method result'
l = Logged()
print(l.x)
print(l.method())
print(l.nothing)
class Hide:
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('hidden')
        return super().__getattribute__(name)
h = Hide()
h.secret = 1
try:
    h.secret
except AttributeError as e:
    print(type(e).__name__, e)
print(h.__dict__)
