# sort_comprehension: list/dict/set comprehensions, sorted() and list.sort() with key functions, min/max with key.
import sys


class Record:
    def __init__(self, ident, name, score, group):
        self.ident = ident
        self.name = name
        self.score = score
        self.group = group


def make_records(n):
    x = 2463534242
    records = []
    for i in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        score = (x >> 33) % 10007
        name = "".join(chr(97 + (x >> s) % 26) for s in (11, 17, 23, 29, 35))
        records.append(Record(i, name, score, score % 13))
    return records


def main(n):
    records = make_records(n)
    by_score = sorted(records, key=lambda r: (r.score, r.ident))
    by_name = sorted(records, key=lambda r: r.name, reverse=True)
    squares = [r.score * r.score for r in records if r.group < 7]
    squares.sort()
    groups = {g: [r.ident for r in records if r.group == g] for g in range(13)}
    names = {r.name[:2] for r in records}
    pairs = [(a, b) for a in range(60) for b in range(a, 60) if (a * b) % 7 == 3]
    nested = [[c * r for c in range(20)] for r in range(200)]
    flat = sorted([v for row in nested for v in row if v % 3], key=lambda v: (v % 10, -v))
    words = sorted((r.name for r in records[:2000]), key=len)
    words.sort(key=str.upper)
    print("lowest", by_score[0].ident, by_score[0].score, "highest", by_score[-1].ident, by_score[-1].score)
    print("names", by_name[0].name, by_name[-1].name, len(names))
    print("squares", len(squares), squares[len(squares) // 2], sum(squares) % 1000003)
    print("groups", [len(groups[g]) for g in range(13)])
    print("pairs", len(pairs), pairs[:3], "flat", len(flat), flat[:4], flat[-4:])
    print("words", words[:3], min(records, key=lambda r: r.name).name, max(r.score for r in records))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 75000)
