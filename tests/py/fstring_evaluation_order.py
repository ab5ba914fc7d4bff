# f-string expressions are evaluated left to right, each once.
def t(v):
    print('eval', v)
    return v
print(f'{t(1)}-{t(2)}-{t(3):>{t(4)}}')
class C:
    def __format__(self, spec):
        print('format called with', repr(spec))
        return 'C'
    def __str__(self):
        print('str called')
        return 'S'
print(f'{C()} {C()!s} {C():x}')
