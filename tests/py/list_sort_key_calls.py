# list: sort calls key exactly once per element; sort is in place and stable for equal keys
calls = []
def key(x):
    calls.append(x)
    return x % 3
L = [5, 3, 8, 1, 9, 2, 7]
L.sort(key=key)
print(L, sorted(calls) == sorted([5, 3, 8, 1, 9, 2, 7]), len(calls))
people = [('ann', 30), ('bob', 25), ('cid', 30), ('dee', 25), ('eve', 35)]
people.sort(key=lambda p: p[1])
print(people)
people.sort(key=lambda p: p[1], reverse=True)
print(people)
words = ['bb', 'a', 'ccc', 'dd', 'e']
words.sort(key=len, reverse=True)
print(words)
nums = [3, -1, -3, 1, 2, -2]
nums.sort(key=abs)
print(nums)
nums.sort(key=lambda n: (abs(n), n))
print(nums)
empty = []
empty.sort()
print(empty, [1].sort(), sorted([1], key=lambda x: 1 / x))
try:
    [1, 2].sort(key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
