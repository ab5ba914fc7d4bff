# builtin_all_any: all()/any() on empty and mixed iterables, short-circuiting, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: all([]))
t(lambda: any([]))
t(lambda: all([1, 2, 3]))
t(lambda: all([1, 0, 3]))
t(lambda: any([0, '', None, 0.0]))
t(lambda: any([0, 'x']))
t(lambda: all('abc'))
t(lambda: any({}))
t(lambda: all({0: 'a'}))
t(lambda: any(x > 3 for x in range(5)))
seen = []
def gen():
    for i in range(10):
        seen.append(i)
        yield i
t(lambda: any(v == 2 for v in gen()))
print(seen)
seen.clear()
t(lambda: all(v < 3 for v in gen()))
print(seen)
t(lambda: all(5))
t(lambda: any(None))
t(lambda: type(all([1, 'x'])).__name__)
t(lambda: any([[]]))
t(lambda: any([[0]]))
