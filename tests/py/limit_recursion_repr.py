# Recursion through __repr__, __eq__ and __getattr__ hits RecursionError rather than crashing.
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print('repr', type(e).__name__)
class E:
    def __eq__(self, other):
        return self == other
try:
    E() == E()
except RecursionError as e:
    print('eq', type(e).__name__)
l = []
l.append(l)
print(l)
d = {}
d['self'] = d
print(d)
