# bytes: %-formatting on bytes (%s %b %r %a %d %x %c) and its errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b'%s-%s' % (b'a', bytearray(b'b')))
t(lambda: b'%b' % b'x')
t(lambda: b'%d %i %x %X %o' % (42, -3, 255, 255, 8))
t(lambda: b'%5d|%-5d|%05d' % (1, 2, 3))
t(lambda: b'%.2f %e %g' % (3.14159, 1000.0, 0.5))
t(lambda: b'%c%c' % (65, b'B'))
t(lambda: b'%r' % 'é')
t(lambda: b'%a' % 'é')
t(lambda: b'%r' % b'x')
t(lambda: b'%(k)s' % {b'k': b'v'})
t(lambda: b'100%%' % ())
t(lambda: b'%s' % 'str')
t(lambda: b'%s' % 5)
t(lambda: b'%c' % 256)
t(lambda: b'%c' % b'ab')
t(lambda: b'%s %s' % (b'a',))
t(lambda: bytearray(b'%d') % 5)
t(lambda: b'%s' % memoryview(b'mv'))
