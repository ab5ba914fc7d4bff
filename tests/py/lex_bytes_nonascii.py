# Bytes literals must be ASCII; error message for non-ASCII.
print(b'abc' + b'\xe9')
try:
    eval("b'é'")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(list(b'\t\n\r'))
print(b'\\' == b'\x5c')
