# list: del of items and slices incl. extended and negative-step slices, and index errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
L = list(range(12))
del L[0]; print(L)
del L[-1]; print(L)
del L[2:4]; print(L)
del L[::3]; print(L)
del L[::-2]; print(L)
del L[10:]; print(L)
del L[5:2]; print(L)
def d1():
    M = [1]
    del M[1]
def d2():
    M = []
    del M[-1]
def d3():
    M = [1]
    del M['a']
t(d1); t(d2); t(d3)
M = [1, 2, 3]
del M[:]
print(M)
M = [1, 2, 3]
del M[-100:100]
print(M)
