# Binary operator TypeError messages for unsupported operand types.
class A: pass
cases = ['A() + 1', '1 + A()', 'A() - A()', "'s' * 2.0", '[1] + (2,)', 'None < 1', 'A() ** 2',
         '{} | 1', "'a' + 1", '1 @ 2', 'A() < A()', "3 % 'x'", '~1.5', '-"s"', 'A() >> 1']
for c in cases:
    try:
        eval(c)
        print('ok', c)
    except TypeError as e:
        print(f'{c:12} -> {e}')
