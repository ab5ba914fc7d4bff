match = 1
case = 2
_ = 3
match(match)
match [case]:
    case [_]: pass
print(match, case, _)
match -1:
    case -1 | 1.5 | -2+3j | 'a' 'b' | None | True: pass
    case {'k': v, **rest} if v: pass
    case Point(x=0, y=_) as p: pass
    case [1, *others] | (2, *others): pass
