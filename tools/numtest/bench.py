#!/usr/bin/env python3
"""bench.py - runs tools/numtest/bench (C++) and the same operations in python3; prints the ratios.

Usage: tools/numtest/bench.py [--bench PATH] [--runner CMD]   (ratio = ours / CPython's time)
"""
import argparse
import os
import random
import shlex
import subprocess
import sys
import tempfile
import timeit

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.set_int_max_str_digits(0)

a1000 = 10**1000 - 12345
b1000 = 7**1183 - 999
a10k = 10**10000 - 1
b10k = 7**11833 - 1
a2000 = 10**2000 - 7
p4300 = 10**4300
s4300 = str(p4300 - 1)
p2_100k = 2**100000
p10_100k = 10**100000 - 1
m1024 = 2**1024 - 105
b1024 = 3**600 - 1
e1024 = 2**1023 - 3
rng = random.Random(42)
ds = [rng.uniform(1e-30, 1e30) * rng.choice([1e-100, 1, 1e100]) for _ in range(1000)]
short_ds = [rng.randrange(100000) / 100.0 for _ in range(1000)]
strs = [repr(d) for d in ds]


def fact():
    f = 1
    for i in range(2, 2001):
        f *= i
    return f


def addloop():
    acc = 0
    one = 0x123456789 << 64  # a multi-digit int, as in the C++ loop
    for _ in range(1000):
        acc += one
    return acc


PY = {
    'mul_1000d': lambda: a1000 * b1000,
    'mul_10000d': lambda: a10k * b10k,
    'divmod_2000d_1000d': lambda: divmod(a2000, b1000),
    'str_10_4300': lambda: str(p4300),
    'int_4300_digits': lambda: int(s4300),
    'str_2_100000': lambda: str(p2_100k),
    'str_10_100000': lambda: str(p10_100k),
    'hex_2_100000': lambda: hex(p2_100k),
    'factorial_2000': fact,
    'pow_3_100000': lambda: 3**100000,
    'powmod_1024bit': lambda: pow(b1024, e1024, m1024),
    'add_small_loop': addloop,
    'repr_random_x1000': lambda: [repr(d) for d in ds],
    'repr_short_x1000': lambda: [repr(d) for d in short_ds],
    'format_2f_x1000': lambda: [format(d, '.2f') for d in short_ds],
    'parse_float_x1000': lambda: [float(s) for s in strs],
}


def py_time(f):
    n, t = 1, 0.0
    while True:
        t = timeit.timeit(f, number=n)
        if t > 0.3:
            return t / n * 1e6
        n *= 2 if t > 0.01 else 10


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bench')
    ap.add_argument('--runner', default='')
    args = ap.parse_args()
    exe = args.bench
    if not exe:
        exe = os.path.join(tempfile.mkdtemp(), 'bench')
        subprocess.run(['g++', '-std=c++20', '-O2', '-fno-exceptions', '-I' + os.path.join(ROOT, 'core'),
                        os.path.join(HERE, 'bench.cpp'), os.path.join(ROOT, 'core/objects/bignum.cpp'),
                        os.path.join(ROOT, 'core/objects/numfmt.cpp'), '-o', exe], check=True)
    out = subprocess.run(shlex.split(args.runner) + [exe], stdout=subprocess.PIPE, check=True).stdout.decode()
    print('%-28s %12s %12s %8s' % ('benchmark', 'coil us', 'cpython us', 'ratio'))
    for line in out.splitlines():
        name, us = line.split()
        py = py_time(PY[name])
        print('%-28s %12.2f %12.2f %8.2f' % (name, float(us), py, float(us) / py))


if __name__ == '__main__':
    main()
