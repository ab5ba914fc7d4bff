# The famous t[0] += [x] case: the list is mutated and TypeError is raised.
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
try:
    compile("a, b += 1", '<s>', 'exec')
except SyntaxError as e:
    print(e.msg)
try:
    compile("f() += 1", '<s>', 'exec')
except SyntaxError as e:
    print(e.msg)
