# Instance attributes shadow class attributes; class attribute mutation is shared.
class A:
    shared = []
    value = 1
a1, a2 = A(), A()
a1.shared.append('x')
print(a2.shared, A.shared)
a1.value = 10
print(a1.value, a2.value, A.value)
A.value = 5
print(a1.value, a2.value)
A.new_attr = 'added later'
print(a1.new_attr)
print(getattr(a1, 'missing', 'default'), hasattr(a1, 'value'))
setattr(a2, 'dyn', 1)
delattr(a2, 'dyn')
print(hasattr(a2, 'dyn'))
