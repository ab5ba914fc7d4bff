# coroutines: generator-based coroutines driven by send(), with yield from delegation and return values.
import sys


def averager():
    # receives numbers, returns (count, mean) when sent None
    total = 0
    count = 0
    while True:
        x = yield
        if x is None:
            return count, total / count
        total += x
        count += 1


def grouper(results, key):
    while True:
        results[key] = yield from averager()


def filter_stage(target, modulus):
    # forwards values not divisible by modulus, counts the rest
    dropped = 0
    try:
        while True:
            x = yield dropped
            if x % modulus:
                target.send(x)
            else:
                dropped += 1
    finally:
        target.close()


def sink(out):
    while True:
        out.append((yield))


def main(n):
    results = {}
    for key in range(n // 100):
        g = grouper(results, key)
        next(g)
        for v in range(key, key + 100):
            g.send(v * 3 % 17)
        g.send(None)
    print("groups", len(results), results[0], results[len(results) - 1])

    out = []
    s = sink(out)
    next(s)
    inner = filter_stage(s, 5)
    next(inner)
    chain = filter_stage(inner, 3)
    next(chain)
    dropped = 0
    for x in range(1, n + 1):
        dropped = chain.send(x)
    chain.close()
    print("pipeline kept", len(out), "sum", sum(out), "dropped by first", dropped)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000)
