# str_format: numbers through str.format: ints, floats, grouping, sign, percent and alignment
rows = [(1, 'Alice', 1234.5), (22, 'Bob', -7.25), (333, 'Chloé', 1e6)]
for i, name, amt in rows:
    print('{:>4} | {:<6} | {:>12,.2f} | {:+08.1f} | {:^9.1%}'.format(i, name, amt, amt, amt / 1e4))
print('{:b} {:o} {:x} {:X} {:#b} {:c}'.format(10, 10, 255, 255, 5, 97))
print('{:,} {:_} {:,.3f} {:_x}'.format(10**9, 10**9, 1234.5678, 2**32))
print('{:e} {:.2E} {:g} {:G} {:.3g}'.format(12345.678, 0.000123, 1e-10, 1e20, 2/3))
print('{:=+10d}|{:=10.2f}|{:0=10}'.format(42, -3.5, -1))
print('{0:.1f} {0:.0f} {0:.0%} {0:n}'.format(0.5))
print('{:5}|{:<5}|{:5}|{:>5}'.format(1, 2, 'a', 'b'))
print('{:.2f}'.format(True), '{:d}'.format(True), '{}'.format(True), '{:5}|'.format(True))
