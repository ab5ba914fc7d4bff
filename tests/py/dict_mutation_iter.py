# dict: changing size during iteration raises RuntimeError; changing values is fine
d = {'a': 1, 'b': 2, 'c': 3}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print('RuntimeError', e)
print(len(d) > 3)
d = {'a': 1, 'b': 2}
for k in d:
    d[k] *= 10
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print('RuntimeError', e)
print(d)
d = {'a': 1, 'b': 2}
try:
    for k, v in d.items():
        d.pop('b')
except RuntimeError as e:
    print('RuntimeError', e)
d = {1: 1}
for k in list(d):
    d[k + 1] = 0
    del d[k]
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)
d = {'x': 1}
it = iter(d)
d['y'] = 2
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
