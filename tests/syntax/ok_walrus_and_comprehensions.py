data = [1, 2, 3]
if (n := len(data)) > 2:
    squares = {x: x * x for x in data if (y := x) > 1}
    gen = (a for b in data for a in range(b) if a)
    nested = [[c for c in r] for r in [[1], [2]]]
