# int: to_bytes with byteorder, signed, default arguments, and overflow errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: (1024).to_bytes(2, 'big'))
t(lambda: (1024).to_bytes(2, 'little'))
t(lambda: (1024).to_bytes(4, byteorder='big'))
t(lambda: (255).to_bytes())
t(lambda: (0).to_bytes(0, 'big'))
t(lambda: (1).to_bytes(0, 'big'))
t(lambda: (256).to_bytes(1, 'big'))
t(lambda: (-1).to_bytes(2, 'big'))
t(lambda: (-1).to_bytes(2, 'big', signed=True))
t(lambda: (-129).to_bytes(1, 'big', signed=True))
t(lambda: (-128).to_bytes(1, 'big', signed=True))
t(lambda: (127).to_bytes(1, 'little', signed=True))
t(lambda: (128).to_bytes(1, 'little', signed=True))
t(lambda: (2**64 - 1).to_bytes(8, 'big'))
t(lambda: (2**70).to_bytes(10, 'little'))
t(lambda: (1).to_bytes(2, 'middle'))
t(lambda: (1).to_bytes(-1, 'big'))
t(lambda: (65).to_bytes(3, 'big'))
