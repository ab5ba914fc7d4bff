# wordcount: dict- and str-heavy work (split, lower, strip, dict get/setdefault, sorting items, membership).
import sys

WORDS = ("the quick brown fox jumps over lazy dog and then some more words appear "
         "in this little text about python interpreters written in c plus plus while "
         "benchmarks measure speed of dictionaries strings lists tuples sets").split()


def make_text(n, seed=12345):
    """Deterministic pseudo-random text of n words (a linear congruential generator)."""
    words = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        w = WORDS[(x >> 16) % len(WORDS)]
        if x & 0x300 == 0:
            w = w.capitalize()
        if x & 0x1C00 == 0:
            w += "."
        elif x & 0x1C00 == 0x400:
            w += ","
        words.append(w)
        if i % 12 == 11:
            words.append("\n")
    return " ".join(words)


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            word = word.strip(".,").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def index_by_initial(counts):
    index = {}
    for word in counts:
        index.setdefault(word[0], []).append(word)
    return index


def bigrams(text):
    pairs = {}
    words = text.lower().replace(".", " ").replace(",", " ").split()
    for a, b in zip(words, words[1:]):
        key = a + " " + b
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
    return pairs


def main(n):
    text = make_text(n)
    counts = count_words(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("distinct", len(counts), "top", top)
    index = index_by_initial(counts)
    print("initials", "".join(sorted(index)), max(len(v) for v in index.values()))
    pairs = bigrams(text)
    best = max(pairs, key=lambda k: (pairs[k], k))
    print("bigrams", len(pairs), repr(best), pairs[best])
    print("sentences", text.count("."), "upper", sum(1 for w in text.split() if w[0].isupper()))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300000)
