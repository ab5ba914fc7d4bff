# dict: popitem is LIFO, and the KeyError message when empty
d = {}
for k in 'abcde':
    d[k] = ord(k)
while d:
    print(d.popitem(), len(d))
try:
    d.popitem()
except KeyError as e:
    print('KeyError', e, repr(e), e.args)
d = {1: 1, 2: 2}
d[1] = 'updated'
print(d.popitem(), d.popitem())
d = {'x': 1, 'y': 2}
del d['y']
d['y'] = 3
d['w'] = 4
print(d.popitem(), d)
