# math: rounding to int, integer functions (factorial, comb, perm, gcd, lcm, isqrt), fsum, prod, hypot, dist
import math

def t(label, f, *a, **k):
    try:
        print(label, repr(f(*a, **k)))
    except Exception as e:
        print(label, type(e).__name__, e)

for v in [1.5, -1.5, 2.0, -0.0, 1e20, -1e300, 7, True, 2**100, float("inf"), float("nan"), "x", None]:
    for name in ["ceil", "floor", "trunc"]:
        t(name + " " + repr(v), getattr(math, name), v)

class R:
    def __ceil__(self): return "ceil!"
    def __floor__(self): return "floor!"
    def __trunc__(self): return "trunc!"
    def __float__(self): return 3.5
class FloatOnly:
    def __float__(self): return 3.5
class MyFloat(float):
    def __floor__(self): return "myfloor"
print(math.ceil(R()), math.floor(R()), math.trunc(R()))
print(math.ceil(FloatOnly()), math.floor(FloatOnly()))
t("trunc FloatOnly", math.trunc, FloatOnly())
print(math.floor(MyFloat(2.5)), math.ceil(MyFloat(2.5)))
print(type(math.floor(2.5)).__name__, type(math.ceil(2**70)).__name__)

for n in [0, 1, 5, 20, 21, 30, 100]:
    print("factorial", n, math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(5000) % (10**12 + 39), math.factorial(5000).bit_length())
for v in [-1, 5.0, 5.5, "5", 2**70, -2**70, True]:
    t("factorial " + repr(v), math.factorial, v)

for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (52, 5), (100, 50), (2**64, 3), (0, 0), (1000, 3)]:
    print("comb", n, k, math.comb(n, k), "perm", math.perm(n, k))
print(math.perm(5), math.perm(5, None), math.perm(0))
for a in [(-1, 2), (1, -2), (1.0, 2), (1, "2"), (5,), (), (1, 2, 3), (10**20, 10**19)]:
    t("comb " + repr(a), math.comb, *a)
    t("perm " + repr(a), math.perm, *a)

print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 27), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2**70, 3))
t("gcd float", math.gcd, 2.0, 4)
t("lcm str", math.lcm, 1, "a")
t("gcd kw", math.gcd, a=1)

for v in [0, 1, 2, 3, 4, 15, 16, 17, 10**40, 2**200 - 1, True]:
    print("isqrt", v, math.isqrt(v))
for v in [-1, 2.0, "a", -(2**100)]:
    t("isqrt " + repr(v), math.isqrt, v)

print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(x / 7 for x in range(100)), math.fsum([-0.0]))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([2.0**53, 1.0, 2.0**-52]), math.fsum([1e308, -1e308, 1e308]))
print(math.fsum([float("inf"), 1.0]), math.fsum([float("nan"), 1.0]), math.fsum([float("-inf"), -1e308]))
t("fsum overflow", math.fsum, [1e308, 1e308])
t("fsum inf-inf", math.fsum, [float("inf"), float("-inf")])
t("fsum str", math.fsum, ["a"])
t("fsum int", math.fsum, 5)

print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod([2.5, 4]), math.prod(range(1, 21)), math.prod([[1]], start=3))
print(math.prod([1, 2], start=10), math.prod(["ab"], start=3), math.prod([], start="x"))
t("prod pos start", math.prod, [1, 2], 3)
t("prod str", math.prod, ["a", "b"])
t("prod int", math.prod, 3)

print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 1), math.hypot(1, 2, 3))
print(math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200), math.hypot(5e-324, 5e-324), math.hypot(float("inf"), float("nan")), math.hypot(float("nan"), 1))
print(math.hypot(0.1, 0.2, 0.3, 0.4), math.hypot(*range(100)), math.hypot(1.5, 2.5, -3.5))
print(math.dist((1, 2), (3, 4)), math.dist([0, 0, 0], [1, 1, 1]), math.dist((), ()), math.dist(range(3), (1, 2, 3)))
t("dist dims", math.dist, (1, 2), (3,))
t("dist int", math.dist, 1, 2)
t("dist str", math.dist, ("a",), (1,))
t("hypot str", math.hypot, 1, "a")

# keyword and argument-count errors
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
t(math.hypot, x=1); t(math.dist, p=1,q=2); t(math.perm, n=1); t(math.comb, n=1,k=2); t(math.ldexp, x=1, i=2); t(math.fsum, seq=[1]); t(math.prod, iterable=[1]); t(math.perm, 1,2,3); t(math.perm)
t(math.factorial, n=3); t(math.isqrt, n=3); t(math.isclose, 1, b=2); t(math.isclose, 1); t(math.isclose); t(math.isclose, 1, 2, abs_tol='x'); t(math.prod, [1], begin=2)
t(math.fsum, [1e308, 1e308, float('inf')]); t(math.fsum, [float('nan'), 1e308, 1e308])
