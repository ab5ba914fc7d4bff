# memoryview: an exported bytearray cannot be resized until the view is released
ba = bytearray(b'abc')
m = memoryview(ba)
try:
    ba.append(100)
except BufferError as e:
    print('BufferError', e)
try:
    ba.extend(b'xyz')
except BufferError as e:
    print('BufferError', e)
ba[0] = 65
print(ba, m.tobytes())
m.release()
ba.append(100)
print(ba)
with memoryview(ba) as m2:
    print(m2.tolist(), m2.hex(), list(m2[1:3]))
ba.clear()
print(ba)
print(memoryview(b'ab').tolist(), memoryview(bytearray(3)).tobytes())
