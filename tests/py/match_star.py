# Star patterns in sequence patterns capture lists.
def s(v):
    match v:
        case [first, *rest] if not rest:
            return f'single {first}'
        case [first, *middle, last]:
            return f'first={first} middle={middle} last={last}'
        case [*_]:
            return 'empty seq'
print(s([1]))
print(s([1, 2]))
print(s((1, 2, 3, 4)))
print(s([]))
match range(5):
    case [*init, 4]:
        print('init', init, type(init).__name__)
match (1, 2, 3):
    case (*a, b, c):
        print(a, b, c)
