# str: startswith/endswith with tuples, ranges, empty prefixes and type errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = 'hello world'
t(lambda: s.startswith('hello'))
t(lambda: s.startswith('world'))
t(lambda: s.startswith('world', 6))
t(lambda: s.startswith(('x', 'he')))
t(lambda: s.startswith(()))
t(lambda: s.startswith(''))
t(lambda: s.startswith('', 11))
t(lambda: s.startswith('', 12))
t(lambda: s.startswith('lo', 3, 5))
t(lambda: s.startswith('lo', 3, 4))
t(lambda: s.startswith('o w', -7))
t(lambda: s.endswith('world'))
t(lambda: s.endswith(('xyz', 'ld')))
t(lambda: s.endswith('hello', 0, 5))
t(lambda: s.endswith('hell', 0, -7))
t(lambda: s.endswith('', 5, 3))
t(lambda: s.startswith(['he']))
t(lambda: s.startswith(('he', 1)))
t(lambda: s.endswith(1))
t(lambda: s.startswith(b'h'))
