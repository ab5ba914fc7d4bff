# str: split() without args and strip() treat Unicode whitespace as separators; explicit sep does not
ws = ['\u00a0', '\u1680', '\u2000', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\x1c', '\x1f', '\x85']
for w in ws:
    s = 'a' + w + 'b'
    print(hex(ord(w)), w.isspace(), s.split(), repr(('  ' + w + 'x' + w).strip()))
print('a\u200bb'.split(), '\u200b'.isspace(), '\ufeff'.isspace())
print('x\u3000\u3000y'.split('\u3000'), 'x\u3000\u3000y'.split())
print('one\u2028two'.splitlines(), 'one\u2028two'.split('\n'))
