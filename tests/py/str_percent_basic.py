# str_percent: %s %r %a %d %i %u %x %X %o %c %% conversions with single values and tuples
print('%s' % 'text', '%s' % 42, '%s' % (None,), '%s' % [1, 2], '%s' % ((1, 2),))
print('%r' % 'text', '%r' % 42, '%a' % 'é', '%r' % 'é')
print('%d %i %u' % (42, -7, 3), '%d' % 3.99, '%d' % True, '%d' % -0.5)
print('%x %X %o' % (255, 255, 8), '%x' % -255, '%o' % -8)
print('%#x %#X %#o' % (255, 255, 8), '%#x' % 0, '%#o' % 0)
print('%c%c%c' % (72, 'i', 0x1F600), '%c' % '€')
print('100%%', '%d%%' % 50, '%%s' % (), '%s%%%s' % ('a', 'b'))
print('%s and %s' % ('a', 'b'), '%s' % 'single', 'no args' % ())
print('%s' % {'k': 1}, '%(k)s' % {'k': 1}, '%s' % {'k': 1}.get('k'))
print('%d' % 10**30, '%x' % 2**70, '%s' % 1.5, '%s' % 1e16)
print('%5s|%-5s|%.2s|%5.1s|' % ('abc', 'abc', 'abc', 'abc'))
print('%3c|%-3c|' % ('x', 'y'))
print('%s|%r' % (b'x', b'y'), '%i' % 7)
class R:
    def __index__(self):
        return 17
print('%x %o %c' % (R(), R(), 65))
