# Unterminated strings and bad escapes as SyntaxError messages via compile().
cases = ["'abc", '"abc', "'''abc", "'\\N{NOT A REAL NAME}'", "'\\x4'", "'\\u12'", "b'\\x'"]
for src in cases:
    try:
        compile(src, '<s>', 'eval')
        print('ok', src)
    except SyntaxError as e:
        print(repr(src), '->', type(e).__name__, e.msg)
