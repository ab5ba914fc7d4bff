# super() inside classmethods and staticmethods (explicit form), and in __new__.
class A:
    @classmethod
    def create(cls):
        return f'A.create for {cls.__name__}'
    def __new__(cls, *args):
        print('A.__new__', cls.__name__, args)
        return super().__new__(cls)
class B(A):
    @classmethod
    def create(cls):
        return 'B+' + super().create()
    @staticmethod
    def util():
        return super(B, B).create()
    def __new__(cls, v):
        print('B.__new__', v)
        return super().__new__(cls, v)
    def __init__(self, v):
        self.v = v
print(B.create())
print(B.util())
b = B(7)
print(b.v)
