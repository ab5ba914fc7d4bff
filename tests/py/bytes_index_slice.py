# bytes: indexing gives ints, slicing gives bytes, iteration, membership and immutability
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = b'hello world'
t(lambda: b[0])
t(lambda: b[-1])
t(lambda: b[0:1])
t(lambda: b[::-1])
t(lambda: b[::3])
t(lambda: b[100:])
t(lambda: b[11])
t(lambda: b[-12])
t(lambda: b['a'])
t(lambda: list(b[:3]))
t(lambda: 104 in b)
t(lambda: b'wor' in b)
t(lambda: b'' in b)
t(lambda: 256 in b)
t(lambda: 'h' in b)
t(lambda: [x for x in b'AZ'])
def assign():
    b[0] = 72
t(assign)
t(lambda: b + b'!')
t(lambda: b + '!')
t(lambda: b + bytearray(b'?'))
t(lambda: b * 2)
t(lambda: b'ab' * -1)
