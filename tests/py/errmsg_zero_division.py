# errmsg: every ZeroDivisionError message variant for int, float, complex, divmod, pow, and %-formatting
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
z = 0
t('1/0', lambda: 1 / z)
t('1//0', lambda: 1 // z)
t('1%0', lambda: 1 % z)
t('divmod(1,0)', lambda: divmod(1, z))
t('1.0/0', lambda: 1.0 / z)
t('1.0//0', lambda: 1.0 // z)
t('1.0%0', lambda: 1.0 % z)
t('divmod(1.0,0)', lambda: divmod(1.0, z))
t('1j/0', lambda: 1j / z)
t('0**-1', lambda: z ** -1)
t('0.0**-1', lambda: 0.0 ** -1)
t('0j**-1', lambda: 0j ** -1)
t('True/False', lambda: True / False)
t('big//0', lambda: 10 ** 100 // z)
t('big%0', lambda: 10 ** 100 % z)
t('1/0.0', lambda: 1 / 0.0)
t('pow(0,-1,5)', lambda: pow(z, -1, 5))
x = 5
try:
    x //= 0
except ZeroDivisionError as e:
    print('x//=0', e)
print(issubclass(ZeroDivisionError, ArithmeticError))
