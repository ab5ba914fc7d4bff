# fib: plain recursive function calls and small-int arithmetic (naive Fibonacci and Takeuchi's tak).
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def main(n):
    print("fib", n, fib(n))
    print("tak", tak(n - 6, n - 14, n - 22))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 31)
