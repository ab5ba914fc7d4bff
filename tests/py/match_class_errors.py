# Class pattern errors: too many positionals, non-class, __match_args__ not a tuple.
class NoArgs:
    pass
class Bad:
    __match_args__ = ['a']
    a = 1
def attempt(subject, which):
    try:
        match subject:
            case NoArgs(x) if which == 1:
                print('matched', x)
            case Bad(a) if which == 2:
                print('matched', a)
            case int(a, b) if which == 3:
                print('matched', a, b)
        print('no match')
    except TypeError as e:
        print(type(e).__name__, e)
attempt(NoArgs(), 1)
attempt(Bad(), 2)
attempt(5, 3)
notaclass = 3
try:
    match 1:
        case notaclass():
            pass
except TypeError as e:
    print(type(e).__name__, e)
