# str: iteration, enumerate, reversed, sorted, set of chars (sorted), len, hash-free dict keys
s = 'mississippi'
print(list(s), list(enumerate('ab')), ''.join(reversed(s)), sorted(set(s)))
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
it = iter('ab')
print(next(it), next(it), next(it, 'done'))
print(len(''), len('abc'), len('\n\t'), str.__len__('four'))
print(any(c.isupper() for c in 'abC'), all(c.isalpha() for c in 'ab1'))
print(list(zip('abc', 'xyz')), dict(zip('ab', '12')), 'a,b'.split(',') + list('cd'))
print(s.upper().lower() == s, s[::-1][::-1] == s, max(s), min(s), s.index(max(s)))
print(type(reversed('ab')).__name__, iter('abc').__next__())
