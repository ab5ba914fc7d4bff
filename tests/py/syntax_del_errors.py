# del errors: unbound names, missing attributes/keys, immutables, compile errors.
def run(src):
    try:
        exec(src, {})
        print('ok', src)
    except Exception as e:
        print(src, '->', type(e).__name__, e)
run("del undefined_name")
run("class O: pass\no = O()\ndel o.nope")
run("d = {}\ndel d['k']")
run("t = (1, 2)\ndel t[0]")
run("s = 'abc'\ndel s[0]")
run("l = [1]\ndel l[5]")
run("def f():\n    del x\n    x = 1\nf()")
for src in ["del f()", "del 1", "del (a + b)", "del a.b()"]:
    try:
        compile(src, '<d>', 'exec')
    except SyntaxError as e:
        print(src, '->', e.msg)
