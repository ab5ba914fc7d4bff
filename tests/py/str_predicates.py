# str: isalpha/isdigit/isdecimal/isnumeric/isalnum/isspace/isupper/islower/istitle/isidentifier/isprintable/isascii
samples = ['', 'abc', 'ABC', 'Abc', 'Abc Def', 'abc1', '123', '١٢٣', '²', '½', 'Ⅻ', '一二', ' \t\n', '\u2003', '\x1c',
           'é', 'ß', 'ǅ', 'a b', '_x1', '1x', 'def', 'α', '\x00', '\x7f', '\xa0', '\u200b', '😀', 'Hello World', 'HELLO WORLD!',
           'hello world!', 'Σ', '𝟘', '৩']
preds = ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle', 'isidentifier', 'isprintable', 'isascii']
print(' '.join(p[2:6] for p in preds))
for s in samples:
    print(repr(s).ljust(16), ' '.join('T' if getattr(s, p)() else '.' for p in preds))
