# In a class body an unassigned name falls back to globals, skipping an enclosing function's local with the same name only when assigned in the class.
name = 'global'
def f():
    name = 'local'
    class C:
        a = name
    class D:
        b = name
        name = 'class'
    return C.a, D.b, D.name
print(f())
