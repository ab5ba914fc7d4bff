# dict: copy() is shallow, dict(d) too; fromkeys shares the single value object; nested dict updates
orig = {'list': [1], 'num': 1}
c1 = orig.copy()
c2 = dict(orig)
c1['list'].append(2)
c1['num'] = 100
print(orig, c1, c2, c1['list'] is orig['list'])
fk = dict.fromkeys(['a', 'b'], [])
fk['a'].append('shared')
print(fk, fk['a'] is fk['b'])
fk2 = {k: [] for k in 'ab'}
fk2['a'].append('own')
print(fk2)
print(dict.fromkeys(''), dict.fromkeys(range(3), None), dict.fromkeys({'x': 1, 'y': 2}, 0), dict.fromkeys('aab'))
nested = {'cfg': {'depth': 1}}
shallow = nested.copy()
shallow['cfg']['depth'] = 2
print(nested)
class D(dict):
    pass
print(type(D(a=1).copy()).__name__, type(dict(D(a=1))).__name__, type(D.fromkeys('a')).__name__)
