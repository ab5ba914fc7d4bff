# Data descriptors override instance __dict__; non-data descriptors are overridden by it.
class Data:
    def __get__(self, obj, objtype=None):
        return 'data descriptor'
    def __set__(self, obj, value):
        print('Data.__set__', value)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'non-data descriptor'
class A:
    d = Data()
    n = NonData()
a = A()
a.__dict__['d'] = 'instance d'
a.__dict__['n'] = 'instance n'
print(a.d, '|', a.n)
a.d = 'assigned'
a.n = 'assigned n'
print(a.d, '|', a.n, '|', a.__dict__)
print(A.d, '|', A.n)
