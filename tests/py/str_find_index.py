# str: find/rfind/index/rindex with start/end (incl. negative and None) and the error messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = 'abracadabra'
for m in ('find', 'rfind', 'index', 'rindex'):
    f = getattr(s, m)
    t(lambda: f('a'))
    t(lambda: f('bra'))
    t(lambda: f('a', 1))
    t(lambda: f('a', 1, 3))
    t(lambda: f('a', -4))
    t(lambda: f('a', -4, -1))
    t(lambda: f('a', None, 5))
    t(lambda: f(''))
    t(lambda: f('', 11))
    t(lambda: f('', 12))
    t(lambda: f('z'))
    t(lambda: f('a', 100))
t(lambda: s.find(1))
t(lambda: s.index('a', 'x'))
t(lambda: '😀a😀'.find('a'), )
t(lambda: '😀a😀'.rindex('😀'))
t(lambda: s.find('a', 5, 2))
