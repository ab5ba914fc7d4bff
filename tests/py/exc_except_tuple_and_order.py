# Handler matching: tuples of classes, first matching clause wins, base before derived.
class Base(Exception): pass
class Derived(Base): pass
for exc in [Derived('d'), Base('b'), TypeError('t')]:
    try:
        raise exc
    except Base as e:
        print('Base clause got', type(e).__name__)
    except Derived:
        print('unreachable')
    except (TypeError, ValueError) as e:
        print('tuple clause got', type(e).__name__)
try:
    raise Derived()
except (Derived, Base) as e:
    print('tuple matched', type(e).__name__)
try:
    try:
        raise ValueError
    except 'not a class':
        pass
except TypeError as e:
    print(type(e).__name__, e)
