# str: `in` operator, repetition with ints/negatives/bools, concatenation and their errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 'ell' in 'hello')
t(lambda: '' in 'hello')
t(lambda: '' in '')
t(lambda: 'hello' in 'hell')
t(lambda: 'x' not in 'abc')
t(lambda: 1 in 'abc')
t(lambda: None in 'abc')
t(lambda: 'ab' * 3)
t(lambda: 3 * 'ab')
t(lambda: 'ab' * 0)
t(lambda: 'ab' * -2)
t(lambda: 'ab' * True)
t(lambda: 'ab' * 2.0)
t(lambda: 'ab' * 'c')
t(lambda: 'ab' * (2**63))
t(lambda: 'a' + 'b')
t(lambda: 'a' + 1)
t(lambda: 1 + 'a')
t(lambda: 'a' + None)
t(lambda: 'a' + b'b')
t(lambda: 'a' - 'b')
t(lambda: -'a')
s = 'x'
s += 'y'
s *= 3
t(lambda: s)
