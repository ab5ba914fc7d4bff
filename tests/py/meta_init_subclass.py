# __init_subclass__ is called for each subclass, with keyword arguments; implicit classmethod.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        print('registering', cls.__name__, name)
        Plugin.registry.append(name or cls.__name__)
class A(Plugin, name='alpha'): pass
class B(Plugin): pass
class C(A, name='gamma'): pass
print(Plugin.registry)
try:
    class D(Plugin, bogus=1, name='d'): pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(Plugin.__dict__['__init_subclass__']).__name__)
