# str_percent: mapping keys %(name)s with width/flags, reuse of keys, and mixing errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {'name': 'Ada', 'age': 36, 'pi': 3.14159}
t(lambda: '%(name)s is %(age)d' % d)
t(lambda: '%(name)-6s|%(age)05d|%(pi).2f|%(name)r' % d)
t(lambda: '%(name)s %(name)s' % d)
t(lambda: '%(missing)s' % d)
t(lambda: '%(name)s %s' % d)
t(lambda: '%(name)s' % ('x',))
t(lambda: '%(a)s' % {'a': 1, 'b': 2})
t(lambda: '%(a(b)c)s' % {'a(b)c': 'nested parens'})
t(lambda: '%(a' % {'a': 1})
t(lambda: '%(x)*d' % {'x': 1})
t(lambda: '%s' % d)
t(lambda: 'no format' % d)
t(lambda: '%%' % d)
class M:
    def __getitem__(self, k):
        return k.upper()
t(lambda: '%(abc)s-%(xy)s' % M())
