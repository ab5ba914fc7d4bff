# errmsg: broken iteration protocols: __iter__ returning non-iterators, missing __next__, errors inside __next__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class RetList:
    def __iter__(self):
        return [1, 2]
class NoNext:
    def __iter__(self):
        return self
class Raises:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError('broken next')
class GetitemTypeError:
    def __getitem__(self, i):
        raise TypeError('bad index handling')
t(lambda: list(RetList()))
t(lambda: [x for x in RetList()])
t(lambda: list(NoNext()))
t(lambda: list(Raises()))
t(lambda: sum(Raises()))
t(lambda: list(GetitemTypeError()))
t(lambda: 1 in GetitemTypeError())
t(lambda: next(NoNext()))
t(lambda: dict(RetList()))
t(lambda: set(Raises()))
t(lambda: sorted(NoNext()))
t(lambda: ''.join(RetList()))
