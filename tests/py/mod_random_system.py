# random.SystemRandom: draws from os.urandom (only properties of the results are printed)
import random
r = random.SystemRandom()
x = r.random(); print(0 <= x < 1, type(x).__name__)
print(r.getrandbits(0), r.getrandbits(13) < 2**13, 1 <= r.randint(1, 6) <= 6, len(r.randbytes(5)), r.choice("a"), sorted(r.sample(range(5), 5)))
print(r.seed(3))
try:
    r.getstate()
except NotImplementedError as e:
    print("NotImplementedError", e)
