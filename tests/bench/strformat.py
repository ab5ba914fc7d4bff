# strformat: building strings (f-strings with format specs, str.format, % formatting, str.join, slicing, replace).
import sys


def row_fstring(i, name, value):
    return f"{i:>6d} | {name:<10} | {value:10.3f} | {i:#06x} | {value:+.2e}"


def row_format(i, name, value):
    return "{0:>6d} | {1:<10} | {2:10.3f} | {3:08b}".format(i, name, value, i & 255)


def row_percent(i, name, value):
    return "%6d | %-10s | %10.3f | %o" % (i, name, value, i)


def main(n):
    names = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    total = 0
    digest = 0
    for i in range(n):
        name = names[i % len(names)]
        value = i * 1.37 - 500.25
        lines = [row_fstring(i, name, value), row_format(i, name, value), row_percent(i, name, value)]
        block = "\n".join(lines)
        total += len(block)
        s = block.replace(" | ", ",").upper()
        digest = (digest * 33 + len(s) + ord(s[i % len(s)])) % 1000000007
        if i % (n // 4) == 0:
            print(lines[0])
            print(lines[1])
            print(lines[2])
    words = [str(i) for i in range(n // 10)]
    joined = "-".join(words)
    print("joined", len(joined), joined[:20], joined[-20:], repr(joined[::7919][:30]))
    print("total", total, "digest", digest)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 80000)
