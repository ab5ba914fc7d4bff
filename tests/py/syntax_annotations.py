# Variable annotations: __annotations__ at module and class level, no evaluation of unassigned locals.
x: int = 5
y: 'str'
print(__annotations__)
class C:
    a: int
    b: str = 'hi'
    c: list[int] = []
print(C.__annotations__, C.b, hasattr(C, 'a'))
def f():
    z: int = 3
    w: undefined_name
    return z
print(f())
def g(a: int, b: 'B' = 2, *args: str, k: float = 1.0, **kw: dict) -> None:
    pass
print(g.__annotations__)
