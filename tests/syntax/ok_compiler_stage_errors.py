# these parse; CPython rejects them later (symtable/compiler)
*a = 1
*a, *b = c
f(x=1, x=2)
def f(x, x): pass
return 1
break
nonlocal q
await z
async def g():
    yield 1
    return 2
