# none: NotImplemented returned from dunders makes Python try the reflected operation or fail
class A:
    def __eq__(self, other):
        print('A.__eq__')
        return NotImplemented
    def __add__(self, other):
        print('A.__add__')
        return NotImplemented
    def __lt__(self, other):
        return NotImplemented
class B:
    def __radd__(self, other):
        print('B.__radd__')
        return 'B-radd'
    def __gt__(self, other):
        print('B.__gt__')
        return 'B-gt'
print(A() + B())
print(A() < B())
print(A() == A())
a = A()
print(a == a, a != a)
try:
    A() + 1
except TypeError as e:
    print('TypeError', e)
try:
    A() < 1
except TypeError as e:
    print('TypeError', e)
print((1).__add__('x'), (1.0).__eq__('x'), 'x'.__lt__(1), [].__eq__(()))
print(NotImplemented is NotImplemented, NotImplemented == NotImplemented)
