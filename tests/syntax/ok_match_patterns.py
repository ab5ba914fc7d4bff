match p:
    case [1, 2, *rest] | (3, _) if rest:
        pass
    case {'k': v, **others}:
        pass
    case Point(0, y=1) as pt:
        pass
    case -1 | 1.5 | 2 + 3j | 'a' 'b' | None | True | a.b.c:
        pass
