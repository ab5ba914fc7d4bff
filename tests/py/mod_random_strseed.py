# random: seeding from str, bytes and bytearray (version 2: the bytes followed by their SHA-512)
import random

for s in ["", "hello", "é€ unicode", b"bytes", bytearray(b"ba"), "x" * 300]:
    random.seed(s)
    print(repr(s)[:20], [random.random() for _ in range(3)], random.randint(1, 100), random.choice("abcdef"))
r = random.Random("course")
print(r.sample(range(50), 5))
try:
    random.seed([1, 2])
except Exception as e:
    print(type(e).__name__, e)
