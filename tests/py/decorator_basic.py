# Simple decorators: wrapping, replacing, decorator application time.
def trace(fn):
    print('decorating', fn.__name__)
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print('returned', result)
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
print('defined')
add(1, b=2)
print(add.__name__)
def replace(fn):
    return 'not a function anymore'
@replace
def gone(): pass
print(gone)
