# dict: common counting/grouping patterns with get, setdefault, in, and nested dicts
text = 'the cat and the hat and the bat'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
matrix = {}
for r in range(3):
    for c in range(3):
        matrix.setdefault(r, {})[c] = r * c
print(matrix, matrix[2][2], len(matrix))
print({k: v for k, v in counts.items() if v > 1}, sum(counts.values()), len(counts))
