# Numeric literal edge cases: attribute access on ints, leading zeros errors.
print(1 .real, (1).imag, 1..__class__.__name__)
print(0x10.__index__() if False else 16)
for src in ["012", "1__0", "1_", "0x", "0b2", "0o8", "1e", "0_x1", "09"]:
    try:
        print(src, eval(src))
    except SyntaxError as e:
        print(src, type(e).__name__, e.msg)
