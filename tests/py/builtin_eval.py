# builtin_eval: eval() of expressions with explicit globals/locals, builtins access, and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: eval('1 + 2 * 3'))
t(lambda: eval('x + y', {'x': 1, 'y': 2}))
t(lambda: eval('x + y', {'x': 1}, {'y': 10}))
t(lambda: eval('x', {'x': 'global'}, {'x': 'local'}))
t(lambda: eval('len("abc")', {}))
t(lambda: eval('len("abc")', {'__builtins__': {}}))
t(lambda: eval('[a * 2 for a in range(3)]'))
t(lambda: eval('  42  '))
t(lambda: eval('\t7'))
t(lambda: eval('undefined_name'))
t(lambda: eval('1 +'))
t(lambda: eval('x = 1'))
t(lambda: eval(''))
t(lambda: eval(5))
t(lambda: eval('1', []))
t(lambda: eval('1', {}, 5))
g = {}
eval('1', g)
print('__builtins__' in g)
class M:
    def __getitem__(self, key):
        if key == 'magic':
            return 99
        raise KeyError(key)
t(lambda: eval('magic + 1', {}, M()))
t(lambda: eval('other', {}, M()))
t(lambda: eval(b'2 ** 10'))
t(lambda: eval('(lambda q: q * 3)(5)', {}))
