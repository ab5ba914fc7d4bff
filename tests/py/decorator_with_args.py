# Decorator factories taking arguments; arbitrary expressions as decorators (3.9+).
def repeat(n):
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('bob'))
registry = {}
def register(key):
    def deco(fn):
        registry[key] = fn
        return fn
    return deco
@register('a')
def fa(): return 'A'
@register(key='b')
def fb(): return 'B'
print(sorted(registry), registry['a'](), fb())
decos = [repeat(2), repeat(1)]
@decos[0]
def two(): return 2
print(two())
@(lambda fn: fn.__name__.upper())
def lowercase(): pass
print(lowercase)
