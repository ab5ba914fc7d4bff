# str: isidentifier for ASCII, Unicode letters, digits, keywords (still identifiers), and invalid forms
cases = ['x', '_', '__init__', 'x1', '1x', '', ' x', 'x y', 'if', 'None', 'match', 'café', 'π', 'ℕ', 'Ⅻ', 'a-b', 'a.b',
         '$x', 'x$', '٣x', 'x٣', '\u00b7x', 'x\u00b7', '𝔘𝔫𝔦', '😀', 'ﬁ', '_1_', 'A' * 100]
for c in cases:
    print(repr(c), c.isidentifier())
