# f-strings call __format__ with the spec; format errors for bad specs.
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        return f'<{spec}:{self.v}>'
m = Money(5)
print(f'{m}', f'{m:abc}', f'{m:{1+1}}')
try:
    f'{5:q}'
except ValueError as e:
    print(type(e).__name__, e)
try:
    f'{"s":d}'
except ValueError as e:
    print(type(e).__name__, e)
try:
    f'{object():x}'
except TypeError as e:
    print(type(e).__name__, e)
