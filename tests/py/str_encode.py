# str: encode with utf-8, latin-1, ascii, utf-16/32 and the errors handlers; error messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
s = 'héllo wörld €😀'
t(lambda: s.encode())
t(lambda: s.encode('utf-8'))
t(lambda: s.encode('UTF8'))
t(lambda: 'abc'.encode('ascii'))
t(lambda: s.encode('ascii'))
t(lambda: s.encode('ascii', 'ignore'))
t(lambda: s.encode('ascii', 'replace'))
t(lambda: s.encode('ascii', 'xmlcharrefreplace'))
t(lambda: s.encode('ascii', 'backslashreplace'))
t(lambda: s.encode('latin-1'))
t(lambda: 'héllo'.encode('latin-1'))
t(lambda: 'héllo'.encode('iso-8859-1'))
t(lambda: 'hé'.encode('utf-16-le'))
t(lambda: 'hé'.encode('utf-16-be'))
t(lambda: 'hé'.encode('utf-32-be'))
t(lambda: '\ud800'.encode('utf-8'))
t(lambda: '\ud800'.encode('utf-8', 'surrogatepass'))
t(lambda: 'x'.encode('no-such-codec'))
t(lambda: 'x'.encode('ascii', 'no-such-handler'))
t(lambda: 'x'.encode(errors='strict'))
t(lambda: 'ab€'.encode('cp1252'))
