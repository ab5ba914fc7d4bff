# pidigits: big-int arithmetic (multiply, add, floor division on growing ints) computing digits of pi with a spigot.
import sys


def pi_digits(count):
    """Gibbons' unbounded spigot: yields decimal digits of pi, plain ints only."""
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    produced = 0
    while produced < count:
        if 4 * q + r - t < m * t:
            yield m
            produced += 1
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2


def main(n):
    digits = "".join(str(d) for d in pi_digits(n))
    for i in range(0, n, 50):
        if i % 500 == 0:
            print(digits[i:i + 50], ":", i + 50)
    print("digit sum", sum(int(c) for c in digits), "last", digits[-10:])
    big = 3 ** (n * 5) - 7 ** (n * 2)
    print("big", str(big % 10 ** 20), big.bit_length(), (big >> 5000) % 999983)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
