# __exit__ receives the exception instance and traceback; with-statement exit for BaseException too.
class Inspect:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et:
            print(et.__name__, ev.args, type(tb).__name__, tb.tb_frame.f_code.co_name)
        return isinstance(ev, SystemExit)
def thrower():
    raise LookupError('x', 1)
try:
    with Inspect():
        thrower()
except LookupError:
    print('LookupError propagated')
with Inspect():
    raise SystemExit(3)
print('SystemExit suppressed by __exit__')
