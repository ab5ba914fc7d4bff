# generators: generator functions, genexps and chained lazy pipelines (tree walk, prime sieve, running sums).
import sys


class Node:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(build(lo, mid), mid, build(mid + 1, hi))


def inorder(node):
    # recursive generator: every value passes through one generator per tree level
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)


def count_from(k):
    while True:
        yield k
        k += 1


def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x


def primes():
    # incremental sieve: each composite maps to the primes that will next reach it
    seen = {}
    for k in count_from(2):
        factors = seen.pop(k, None)
        if factors is None:
            yield k
            seen[k * k] = [k]
        else:
            for p in factors:
                seen.setdefault(k + p, []).append(p)


def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total


def main(n):
    tree = build(0, n)
    print("tree sum", sum(inorder(tree)))
    print("even squares", sum(x * x for x in inorder(tree) if x % 2 == 0))
    ps = list(take(n // 4, primes()))
    print("primes", len(ps), ps[-1])
    print("running", list(take(3, (s for s in running_sum(ps) if s % 7 == 0))))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000)
