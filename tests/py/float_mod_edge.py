# float: modulo/floor-division edge cases: tiny negative operands, huge values, exact results, signs of zero
def t(expr):
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
for e in ['-1e-300 % 1.0', '1e-300 % -1.0', '-0.0 % 1.0', '0.0 % -1.0', '1e308 % 3.0', '-1e308 % 3.0', '5.0 % 1e308',
          '-5.0 % 1e308', '7.0 // 0.1', '7.0 % 0.1', '-7.0 // 0.1', '1e16 % 7', '(2**53 + 1.0) % 2', '3.5 // -0.5',
          '-3.5 // 0.5', '0.3 % 0.1', '0.3 // 0.1', 'divmod(-0.0, 5.0)', 'divmod(0.0, -5.0)', 'float("inf") % 5',
          '5 % float("-inf")', '-5 % float("-inf")', '5 // float("-inf")', 'float("nan") // 1']:
    t(e)
