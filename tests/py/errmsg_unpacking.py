# errmsg: unpacking messages: too many/not enough values, starred targets, non-iterables
def t(src):
    try:
        exec(src, {})
        print('ok:', src)
    except Exception as e:
        print(type(e).__name__, e)
t('a, b = 1, 2, 3')
t('a, b = [1]')
t('a, b, c = "ab"')
t('a, b = "abc"')
t('a, *b, c = [1]')
t('a, *b = []')
t('*a, b, c, d = (1, 2)')
t('a, b = {1: 2, 3: 4}')
t('a, b = {1: 2}')
t('a, b = None')
t('a, b = 1.5')
t('[a, b] = range(5)')
t('(a, b), c = [1, 2], 3')
t('(a, b), c = 1, 2')
t('a, = [1, 2]')
t('for x, y in [(1, 2), (3,)]: pass')
t('for x, y in [1]: pass')
