# errmsg: "unsupported operand type(s)" messages for every binary operator between mismatched builtin types
ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '@']
pairs = [(1, 'a'), ('a', 1), (None, 1), ([], 1.5), ({}, {}), (1j, {1}), ((), b'')]
for a, b in pairs:
    for op in ops:
        try:
            eval('a ' + op + ' b')
            print(repr(a), op, repr(b), 'ok')
        except TypeError as e:
            print(type(e).__name__, e)
