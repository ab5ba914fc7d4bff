# match and case remain usable as ordinary identifiers.
match = [1, 2]
case = 'c'
print(match, case)
match[0] = 5
print(match)
def match_fn(match):
    return match * 2
print(match_fn(3))
match (match):
    case [5, case]:
        print('case captured', case)
_ = 'underscore var'
match 0:
    case _:
        print(_)
