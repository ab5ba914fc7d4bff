# Value patterns use dotted names compared with ==.
class Color:
    RED = 'red'
    GREEN = 'green'
class Cfg:
    class Limits:
        MAX = 10
def which(c):
    match c:
        case Color.RED:
            return 'is red'
        case Color.GREEN:
            return 'is green'
        case Cfg.Limits.MAX:
            return 'is max'
        case _:
            return 'unknown'
for c in ['red', 'green', 10, 10.0, 'blue']:
    print(c, which(c))
class Eq:
    def __eq__(self, other):
        print('__eq__ called with', other)
        return True
class Holder:
    E = Eq()
match 5:
    case Holder.E:
        print('matched via __eq__')
