# Implicit concatenation of adjacent string literals, mixed prefixes and across lines.
s = 'a' "b" '''c''' """d"""
print(s)
print('x' r'\n' 'y')
print(b'ab' b'cd', rb'\x' b'\x41')
t = ('first '
     'second '
     "third")
print(t)
name = 'W'
print('hello ' f'{name}' ' !')
print(len('' ''), ('a' 'b') * 2)
try:
    eval("'a' b'b'")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
