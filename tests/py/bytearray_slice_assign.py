# bytearray: slice assignment growing/shrinking, from iterables of ints, extended slices, self-assignment
def show(label, ba):
    print(label, ba, len(ba))
ba = bytearray(range(65, 75))
show('start', ba)
ba[2:5] = [120, 121]
show('shrink', ba)
ba[0:1] = b'1234'
show('grow', ba)
ba[-2:] = bytearray(b'!')
show('tail', ba)
ba[::3] = bytes(len(ba[::3]))
show('ext', ba)
ba[:] = ba[::-1]
show('self', ba)
ba[len(ba):] = range(97, 100)
show('append-range', ba)
ba[3:3] = memoryview(b'MV')
show('memoryview', ba)
del ba[1:-1:2]
show('del-ext', ba)
del ba[:]
show('cleared', ba)
for bad in ([300], ['a'], 5, None):
    try:
        b2 = bytearray(b'abc')
        b2[0:1] = bad
        print(b2)
    except Exception as e:
        print(type(e).__name__, e)
