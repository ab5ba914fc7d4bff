# range: slicing produces ranges (with computed start/stop/step), including negative steps
r = range(0, 20, 2)
for s in [slice(2, 5), slice(None, None, -1), slice(1, None, 3), slice(-3, None), slice(None, -100), slice(5, 1, -2), slice(100, 200)]:
    sub = r[s]
    print(s.start, s.stop, s.step, repr(sub), list(sub))
print(range(10)[::-1], range(10, 0, -1)[::-2], range(5)[1:3][::-1], range(3)[10:])
print(range(-5, 5)[::3], range(100)[::25], range(0, 1)[::-1])
try:
    range(3)[::0]
except ValueError as e:
    print('ValueError', e)
