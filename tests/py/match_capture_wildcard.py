# Capture patterns bind names; wildcard does not bind; capture after match persists.
def describe(v):
    match v:
        case 'special':
            return 'special'
        case other:
            return f'captured {other!r}'
print(describe('special'), describe(42))
match [1, 2]:
    case _:
        print('wildcard matched')
print('_' in dir())
match 99:
    case n:
        pass
print(n)
match (1, 2):
    case (a, _):
        print('a =', a)
