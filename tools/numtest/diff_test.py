#!/usr/bin/env python3
"""diff_test.py - differential test of core/objects/bignum and numfmt against this python3 (3.11).

Generates random and edge cases, runs them through tools/numtest/numtest_driver (built on the fly
unless --driver is given), computes CPython's answers, and reports mismatches per operation.

Usage: tools/numtest/diff_test.py [--seed N] [--scale F] [--driver PATH] [--runner CMD] [--show N]
  --scale F    multiply the number of random cases (default 1.0: about 60,000 cases)
  --runner CMD run the driver through CMD (e.g. "node --no-experimental-fetch" for a wasm build)
Exit status: 0 if there is no mismatch.
"""
import argparse
import math
import os
import random
import shlex
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

sys.set_int_max_str_digits(0)


# ---- encodings shared with numtest_driver.cpp ------------------------------------------------
def H(x):
    return format(x, 'x')


def B(d):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', d))[0]


def S(s):
    b = s.encode('utf-8', 'surrogatepass')
    return b.hex() if b else '-'


def ERR(e):
    return 'ERR %s %s' % (type(e).__name__, S(str(e)))


def guard(f):
    try:
        return f()
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        return ERR(e)


# ---- value generators --------------------------------------------------------------------------
R = random.Random()


def rand_int(maxbits=None):
    kind = R.random()
    if maxbits is None:
        maxbits = R.choice([8, 32, 64, 100, 300, 1000, 3000, 10000])
    if kind < 0.15:
        v = R.choice([0, 1, 2, 3, 7, 10, 255, 256, 2**31, 2**32 - 1, 2**32, 2**63 - 1, 2**63, 2**64 - 1, 2**64])
    elif kind < 0.3:
        k = R.randrange(0, maxbits + 1)
        v = (1 << k) + R.choice([-1, 0, 1])
    elif kind < 0.4:
        v = 10 ** R.randrange(0, max(1, maxbits // 3)) + R.choice([-1, 0, 1])
    elif kind < 0.5:
        # long runs of ones/zeros stress carries and two's complement
        k = R.randrange(1, maxbits + 1)
        v = ((1 << k) - 1) << R.randrange(0, 70)
    else:
        v = R.getrandbits(R.randrange(1, maxbits + 1))
    return -v if R.random() < 0.4 else v


def bits_to_double(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


SPECIAL_FLOATS = [0.0, -0.0, float('inf'), float('-inf'), float('nan'), 5e-324, -5e-324, 1e-323,
                  2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 1e22, 1e23,
                  9007199254740993.0, 9007199254740992.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 2.675, 1e16, 1e15,
                  9999999999999998.0, 1e-4, 1e-5, 0.0001, 123456789.0, 1.5, 2.5, 0.5, -0.5, 1.0, -1.0, 100.0,
                  3.14159, 1e300, 1e-300, 12345678901234567890.0, 0.125, 0.375, 1e100, 4.35, 1.005, 2.5e-5,
                  999999.5, 9.5, 0.05, 0.15, 0.25, 0.35, 1e-7, 123.456, 1234567.0, 1e21, 1e-6, 5.0e-5]


def rand_float():
    k = R.random()
    if k < 0.1:
        return R.choice(SPECIAL_FLOATS)
    if k < 0.35:
        d = bits_to_double(R.getrandbits(64))
        return d
    if k < 0.55:
        # short decimals, the common case in programs
        digits = R.randrange(1, 18)
        m = R.randrange(10 ** (digits - 1), 10 ** digits)
        return float('%de%d' % (m * R.choice([1, -1]), R.randrange(-30, 30)))
    if k < 0.7:
        # exact binary fractions: halfway cases for decimal rounding
        return R.randrange(-10 ** 6, 10 ** 6) / 2 ** R.randrange(0, 12)
    if k < 0.8:
        # subnormals and near the top
        if R.random() < 0.5:
            return bits_to_double(R.getrandbits(52)) * R.choice([1, -1])
        return bits_to_double((0x7fe << 52) | R.getrandbits(52)) * R.choice([1, -1])
    if k < 0.9:
        return R.uniform(-1000, 1000)
    return math.ldexp(1.0, R.randrange(-1074, 1024)) * R.choice([1, -1])


# ---- case builders: each returns (driver line, expected output) --------------------------------
def case_int_binop(op):
    a, b = rand_int(), rand_int()
    if op == 'add':
        return 'add\t%s\t%s' % (H(a), H(b)), H(a + b)
    if op == 'sub':
        return 'sub\t%s\t%s' % (H(a), H(b)), H(a - b)
    if op == 'mul':
        if R.random() < 0.3:
            a = rand_int(R.choice([2000, 5000, 20000, 60000]))
            b = rand_int(R.choice([100, 2000, 5000, 20000, 60000]))
        return 'mul\t%s\t%s' % (H(a), H(b)), H(a * b)
    if op == 'sqr':
        a = rand_int(R.choice([100, 2000, 20000, 60000]))
        return 'sqr\t%s' % H(a), H(a * a)
    if op == 'divmod':
        if R.random() < 0.3:
            b = rand_int(R.randrange(1, 200))
            a = b * rand_int(R.randrange(1, 2000)) + rand_int(R.randrange(1, 200))
        if b == 0:
            return 'divmod\t%s\t%s' % (H(a), H(b)), 'ERR ZeroDivision'
        q, r = divmod(a, b)
        return 'divmod\t%s\t%s' % (H(a), H(b)), '%s %s' % (H(q), H(r))
    if op == 'cmp':
        if R.random() < 0.2:
            b = a
        return 'cmp\t%s\t%s' % (H(a), H(b)), str((a > b) - (a < b))
    if op in ('and', 'or', 'xor'):
        f = {'and': lambda x, y: x & y, 'or': lambda x, y: x | y, 'xor': lambda x, y: x ^ y}[op]
        return '%s\t%s\t%s' % (op, H(a), H(b)), H(f(a, b))
    if op == 'gcd':
        if R.random() < 0.5:
            g = rand_int(200)
            a, b = a * g, b * g
        return 'gcd\t%s\t%s' % (H(a), H(b)), H(math.gcd(a, b))
    raise ValueError(op)


def case_truediv():
    k = R.random()
    if k < 0.4:
        a, b = rand_int(), rand_int()
    elif k < 0.7:
        # results near the overflow threshold and in the subnormal range
        b = R.getrandbits(R.randrange(1, 3000)) | 1
        shift = R.choice([1023, 1024, 1025, -1022, -1060, -1074, -1075, -1080, 0, 52, 53, -30])
        a = R.getrandbits(R.randrange(1, 120)) | 1
        a = a << max(0, b.bit_length() + shift - a.bit_length()) if shift > 0 else a
        if shift < 0:
            b = b << max(0, a.bit_length() - shift - b.bit_length())
        a = -a if R.random() < 0.3 else a
    else:
        # exact halfway quotients
        m = (R.getrandbits(53) | (1 << 53)) | 1
        b = R.getrandbits(R.randrange(1, 200)) | 1
        a = m * b << R.randrange(0, 100)
        b = b << R.randrange(0, 100)
    line = 'truediv\t%s\t%s' % (H(a), H(b))
    if b == 0:
        return line, 'ERR ZeroDivision'
    try:
        return line, B(a / b)
    except OverflowError:
        return line, 'ERR Overflow'


def case_pow():
    a = rand_int(R.choice([4, 16, 64, 300]))
    e = R.randrange(0, R.choice([5, 40, 300, 2000]))
    if abs(a).bit_length() * e > 400000:
        e = 3
    return 'pow\t%s\t%d' % (H(a), e), H(a ** e)


def case_powmod():
    a = rand_int(R.choice([8, 64, 300, 1000]))
    e = rand_int(R.choice([8, 64, 300]))
    m = rand_int(R.choice([8, 32, 64, 300, 1000]))
    if R.random() < 0.3:
        e = -abs(e)
    line = 'powmod\t%s\t%s\t%s' % (H(a), H(e), H(m))
    if m == 0:
        return line, 'ERR ZeroDivision'
    try:
        return line, H(pow(a, e, m))
    except ValueError:
        return line, 'ERR NotInvertible'


def case_shift():
    a = rand_int()
    n = R.choice([0, 1, 31, 32, 33, 63, 64, 65, R.randrange(0, 5000)])
    if R.random() < 0.5:
        return 'lshift\t%s\t%d' % (H(a), n), H(a << n)
    return 'rshift\t%s\t%d' % (H(a), n), H(a >> n)


def case_unary(op):
    a = rand_int()
    if op == 'invert':
        return 'invert\t%s' % H(a), H(~a)
    if op == 'bit_length':
        return 'bit_length\t%s' % H(a), str(a.bit_length())
    if op == 'bit_count':
        return 'bit_count\t%s' % H(a), str(a.bit_count())
    if op == 'isqrt':
        if R.random() < 0.3:
            r = abs(rand_int())
            a = r * r + R.choice([-1, 0, 1])
        line = 'isqrt\t%s' % H(a)
        return line, ('ERR Negative' if a < 0 else H(math.isqrt(a)))
    if op == 'hash':
        return 'hash\t%s' % H(a), str(hash(a))
    if op == 'to_i64':
        a = rand_int(R.choice([62, 63, 64, 65]))
        if R.random() < 0.2:
            a = R.choice([2**63 - 1, 2**63, -2**63, -2**63 - 1])
        ok = -2**63 <= a < 2**63
        return 'to_i64\t%s' % H(a), (str(a) if ok else 'ERR Overflow')
    if op == 'to_double':
        if R.random() < 0.5:
            k = R.randrange(0, 1030)
            a = ((1 << 53) | R.getrandbits(53)) << k
            a += R.choice([0, 1, -1, 1 << max(0, k - 1), (1 << k) >> 1]) if k else 0
            a = -a if R.random() < 0.3 else a
        line = 'to_double\t%s' % H(a)
        try:
            return line, B(float(a))
        except OverflowError:
            return line, 'ERR Overflow'
    raise ValueError(op)


def to_base(x, base):
    if x == 0:
        return '0'
    digs = '0123456789abcdefghijklmnopqrstuvwxyz'
    neg = x < 0
    x = abs(x)
    out = []
    while x:
        x, r = divmod(x, base)
        out.append(digs[r])
    return ('-' if neg else '') + ''.join(reversed(out))


def case_str():
    base = R.choice([10, 10, 10, 2, 8, 16, 3, 7, 36, 32, 4, 5])
    if base == 10 and R.random() < 0.2:
        a = rand_int(R.choice([20000, 100000, 340000]))
    else:
        a = rand_int()
    exp = str(a) if base == 10 else to_base(a, base)
    return 'str\t%s\t%d' % (H(a), base), exp


def case_parse():
    base = R.choice([10, 10, 10, 2, 8, 16, 3, 7, 36, 32])
    a = abs(rand_int(R.choice([64, 1000, 10000, 100000])))
    s = to_base(a, base)
    if R.random() < 0.3:
        s = '0' * R.randrange(1, 5) + s
    if R.random() < 0.2:
        s = s.upper()
    if R.random() < 0.05:
        s = s + R.choice(['!', ' ', '_', 'z' if base < 36 else '$'])
    # the library takes digits only: anything else is invalid (int() would strip spaces)
    valid = s != '' and all(c.isalnum() and int(c, 36) < base for c in s)
    exp = H(int(s, base)) if valid else 'ERR invalid'
    return 'parse\t%s\t%d' % (s, base), exp


def case_from_double():
    d = rand_float()
    if math.isinf(d) or math.isnan(d):
        d = 1e300
    return 'from_double\t%s' % B(d), H(int(d))


def case_bytes():
    a = rand_int(R.choice([8, 16, 64, 200]))
    n = R.randrange(0, 40)
    order = R.choice(['big', 'little'])
    signed = R.random() < 0.5
    line = 'to_bytes\t%s\t%d\t%s\t%d' % (H(a), n, order, signed)
    try:
        return line, (a.to_bytes(n, order, signed=signed).hex() or '-')
    except OverflowError as e:
        return line, ('ERR Negative' if 'negative' in str(e) else 'ERR Overflow')


def case_from_bytes():
    b = bytes(R.getrandbits(8) for _ in range(R.randrange(0, 30)))
    if b and R.random() < 0.3:
        b = bytes([R.choice([0, 0x80, 0xff])]) + b
    order = R.choice(['big', 'little'])
    signed = R.random() < 0.5
    return ('from_bytes\t%s\t%s\t%d' % (b.hex() or '-', order, signed),
            H(int.from_bytes(b, order, signed=signed)))


# ---- float cases ---------------------------------------------------------------------------------
def case_repr(op):
    d = rand_float()
    return '%s\t%s' % (op, B(d)), S(repr(d))


FLOAT_STRINGS = ['1_0e1_0', '1_0.5_5', '_1', '1_', '1__0', '1e_5', '.5', '5.', '.', '1e5', '  1.5\n', '+inf', '-Infinity',
                 'nAn', '-nan', 'infinit', '1.5e', '0x10', '1e+5_0', '1_e5', '1._5', '1.e5', '', ' ', '+', '-', 'e5',
                 '1e', '1e+', '++1', '1.5.5', 'inf5', '\t-0.0\t', '1e400', '-1e400', '1e-400', '4.9e-324', '2.4e-324',
                 '2.5e-324', '0.' + '0' * 400 + '1', '1' * 400, '00001', '1_000_000.000_1', 'infinityx', 'nanx', '  nan  ',
                 '9007199254740993', '1.00000000000000011102230246251565404236316680908203125',
                 '1.00000000000000011102230246251565404236316680908203124', '0e0', '-0', '+.5e-3', '1E5', '1e05']


def case_parse_float():
    k = R.random()
    if k < 0.3:
        s = R.choice(FLOAT_STRINGS)
    elif k < 0.6:
        s = repr(rand_float())
    else:
        # random decimal strings, some with underscores and junk
        digits = ''.join(R.choice('0123456789') for _ in range(R.randrange(1, 30)))
        if R.random() < 0.5:
            p = R.randrange(0, len(digits) + 1)
            digits = digits[:p] + '.' + digits[p:]
        if R.random() < 0.3:
            p = R.randrange(0, len(digits) + 1)
            digits = digits[:p] + '_' + digits[p:]
        if R.random() < 0.5:
            digits += R.choice('eE') + R.choice(['', '+', '-']) + str(R.randrange(0, 400))
        s = R.choice(['', '-', '+', ' ']) + digits + R.choice(['', ' ', 'x', '\n'])
    try:
        exp = B(float(s))
    except ValueError:
        exp = 'ERR invalid'
    return 'parse_float\t%s' % S(s), exp


HEX_STRINGS = ['0x.8p1', '1.', '.', '0x', 'p1', '0x1p', '0x1p+', '  0x1.8p1  ', '-0X1P-1074', '0x1p-1075', '0x1.8p-1075',
               '0x1p1024', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7ffp1023', 'inf', '-infinity', 'nan', '0x1.0p', '1e3',
               '0x1_0p0', '0x1p-99999999999999999999', '0x1p99999999999999999', '0x0p99999999999999999999', '', '0x0.0p0',
               '-0x0p0', '0x1p-1074', '0x3p-1076', '0x1p-1076', '0x5p-1076', '0x7p-1076', '0x1.00000000000008p0',
               '0x1.00000000000018p0', '0x1.000000000000081p0', 'x1p0', '0xg', '0x1.8p1 x', '0x1P+3', '+0x1p0', '0X.1',
               '00000000000000000000000000000001p0', '0x' + 'f' * 300 + 'p-1200', '0x.' + '0' * 300 + '1p1200']


def case_hex(op):
    if op == 'hex':
        d = rand_float()
        return 'hex\t%s' % B(d), S(d.hex())
    k = R.random()
    if k < 0.4:
        s = R.choice(HEX_STRINGS)
    else:
        s = rand_float().hex()
        if R.random() < 0.3:
            s = s.upper()
        if R.random() < 0.3:
            # perturb the exponent and add digits to force rounding
            s = s.replace('p', R.choice(['8p', '81p', '7fp', '80000001p', 'p1', 'p-5', 'p+50']), 1)
    line = 'fromhex\t%s' % S(s)
    return line, guard(lambda: B(float.fromhex(s)))


def case_float_misc(op):
    d = rand_float()
    if op == 'ratio':
        return 'ratio\t%s' % B(d), guard(lambda: '%s %s' % tuple(H(x) for x in d.as_integer_ratio()))
    if op == 'round0':
        if not math.isfinite(d):
            d = 2.5
        return 'round0\t%s' % B(d), H(round(d))
    if op == 'round':
        nd = R.choice([0, 1, 2, 3, -1, -2, R.randrange(-330, 330), 400, -400, 15, 16, 17, 308, -308, 323, 324, -309])
        return 'round\t%s\t%d' % (B(d), nd), guard(lambda: B(round(d, nd)))
    if op == 'fhash':
        if math.isnan(d):
            d = 1.5
        return 'fhash\t%s' % B(d), str(hash(d))
    if op == 'fdivmod':
        e = rand_float() if R.random() < 0.7 else R.choice([0.0, -0.0, 1.0, -1.0, 3.0, float('inf'), -float('inf')])
        line = 'fdivmod\t%s\t%s' % (B(d), B(e))

        def exp():
            q, r = divmod(d, e)
            return '%s %s %s %s' % (B(q), B(r), B(d // e), B(d % e))
        return line, guard(exp)
    if op == 'complex_repr':
        e = rand_float()
        return 'complex_repr\t%s\t%s' % (B(d), B(e)), S(repr(complex(d, e)))
    raise ValueError(op)


# ---- format specs --------------------------------------------------------------------------------
def rand_spec(kind):
    if R.random() < 0.05:
        return ''.join(R.choice('<>=^+- z#0123456789,_.xXdbcoeEfFgGn%s!é') for _ in range(R.randrange(1, 6)))
    parts = []
    if R.random() < 0.4:
        if R.random() < 0.5:
            parts.append(R.choice(['*', '0', ' ', 'é', 'x', '<', '€', '\U0001F600']))
        parts.append(R.choice('<>=^'))
    parts.append(R.choice(['', '', '+', '-', ' ']))
    if R.random() < 0.15:
        parts.append('z')
    if R.random() < 0.2:
        parts.append('#')
    if R.random() < 0.25:
        parts.append('0')
    if R.random() < 0.6:
        parts.append(str(R.randrange(0, 30)))
    if R.random() < 0.3:
        parts.append(R.choice([',', '_']))
    if R.random() < 0.5 and kind != 'int' or R.random() < 0.05:
        parts.append('.' + str(R.choice([0, 1, 2, 3, 5, 6, 10, 16, 17, 20, 30, R.randrange(0, 60)])))
    types = {'int': 'bcdoxXn' * 3 + 'eEfFgG%s', 'float': 'eEfFgGn%' * 3 + 'dsx', 'complex': 'eEfFgGn' * 3 + '%d',
             'str': 's' * 5 + 'dx'}[kind]
    if R.random() < 0.75:
        parts.append(R.choice(types))
    return ''.join(parts)


def case_format(kind):
    spec = rand_spec(kind)
    if kind == 'int':
        a = rand_int(R.choice([8, 32, 64, 200])) if R.random() < 0.9 else R.choice([0, 65, 0x10ffff, 0x110000, -1])
        return 'format_int\t%s\t%s' % (H(a), S(spec)), guard(lambda: S(format(a, spec)))
    if kind == 'float':
        d = rand_float()
        return 'format_float\t%s\t%s' % (B(d), S(spec)), guard(lambda: S(format(d, spec)))
    if kind == 'complex':
        re, im = rand_float(), rand_float()
        if R.random() < 0.2:
            re = R.choice([0.0, -0.0])
        return ('format_complex\t%s\t%s\t%s' % (B(re), B(im), S(spec)),
                guard(lambda: S(format(complex(re, im), spec))))
    s = R.choice(['', 'a', 'hello', 'héllo wörld', '€uro', '\U0001F600 smile', 'x' * 40])
    return 'format_str\t%s\t%s' % (S(s), S(spec)), guard(lambda: S(format(s, spec)))


def case_percent(kind):
    flags = ''.join(R.choice('-0+ #') for _ in range(R.randrange(0, 4)))
    width = R.choice([-1, -1, 0, 1, 5, 12, 25])
    prec = R.choice([-1, -1, 0, 1, 3, 6, 10, 20])
    fmt = '%' + flags + ('' if width < 0 else str(width)) + ('' if prec < 0 else '.' + str(prec))
    if kind == 'int':
        conv = R.choice('diuxXoc')
        a = rand_int(R.choice([8, 32, 64, 200]))
        if conv == 'c':
            a = R.choice([0, 65, 233, 0x20ac, 0x1F600, 0x10ffff, 0x110000, -1])
        line = 'percent_int\t%s\t%s\t%d\t%d\t%s' % (H(a), S(flags), width, prec, conv)
        return line, guard(lambda: S((fmt + conv) % a))
    conv = R.choice('eEfFgG')
    d = rand_float()
    line = 'percent_float\t%s\t%s\t%d\t%d\t%s' % (B(d), S(flags), width, prec, conv)
    return line, guard(lambda: S((fmt + conv) % d))


# ---- fixed edge suites ---------------------------------------------------------------------------
def fixed_cases():
    out = []
    for k in range(-1074, 1024):
        d = math.ldexp(1.0, k)
        out.append(('repr', 'repr\t%s' % B(d), S(repr(d))))
        out.append(('repr_exact', 'repr_exact\t%s' % B(d), S(repr(d))))
        nd = math.nextafter(d, 0)
        out.append(('repr_exact', 'repr_exact\t%s' % B(nd), S(repr(nd))))
    for d in SPECIAL_FLOATS:
        for spec in ['', 'e', 'f', 'g', '.0', '.1', '.3', '.17', '.0e', '.0f', '#.0f', '#g', 'z', '+', ' ', ',', '_',
                     '%', '.0%', 'n', 'E', 'F', 'G', '010', '010,', '<12', '^12', '=12', '*^15,.3f', '+.2e', 'z.1f']:
            out.append(('format_float', 'format_float\t%s\t%s' % (B(d), S(spec)), guard(lambda: S(format(d, spec)))))
    for spec in ['', ',', '_', 'x', '#x', '#_x', '#_b', '08,', '09,', '07,', '0=10,', 'x=10,', '010', '+', ' ',
                 'c', 'n', '05c', '<5c', 'e', '.2f', '%', ',d,', ',_', '_,', ',,', '__', ',x', ',b', ',n', '_n',
                 '.2d', '.', '+c', '#c', 'c,', 's', '99999999999999999999', 'abc', '<<<', 'z', '٣', 'é', ',é',
                 '\x01', ',\x01', '.2c', 'z+c', '#010_x', '#011_b', '0<8', '0>8', '0^8', '0=8']:
        for a in [0, 1, -1, 1234, -1234, 255, 65, 10**30, -10**20, 2**64]:
            out.append(('format_int', 'format_int\t%s\t%s' % (H(a), S(spec)), guard(lambda: S(format(a, spec)))))
    for spec in ['', '05', '<05', '+', '#', '=', ',', '_', 'z', ' ', '#=', 'z#', '=#', ' #', '.3', '^10.3', 'é^5',
                 '>10', 'd', '.0', 's', '10s', '<0', 'x<5']:
        for s in ['', 'ab', 'abcdef', 'é']:
            out.append(('format_str', 'format_str\t%s\t%s' % (S(s), S(spec)), guard(lambda: S(format(s, spec)))))
    for spec in ['', '=', '0', '%', 'n', '+', '.2', 'f', '^20,.2f', ',', 'z', '10', '<30', 'e', '#', '*^30g', '0<5']:
        for c in [1j, -1j, 1 + 2j, complex(1, -0.0), complex(-0.0, -0.0), complex(-0.0, 1), 1e6 + 1j, complex(float('nan'), float('inf'))]:
            out.append(('format_complex', 'format_complex\t%s\t%s\t%s' % (B(c.real), B(c.imag), S(spec)),
                        guard(lambda: S(format(c, spec)))))
    for a in [0, 1, 2**53 + 1, 2**1024 - 2**970, 2**1024 - 2**971, 2**1024, -(2**1024 - 2**970 - 1), 9007199254740993,
              (2**53 + 1) << 100, ((2**53 + 1) << 100) + 1, 2**64 - 1]:
        out.append(('to_double', 'to_double\t%s' % H(a), guard(lambda: B(float(a))) if a < 2**1024 - 2**970 or a < 0 and -a < 2**1024 - 2**970 else 'ERR Overflow'))
    for a, b in [(10**400 // 3, 10**100), (10**400, 7), (1, 10**400), (-1, 10**400), (0, -5), (2**1074, 1), (2**1023, 1),
                 (1, 2**1074), (1, 2**1075), (3, 2**1076), (1, -3), (10**22, 10**22 - 1), (2**53 + 1, 1)]:
        line = 'truediv\t%s\t%s' % (H(a), H(b))
        try:
            out.append(('truediv', line, B(a / b)))
        except OverflowError:
            out.append(('truediv', line, 'ERR Overflow'))
    return out


OPS = [
    ('add', 4, lambda: case_int_binop('add')), ('sub', 3, lambda: case_int_binop('sub')),
    ('mul', 4, lambda: case_int_binop('mul')), ('sqr', 1, lambda: case_int_binop('sqr')),
    ('divmod', 5, lambda: case_int_binop('divmod')), ('cmp', 1, lambda: case_int_binop('cmp')),
    ('and', 1.5, lambda: case_int_binop('and')), ('or', 1.5, lambda: case_int_binop('or')),
    ('xor', 1.5, lambda: case_int_binop('xor')), ('gcd', 1.5, lambda: case_int_binop('gcd')),
    ('truediv', 4, case_truediv), ('pow', 2, case_pow), ('powmod', 2, case_powmod), ('shift', 2, case_shift),
    ('invert', 1, lambda: case_unary('invert')), ('bit_length', 1, lambda: case_unary('bit_length')),
    ('bit_count', 1, lambda: case_unary('bit_count')), ('isqrt', 1.5, lambda: case_unary('isqrt')),
    ('hash', 1.5, lambda: case_unary('hash')), ('to_i64', 1, lambda: case_unary('to_i64')),
    ('to_double', 3, lambda: case_unary('to_double')), ('str', 3, case_str), ('parse', 3, case_parse),
    ('from_double', 2, case_from_double), ('to_bytes', 2, case_bytes), ('from_bytes', 1, case_from_bytes),
    ('repr', 8, lambda: case_repr('repr')), ('repr_exact', 8, lambda: case_repr('repr_exact')),
    ('parse_float', 4, case_parse_float), ('hex', 1, lambda: case_hex('hex')), ('fromhex', 3, lambda: case_hex('fromhex')),
    ('ratio', 1, lambda: case_float_misc('ratio')), ('round0', 1, lambda: case_float_misc('round0')),
    ('round', 4, lambda: case_float_misc('round')), ('fhash', 2, lambda: case_float_misc('fhash')),
    ('fdivmod', 3, lambda: case_float_misc('fdivmod')), ('complex_repr', 1, lambda: case_float_misc('complex_repr')),
    ('format_int', 10, lambda: case_format('int')), ('format_float', 14, lambda: case_format('float')),
    ('format_complex', 4, lambda: case_format('complex')), ('format_str', 3, lambda: case_format('str')),
    ('percent_int', 4, lambda: case_percent('int')), ('percent_float', 5, lambda: case_percent('float')),
]


def build_driver(out):
    srcs = [os.path.join(HERE, 'numtest_driver.cpp'), os.path.join(ROOT, 'core/objects/bignum.cpp'),
            os.path.join(ROOT, 'core/objects/numfmt.cpp')]
    cmd = ['g++', '-std=c++20', '-O2', '-Wall', '-Wextra', '-fno-exceptions', '-I' + os.path.join(ROOT, 'core')] + srcs + ['-o', out]
    subprocess.run(cmd, check=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--scale', type=float, default=1.0)
    ap.add_argument('--driver')
    ap.add_argument('--runner', default='')
    ap.add_argument('--show', type=int, default=5)
    ap.add_argument('--only', default='', help='comma-separated op names')
    args = ap.parse_args()
    R.seed(args.seed)
    tmp = tempfile.mkdtemp(prefix='numtest')
    driver = args.driver
    if not driver:
        driver = os.path.join(tmp, 'numtest_driver')
        build_driver(driver)
    only = set(filter(None, args.only.split(',')))
    cases = [c for c in fixed_cases() if not only or c[0] in only]
    for name, weight, gen in OPS:
        if only and name not in only:
            continue
        for _ in range(int(weight * 1000 * args.scale)):
            line, exp = gen()
            cases.append((name, line, exp))
    inp = '\n'.join(c[1] for c in cases) + '\n'
    cmd = shlex.split(args.runner) + [driver]
    res = subprocess.run(cmd, input=inp.encode(), stdout=subprocess.PIPE)
    got = res.stdout.decode().split('\n')
    stats = {}
    shown = {}
    bad = 0
    for i, (name, line, exp) in enumerate(cases):
        g = got[i] if i < len(got) else '<missing>'
        st = stats.setdefault(name, [0, 0])
        st[0] += 1
        if g != exp:
            st[1] += 1
            bad += 1
            if shown.get(name, 0) < args.show:
                shown[name] = shown.get(name, 0) + 1

                def dec(s):
                    parts = s.split(' ')
                    try:
                        return ' '.join(bytes.fromhex(p).decode() if p not in ('-', 'ERR') and all(
                            c in '0123456789abcdef' for c in p) and len(p) % 2 == 0 else p for p in parts)[:300]
                    except Exception:
                        return s[:300]
                print('MISMATCH %s: %s\n   expected: %s\n   got:      %s' % (name, line[:300], dec(exp), dec(g)))
    for name in sorted(stats):
        print('%-16s %7d cases %5d mismatches' % (name, stats[name][0], stats[name][1]))
    print('diff_test: %d cases, %d mismatches (driver exit %d)' % (len(cases), bad, res.returncode))
    return 1 if bad or res.returncode else 0


if __name__ == '__main__':
    sys.exit(main())
