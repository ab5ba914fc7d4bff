# __get__ receives (instance, owner) or (None, owner) for class access.
class Show:
    def __get__(self, obj, owner=None):
        return (type(obj).__name__ if obj is not None else None, owner.__name__ if owner else None)
class A:
    s = Show()
class B(A): pass
print(A.s, A().s, B.s, B().s)
print(A.__dict__['s'].__get__(None, B))
print(A.__dict__['s'].__get__(B()))
