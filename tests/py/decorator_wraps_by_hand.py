# Copying metadata by hand (like functools.wraps) and __wrapped__.
def my_wraps(wrapped):
    def apply(wrapper):
        for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return apply
def logged(fn):
    @my_wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@logged
def compute(x):
    """Compute things."""
    return x + 1
compute.tag = 'after'
print(compute.__name__, compute.__qualname__, compute.__doc__, compute(1))
print(compute.__wrapped__.__name__, compute.__wrapped__(5), sorted(compute.__dict__))
def plain(fn):
    def wrapper(): pass
    return wrapper
@plain
def named(): pass
print(named.__name__, named.__qualname__)
