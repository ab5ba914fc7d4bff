# str: join with various iterables and its TypeError messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ','.join(['a', 'b', 'c']))
t(lambda: ''.join(['x']))
t(lambda: '-'.join([]))
t(lambda: ', '.join('abc'))
t(lambda: '|'.join(('1', '2')))
t(lambda: '+'.join(str(i) for i in range(5)))
t(lambda: ' '.join({'k1': 1, 'k2': 2}))
t(lambda: ','.join(['a', 1, 'b']))
t(lambda: ','.join(['a', None]))
t(lambda: ','.join([b'a']))
t(lambda: ','.join(5))
t(lambda: ','.join(['a'], ['b']))
t(lambda: '\u00e9'.join(['\U0001F600', 'z']))
t(lambda: str.join('.', ['a', 'b']))
class S(str):
    pass
t(lambda: type(''.join([S('q')])).__name__)
t(lambda: ''.join([S('q'), 'r']))
