# Functions returning tuples, early returns, None default, returning functions.
def divmod_(a, b):
    return a // b, a % b
q, r = divmod_(17, 5)
print(q, r, divmod_(-7, 2))
def find(lst, target):
    for i, v in enumerate(lst):
        if v == target:
            return i
print(find([1, 2, 3], 2), find([1, 2, 3], 9))
def adder(n):
    def add(x):
        return x + n
    return add
print(adder(10)(5), adder(-1)(1))
def nothing():
    return
print(nothing())
