# builtin_min_max: max/min over strings, tuples, sets, dicts (keys), mixed numbers, generators, with key funcs
print(max('hello world'), min('hello world'), max(['b', 'ab', 'abc']), min(['b', 'ab', 'abc'], key=len))
print(max([(1, 'z'), (2, 'a'), (2, 'b')]), min({3, 1, 2}), max({'x': 1, 'y': 0}), max({'x': 1, 'y': 0}.items(), key=lambda kv: kv[1]))
print(max(1, 2.5, True), min(-1, -1.0), max(-1.0, -1), min([[2], [1, 5], [1]]), max(b'az'), max([b'a', b'b']))
print(max(x * x % 17 for x in range(20)), min((x for x in 'zebra'), key=ord), max(range(3), key=lambda x: -x))
print(max([3, 1, 2], key=lambda x: 0), min([3, 1, 2], key=lambda x: 0), max('', default='empty'), min((), key=len, default=None))
print(max(float('-inf'), -1e308), min(float('inf'), 1e308), max([0.0, -0.0]), min([-0.0, 0.0]))
