# An __iadd__ returning None rebinds the name to None (a classic bug, shown deterministically).
class Bad:
    def __iadd__(self, other):
        self.items = other
b = Bad()
b += [1]
print(b)
class List(list):
    def __iadd__(self, other):
        print('List.__iadd__')
        return super().__iadd__(other)
l = List([1])
l += (2, 3)
print(l, type(l).__name__)
try:
    l + (4,)
except TypeError as e:
    print(type(e).__name__, e)
