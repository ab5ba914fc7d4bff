# pass and ... as statements, Ellipsis object.
def f(): pass
def g(): ...
class Empty: pass
print(f(), g(), Empty.__name__)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
x = {...: 'ellipsis key'}[...]
print(x)
if True:
    pass
else:
    ...
for _ in range(3): pass
print(repr(...), str(Ellipsis), bool(...))
