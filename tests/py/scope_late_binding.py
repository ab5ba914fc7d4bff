# Late binding of closure variables in loops and how default arguments fix it.
funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print([f() for f in funcs])
i = 'changed'
print([f() for f in funcs])
def make():
    res = []
    for j in range(3):
        res.append(lambda: j)
    j = 'after loop'
    return res
print([f() for f in make()])
def make_fixed():
    return [lambda j=j: j for j in range(3)]
print([f() for f in make_fixed()])
