# math: float functions, constants, special values and their errors
import math

def t(label, f, *a, **k):
    try:
        print(label, repr(f(*a, **k)))
    except Exception as e:
        print(label, type(e).__name__, e)

# Transcendental functions come from the platform's C library (glibc natively, musl in the
# browser), whose last digits may differ: their finite results are compared to 13 digits.
LIBM = {"exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin",
        "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc", "cbrt",
        "atan2", "pow"}

def t13(label, f, *a):
    try:
        r = f(*a)
        print(label, "%.13g" % r if isinstance(r, float) else repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi).__name__, math.isnan(math.nan), math.isinf(math.inf))
inf, nan = math.inf, math.nan
vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.7, -3.7, 10.0, 100.0, 1e-300, 1e300, 710.0, inf, -inf, nan, 3, True]
names = ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "fabs", "sin", "cos", "tan",
         "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc",
         "cbrt", "degrees", "radians", "isfinite", "isinf", "isnan", "ulp", "frexp", "modf"]
for name in names:
    f = getattr(math, name)
    for v in vals:
        (t13 if name in LIBM else t)(name + "(" + repr(v) + ")", f, v)

pairs = [(2.0, 10.0), (2, -1), (-2.0, 3.0), (-2.0, 0.5), (0.0, -1.0), (0.0, 0.0), (-0.0, 3.0), (10.0, 400.0),
         (1.0, nan), (nan, 0.0), (inf, -1.0), (-inf, 3.0), (0.5, inf), (2.0, -inf), (-1.0, inf), (5.5, 2.0),
         (-5.5, 2.0), (5.0, 0.0), (inf, 2.0), (3.0, inf), (1e308, 10.0), (7, 3)]
for name in ["pow", "fmod", "remainder", "copysign", "atan2", "nextafter"]:
    f = getattr(math, name)
    for x, y in pairs:
        (t13 if name in LIBM else t)(name + repr((x, y)), f, x, y)

t("ldexp", math.ldexp, 1.5, 3)
t("ldexp neg", math.ldexp, 1.0, -1080)
t("ldexp huge", math.ldexp, 1.0, 2**100)
t("ldexp tiny", math.ldexp, -1.0, -2**100)
t("ldexp zero", math.ldexp, 0.0, 2**100)
t("ldexp over", math.ldexp, 1e308, 10)
t("ldexp float", math.ldexp, 1.0, 2.0)
t("ldexp bool", math.ldexp, 1.0, True)
for x in [1, 2.5, 10, 0.0, 1e-10, 2**1000]:
    t("log base", math.log, x, 10)
t("log base 2", math.log, 8, 2)
t("log base 1", math.log, 10, 1)
t("log 0 int", math.log, 0)
t("log neg int", math.log, -5)
t("log big", math.log, 10**500)
t("log2 big", math.log2, 2**2000)
t("log10 big", math.log10, 10**500)
t("log big base", math.log, 10**500, 10)
t("log huge", math.log, 3**100000)
t("sqrt big", math.sqrt, 10**400)
t("exp big int", math.exp, 10**400)
print(math.ulp(1.0), math.ulp(-1e300), math.ulp(0.0), math.ulp(math.inf), math.ulp(5e-324), math.ulp(1.7976931348623157e308))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1, 1.05, rel_tol=0.1),
      math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(inf, inf), math.isclose(inf, -inf),
      math.isclose(nan, nan), math.isclose(1e308, inf))
t("isclose neg", math.isclose, 1, 2, rel_tol=-1)
t("isclose pos3", math.isclose, 1, 2, 3)
t("isclose kw", math.isclose, a=1, b=1)
t("isclose str", math.isclose, "a", 1)
for g in [1, 2, 3, 5, 10, 20, 21, 22, 23, 24, 30.5, -3.5, 100.25, 0.5, -0.5, 1.5, 171.0, 172.0, 0, -1, -2.0, inf, -inf, nan, 1e-310]:
    t("gamma " + repr(g), lambda v: "%.12g" % math.gamma(v), g)
for g in [1, 2, 3, 0.5, 1e306, 0, -1, -2.5, inf, -inf, nan]:
    t("lgamma " + repr(g), lambda v: "%.12g" % math.lgamma(v), g)
t("sqrt str", math.sqrt, "4")
t("sqrt none", math.sqrt, None)
t("sqrt 0 args", math.sqrt)
t("sqrt 2 args", math.sqrt, 1, 2)
t("sqrt kw", math.sqrt, x=1)
t("atan2 1 arg", math.atan2, 1)
t("pow 3 args", math.pow, 1, 2, 3)
t("log 0 args", math.log)
t("log 3 args", math.log, 1, 2, 3)
t("exp overflow int", math.exp, 1000)
t("sqrt bigint", math.sqrt, 2**1100)

class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 16
t("sqrt __float__", math.sqrt, F())
t("sqrt __index__", math.sqrt, I())
t("log2 __index__", math.log2, I())
class Bad:
    def __float__(self):
        return "x"
t("bad __float__", math.sqrt, Bad())
