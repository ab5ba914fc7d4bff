# sys: float_info fields (IEEE 754 double constants), maxsize relations, and int limits helpers
import sys
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp, fi.radix)
print(fi.max == 1.7976931348623157e308, fi.min == 2.2250738585072014e-308, 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(type(fi).__name__, len(fi), fi[0] == fi.max)
print(sys.maxsize, -sys.maxsize - 1, sys.maxsize.bit_length())
print(sys.get_int_max_str_digits(), sys.maxunicode, hex(sys.maxunicode))
