# __ne__ defaults to the inverse of __eq__ unless __eq__ returns NotImplemented.
class A:
    def __eq__(self, other):
        print('A.__eq__')
        return other == 'match'
print(A() != 'match', A() != 'other')
class OnlyNe:
    def __ne__(self, other):
        return 'custom ne'
print(OnlyNe() != 1, OnlyNe() == 1)
class EqNI:
    def __eq__(self, other):
        return NotImplemented
x = EqNI()
print(x == x, x != x, x == EqNI(), x != EqNI())
