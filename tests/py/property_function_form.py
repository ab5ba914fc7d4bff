# property() called directly, doc from getter, and copying with getter/setter/deleter.
class A:
    def get_v(self):
        "the v doc"
        return self._v
    def set_v(self, v):
        self._v = v * 2
    v = property(get_v, set_v, None, None)
    w = property(get_v, doc='explicit doc')
a = A()
a.v = 5
print(a.v, a.w, A.v.__doc__, A.w.__doc__)
p1 = A.v
p2 = p1.setter(None)
print(p1 is p2, p2.fset is None, p2.fget is p1.fget, p1.fset is A.set_v)
print(property().fget, property().__doc__)
