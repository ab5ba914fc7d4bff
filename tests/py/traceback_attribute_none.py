# Common beginner error: attribute of None returned by a function.
def find(items, target):
    for i in items:
        if i == target:
            return i
result = find([1, 2, 3], 4)
print(result.bit_length())
