# __format__ is used by format() and f-strings; object.__format__ rejects non-empty specs.
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __format__(self, spec):
        if spec == 'polar':
            return 'polar-form'
        return f'({self.x:{spec}}, {self.y:{spec}})'
    def __str__(self): return 'Pt-str'
p = Pt(1.5, 2)
print(format(p), format(p, '.2f'), f'{p:polar}', '{:>5}'.format(p))
class Plain:
    def __str__(self): return 'plain'
print(format(Plain()), f'{Plain()}')
try:
    format(Plain(), '>10')
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec): return 123
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
