# int: underscores in int() strings and literals, valid and invalid placements
def t(*a):
    try:
        print(repr(int(*a)))
    except Exception as e:
        print(type(e).__name__, e)
t('1_000')
t('1_000_000')
t('0x_ff', 16)
t('0x_ff', 0)
t('0b_1_0', 0)
t('f_f', 16)
t('_1000')
t('1000_')
t('1__000')
t('0_0', 0)
t('0_7', 0)
t('07', 0)
t('1_0', 0)
print(1_2_3, 0x_A_B, 0o_1_7, 0b_1_1, 1_0.5, 1e1_0)
