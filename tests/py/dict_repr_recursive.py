# dict: repr of recursive dicts, nested containers, and str/repr of keys and values
d = {'self': None}
d['self'] = d
print(d)
e = {'list': []}
e['list'].append(e)
print(e)
f = {1: {2: {3: {}}}}
print(f, str(f) == repr(f))
print({'q': "it's", "k'": 'v', 'n': '\n', 'e': 'é'})
print({1.0: 2.50, -0.0: float('inf'), 1j: b'x', (1,): frozenset({2}), None: ...})
class K:
    def __repr__(self):
        return 'K()'
    def __hash__(self):
        return 1
print({K(): K()})
print(dict.__repr__({}), repr({'a': {}}))
