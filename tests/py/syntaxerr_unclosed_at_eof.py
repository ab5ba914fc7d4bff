# SyntaxError: '{' was never closed, reported at the opening line.
config = {
    'a': 1,
    'b': 2,
