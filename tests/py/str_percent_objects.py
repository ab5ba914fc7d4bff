# str_percent: %s/%r/%a with containers, None, bools, user objects with __str__/__repr__, and tuples as values
class P:
    def __str__(self):
        return 'P-str'
    def __repr__(self):
        return 'P-repr-é'
p = P()
print('%s %r %a' % (p, p, p))
print('%s' % [p], '%r' % ([p],), '%s' % ((1, 2),), '%s %s' % (None, True))
print('%s' % {'k': p}, '%-8s|%8r|' % (p, 'q'))
print('%(a)s %(a)r' % {'a': p})
print('%s' % b'bytes', '%r' % b'bytes', '%a' % 'ü€😀', '%s' % 'ü€😀')
print('%.3s|%.1r|%5.2a|' % ('abcdef', 'xyz', 'ü'))
print('%s' % 1e100, '%s' % -0.0, '%r' % 1j, '%s' % frozenset({1}), '%s' % range(3))
