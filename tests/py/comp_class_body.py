# Comprehensions in a class body cannot see class-level names (except the first iterable).
class A:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    factor = 10
    try:
        scaled = [v * factor for v in vals]
    except NameError as e:
        err = str(e)
print(A.doubled)
print(A.err)
print(hasattr(A, 'v'))
class B:
    n = 3
    items = [i for i in range(n)]
    pairs = {i: i for i in range(n)}
print(B.items, B.pairs)
