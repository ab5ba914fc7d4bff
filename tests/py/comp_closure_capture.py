# Lambdas created in a comprehension capture the variable, not the value.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def make():
    return [(lambda x: x + k) for k in range(3)]
print([h(100) for h in make()])
hs = [(lambda k: lambda: k)(k) for k in range(3)]
print([h() for h in hs])
