# Decorators keeping state in closures and on function attributes (memoization, call counting).
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
calls = 0
@memoize
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), calls, len(fib.cache))
def counted(fn):
    def wrapper(*a, **k):
        wrapper.count += 1
        return fn(*a, **k)
    wrapper.count = 0
    return wrapper
@counted
def noop(): pass
for _ in range(5):
    noop()
print(noop.count)
