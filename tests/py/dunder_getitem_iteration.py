# Old-style iteration via __getitem__ until IndexError; 'in' falls back to it too.
class Seq:
    def __getitem__(self, i):
        print('getitem', i)
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()))
print(20 in Seq())
it = iter(Seq())
print(type(it).__name__, next(it))
class Stops:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stops()))
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print(type(e).__name__, e)
