# A generator-driven context manager written by hand (no contextlib).
class GenCM:
    def __init__(self, gen): self.gen = gen
    def __enter__(self): return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        else:
            try:
                self.gen.throw(ev)
            except StopIteration:
                return True
            except BaseException as e:
                if e is ev:
                    return False
                raise
def managed(name):
    print('setup', name)
    try:
        yield name.upper()
    except KeyError:
        print('generator handled KeyError')
    finally:
        print('teardown', name)
with GenCM(managed('a')) as v:
    print('using', v)
with GenCM(managed('b')):
    raise KeyError('k')
try:
    with GenCM(managed('c')):
        raise ValueError('v')
except ValueError as e:
    print('propagated', e)
