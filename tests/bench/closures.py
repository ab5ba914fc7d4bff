# closures: nested functions, lambdas, nonlocal cells, decorators, map/filter with lambdas and higher-order calls.
import sys


def make_counter(start):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count
    return step


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


def memoize(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper


def adders(k):
    return [lambda x, i=i: x + i * k for i in range(10)]


def main(n):
    counter = make_counter(10)
    pipeline = compose(lambda x: x * 3, lambda x: x + 1, lambda x: x % 1000)
    fns = adders(7)
    total = 0
    for i in range(n):
        total += counter() + pipeline(i) + fns[i % 10](i)
        if i % 3 == 0:
            counter(by=2)

    @memoize
    def collatz_len(m):
        return 1 if m == 1 else 1 + collatz_len(m // 2 if m % 2 == 0 else 3 * m + 1)

    longest = max(range(1, n // 10), key=collatz_len)
    evens = list(map(lambda x: x * x, filter(lambda x: x % 2 == 0, range(n // 10))))
    keyed = sorted(range(200), key=lambda v, m=17: (v * m) % 101)
    print("total", total, "counter", counter(0))
    print("collatz", longest, collatz_len(longest), "evens", len(evens), sum(evens), "keyed", keyed[:6])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500000)
