# memoryview: len, indexing bytes, slicing (shares memory), tolist, tobytes, readonly, release
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(b'abcdef')
t(lambda: len(m))
t(lambda: m[0])
t(lambda: m[-1])
t(lambda: m[1:4].tobytes())
t(lambda: m.tolist())
t(lambda: m[::2].tolist())
t(lambda: m.readonly)
t(lambda: m.format)
t(lambda: m.itemsize)
t(lambda: m.nbytes)
t(lambda: m.ndim)
t(lambda: m.shape)
t(lambda: bytes(m[2:]))
t(lambda: m == b'abcdef')
t(lambda: m[10])
def w():
    m[0] = 1
t(w)
ba = bytearray(b'xyz')
mv = memoryview(ba)
mv[0] = ord('X')
mv[1:3] = b'YZ'
t(lambda: ba)
t(lambda: mv.readonly)
sub = mv[1:]
sub[0] = ord('q')
t(lambda: ba)
def w2():
    mv[0:1] = b'too long'
t(w2)
mv.release()
sub.release()
t(lambda: mv[0])
t(lambda: len(mv))
with memoryview(b'ctx') as cm:
    print(cm.tobytes())
t(lambda: cm.tolist())
t(lambda: memoryview('str'))
