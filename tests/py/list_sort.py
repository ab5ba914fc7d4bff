# list: sort/sorted with key and reverse, stability, and ordering of mixed numeric types
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
print(sorted(data))
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: p[0], reverse=True))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
L = [5, 2, 8, 1]
r = L.sort()
print(r, L)
L.sort(reverse=True); print(L)
L.sort(key=lambda x: -x); print(L)
print(sorted([3, 1.5, True, -2, 0.0]), sorted([]), sorted('cba'), sorted((3, 1, 2), reverse=True))
print(sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
print(sorted([[2, 1], [1, 2], [1], []]), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
stable = sorted(range(20), key=lambda x: x % 3)
print(stable)
print(sorted(range(10), key=lambda x: (x % 2, -x)))
