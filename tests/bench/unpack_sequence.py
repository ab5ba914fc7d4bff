# unpack_sequence: tuple/list packing and unpacking (swaps, starred targets, nested targets, for-loop targets).
import sys


def rotate(a, b, c, d):
    for _ in range(10):
        a, b, c, d = b, c, d, a
    return a, b, c, d


def main(n):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    lst = list(t)
    total = 0
    for i in range(n):
        a, b, c, d, e, f, g, h, j, k = t
        a, b, c, d, e, f, g, h, j, k = lst
        first, *middle, last = lst
        (p, q), (r, s) = (a, b), (i, k)
        w, x, y, z = rotate(p, q, r, s)
        head, *rest = middle
        total += a + b + e + k + first + last + len(middle) + head + w + z + len(rest)
    pairs = [(i, i * i) for i in range(1000)]
    acc = 0
    for _ in range(n // 1000):
        for i, sq in pairs:
            acc += sq - i
    print("total", total, "acc", acc)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
