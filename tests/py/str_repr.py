# str: repr() quoting choice and escapes for control, non-printable and non-ASCII characters
samples = ['plain', "it's", 'say "hi"', 'both \' and "', '\\', 'tab\there', 'nl\nx', 'cr\r', '\x00\x01\x1f\x7f',
           '\x80\x9f\xa0\xad', 'é€😀', '\u200b\u2028\ufeff', '\ud800', '\U000e0001', '\x1b[0m', '', "'", '"', '\'"',
           'ḁ\u0301', '\uffff', '\U0010ffff', '\u0378']
for s in samples:
    print(repr(s))
print(repr(['a', "b'"]), repr(('é',)), repr({'k': '\n'}), str(['\t']))
print('%r' % 'x\n', f'{"q"!r}', repr(repr('a')))
class S(str):
    pass
print(repr(S('sub')), str(S('sub')), type(str(S('x'))).__name__)
