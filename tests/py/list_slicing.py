# list: slice reads, slice assignment (growing/shrinking), extended slice assignment and its errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
L = list(range(10))
print(L[2:5], L[::-1], L[::3], L[-3:], L[8:2:-2], L[100:], L[-100:2])
L[2:5] = ['a', 'b']; print(L)
L[0:0] = [-1, -2]; print(L)
L[len(L):] = [99]; print(L)
L[1:3] = []; print(L)
L[::2] = 'ABCDEF'[:len(L[::2])]; print(L)
L[:] = (1, 2, 3); print(L)
L[1:2] = range(5); print(L)
L[5:1] = ['x']; print(L)
L[::-2] = [0] * len(L[::-2]); print(L)
def a1():
    M = [1, 2, 3]
    M[::2] = [9]
def a2():
    M = [1, 2, 3, 4, 5, 6]
    M[::2] = [7, 8]
def a3():
    M = [1, 2]
    M[0:1] = 5
def a4():
    M = [1, 2]
    M[::0] = []
def a5():
    M = [1, 2, 3]
    M[::-1] = [4, 5, 6, 7]
t(a1); t(a2); t(a3); t(a4); t(a5)
M = [1, 2, 3, 4]
M[1:3] = M
print(M)
N = [0, 1, 2, 3, 4, 5]
N[::2] = N[1::2]
print(N)
