# At exit, garbage created by finalizers during the last collections is freed silently (CPython
# has cleared sys and builtins by then, so nothing it prints is seen).
import gc, sys
class C:
    n = 0
    def __del__(self):
        C.n += 1
        if C.n < 50:
            c = C(); c.me = c
x = C(); x.me = x
print('end')
