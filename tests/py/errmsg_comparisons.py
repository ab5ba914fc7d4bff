# errmsg: "'<' not supported between instances of" for every ordering operator and common type pairs
pairs = [(1, None), (None, 1), ('a', 1), (1, 'a'), ([1], (1,)), ({}, {}), (1j, 1), (None, None), ({1}, [1]), (b'a', 'a'), (1.5, 'x')]
for a, b in pairs:
    for op in ('<', '<=', '>', '>='):
        try:
            eval('a ' + op + ' b')
            print(repr(a), op, repr(b), 'ok')
        except TypeError as e:
            print(type(e).__name__, e)
print(1 == None, 'a' != 1, [1] == (1,), None == None)
