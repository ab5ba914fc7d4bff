# Using object.__getattribute__/__setattr__ to avoid infinite recursion in proxies.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, '_log', [])
    def __getattr__(self, name):
        self._log.append(('get', name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(('set', name))
        setattr(self._target, name, value)
class T:
    def __init__(self): self.v = 1
t = T()
p = Proxy(t)
print(p.v)
p.v = 99
print(t.v, p.v)
print(p._log)
class Broken:
    def __getattr__(self, name):
        return self.missing_too
try:
    Broken().x
except RecursionError as e:
    print(type(e).__name__, 'maximum recursion depth exceeded' in str(e))
