# bytearray: construction, repr, indexing, item/slice assignment, deletion, len
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b'hello')
print(ba, repr(ba), str(ba), len(ba), ba[0], ba[-1], ba[1:3])
ba[0] = 72
print(ba)
ba[1:3] = b'EY'
print(ba)
ba[1:3] = b''
print(ba)
ba[0:0] = b'>>'
print(ba)
del ba[0]
print(ba)
del ba[::2]
print(ba)
ba[::-1] = b'AB'
print(ba)
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(b'\x00\xff'))
def a1(): ba[0] = 256
def a2(): ba[0] = -1
def a3(): ba[0] = b'a'
def a4(): ba[100] = 1
def a5(): ba[::2] = b'abcdef'
def a6(): ba[0:1] = 5
t(a1); t(a2); t(a3); t(a4); t(a5); t(a6)
t(lambda: ba[10])
t(lambda: bytearray(-1))
