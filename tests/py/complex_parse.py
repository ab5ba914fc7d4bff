# complex: complex() from strings, numbers and mixed args, and its error messages
def t(*a):
    try:
        print(a, repr(complex(*a)))
    except Exception as e:
        print(a, type(e).__name__, e)
for s in ['1+2j', '1-2j', '  (3+4j)  ', '2j', '-j', 'j', '+J', '1e3-1e-3j', 'inf+nanj', '-infj', '1_0+2_0j',
          '3', '(5)', '1 + 2j', '1+2', 'j1', '', '()', '1+2jj', '((1+2j))', '0x1+2j', 'nan']:
    t(s)
t(1, 2)
t(1.5, -0.0)
t(1j, 2)
t(2, 1j)
t('1', 2)
t(1, '2')
t(None)
t([])
t()
print(complex(real=1, imag=-3), complex(imag=2))
class C:
    def __complex__(self):
        return 5j
print(complex(C()))
