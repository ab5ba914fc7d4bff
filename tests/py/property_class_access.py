# Accessing a property on the class returns the property object; the same-name setter pitfall.
class A:
    @property
    def x(self): return 'x value'
print(type(A.x).__name__, A.x.fget(A()), isinstance(A.x, property))
class Pitfall:
    @property
    def value(self): return self._v
    @value.setter
    def set_value(self, v): self._v = v
p = Pitfall()
try:
    p.value = 1
except AttributeError as e:
    print(type(e).__name__, e)
p.set_value = 5
print(p.value, p.set_value)
A.x = 'replaced on class'
print(A().x)
