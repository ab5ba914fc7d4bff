# gc_churn: the cycle collector under allocation churn (short-lived tuples, lists and small cycles) while a large heap stays alive.
import sys


class Node:
    def __init__(self, value):
        self.value = value
        self.peer = None


def main(n):
    live = list(range(16 * n))                      # a big list: one object, many items
    table = [[i, str(i)] for i in range(n // 10)]    # some long-lived containers
    total = 0
    batch = []
    for i in range(4 * n):
        batch.append((i, i * 2))                    # short-lived tuples
        if len(batch) > 100:
            total += sum(t[1] for t in batch)
            batch = []
        if i % 5 == 0:
            a, b = Node(i), Node(-i)                # a small cycle, garbage at once
            a.peer, b.peer = b, a
            total += a.value - b.peer.value
    print("total", total, "live", len(live), len(table))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000)
