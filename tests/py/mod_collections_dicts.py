# defaultdict, OrderedDict, Counter, ChainMap: behaviour, reprs, equality, errors
from collections import defaultdict, OrderedDict, Counter, ChainMap

dd = defaultdict(list)
dd['a'].append(1); dd['b'].append(2); dd['a'].append(3)
print(dd, dd['zz'], len(dd), dict(dd))
print(defaultdict(int), defaultdict(None, {1: 2}), defaultdict(lambda: 0).default_factory is not None)
words = defaultdict(int)
for w in 'the cat the dog the end'.split():
    words[w] += 1
print(words, words.copy(), type(words.copy()).__name__)
nd = defaultdict(None)
try:
    nd['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
print(isinstance(dd, dict), dd.get('nope'), 'nope' in dd)

od = OrderedDict()
od['x'] = 1; od['y'] = 2; od['z'] = 3
print(od, list(od), OrderedDict())
od.move_to_end('x'); print(od)
od.move_to_end('x', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
a = OrderedDict([(1, 1), (2, 2)]); b = OrderedDict([(2, 2), (1, 1)])
print(a == b, a == dict(b), dict(a) == b, a != b)
print(OrderedDict.fromkeys('abc', 0), list(reversed(OrderedDict.fromkeys('abc'))))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().move_to_end('q')
except KeyError as e:
    print('KeyError', e)

c = Counter('abracadabra')
print(c, c['a'], c['zzz'], c.most_common(2), c.total())
print(sorted(c.elements()))
c.update('aaz'); print(c)
c.subtract({'a': 10}); print(c)
print(+c, -c)
x = Counter(a=3, b=1); y = Counter(a=1, b=2)
print(x + y, x - y, x | y, x & y)
print(Counter(), Counter({'x': 0}), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
x += Counter(c=1); print(x)
del x['zz']; del x['a']; print(x)
print(Counter([1, 1, 2]).most_common(), list(Counter('hello').keys()))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), sorted(cm), 'b' in cm, cm.get('q', 9))
cm['c'] = 5; print(cm.maps)
child = cm.new_child({'a': 100}); print(child['a'], child.parents)
print(ChainMap())
try:
    del cm['b']
except KeyError as e:
    print('KeyError', e)
try:
    cm['nope']
except KeyError as e:
    print('KeyError', e)
print(dict(cm), list(cm.items()))
od2 = OrderedDict(a=1, b=2)
print(od2.keys(), od2.values(), od2.items(), list(reversed(od2.items())), od2.keys() & {'a'}, ('a', 1) in od2.items())
print(len(od2.keys()), 2 in od2.values(), list(reversed(od2.values())), od2.keys() == {'a', 'b'})
