# Rich comparisons: reflection order (a < b tries b > a), NotImplemented, default errors.
class A:
    def __init__(self, n): self.n = n
    def __lt__(self, other):
        print(f'A({self.n}).__lt__')
        return NotImplemented
    def __gt__(self, other):
        print(f'A({self.n}).__gt__')
        return 'A gt result'
class B:
    def __gt__(self, other):
        print('B.__gt__')
        return 'B gt result'
print(A(1) < B())
print(A(1) < A(2))
print(B() < A(3))
class N: pass
for op in ['<', '<=', '>', '>=']:
    try:
        eval(f'N() {op} N()')
    except TypeError as e:
        print(type(e).__name__, e)
print(N() == N(), N() != N())
