# Guards: evaluated after binding; bindings stay even if the guard fails.
def g(v):
    match v:
        case (x, y) if x == y:
            return 'diagonal'
        case (x, y) if x > y:
            return 'below'
        case (x, y):
            return 'above'
for v in [(1, 1), (2, 1), (1, 2)]:
    print(v, g(v))
def noisy(x):
    print('guard evaluated for', x)
    return False
match [1, 2]:
    case [a, b] if noisy(a):
        print('not here')
    case [a, 9]:
        print('not here either')
    case _:
        print('fallthrough, a is still', a)
