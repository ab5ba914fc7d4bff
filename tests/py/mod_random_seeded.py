# random: CPython's exact sequences for int and float seeds (MT19937 and the derived methods)
import random

out = []
for s in [0, 1, 42, 2**40 + 7, -5, 10**30, 1.5]:
    random.seed(s)
    print("seed", s)
    print([random.random() for _ in range(3)])
    print([random.getrandbits(k) for k in (0, 1, 31, 32, 33, 64, 100)])
    print([random.randint(1, 6) for _ in range(10)], random.randrange(0, 100, 7), random.randrange(10), random.randrange(-50, 10**20), random.randrange(10, 0, -3))
    print(random.choice("abcdefg"), random.choice([1, 2, 3]), random.choice(range(1000)))
    l = list(range(20))
    random.shuffle(l)
    print(l)
    print(random.sample(range(100), 10), random.sample(range(10**6), 30), random.sample(["a", "b", "c"], 3, counts=[2, 1, 3]))
    print(random.choices("abc", k=5), random.choices("abc", [1, 5, 2], k=5), random.choices("abc", cum_weights=[1, 5, 20], k=5))
    print([random.uniform(1, 3), random.gauss(), random.gauss(1, 2), random.normalvariate(), random.expovariate(2), random.triangular(0, 10, 3)])
    print(random.randbytes(7))
st = random.getstate()
a = random.random()
random.setstate(st)
print(a == random.random(), len(st[1]), st[0])
r = random.Random(123)
print(r.random(), r.randint(0, 1000), random.Random(123).random() == random.Random(123).random())

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(random.randrange, 0)
t(random.randrange, 5, 5)
t(random.randrange, 0, 10, 0)
t(random.randrange, 10, 0, 2)
t(random.randint, 5, 1)
t(random.choice, [])
t(random.sample, range(3), 5)
t(random.sample, range(3), -1)
t(random.getrandbits, -1)
t(random.choices, "ab", [1], k=2)
t(random.choices, "ab", [0, 0])
t(random.choices, "ab", [1, 1], cum_weights=[1, 2])
t(random.randrange, "a")
t(random.getrandbits, 2.0)
