# int: %-formatting of ints: d/i/u/x/X/o/c/e/f/g with flags, big and negative values, bools
vals = [0, 7, -7, 255, -255, 10 ** 20, True]
for v in vals:
    print('%d|%i|%u|%x|%X|%o|%#x|%#o|%+d|% d|%05d|%-6d|%e|%.2f|%g' % (v, v, v, v, v, v, v, v, v, v, v, v, v, v, v))
print('%c%c%c' % (80, 121, 0x263A), '%5.3d|%-+8.4d|' % (5, -5), '%s|%r' % (10 ** 20, -1))
print('%x' % 2 ** 100, '%o' % -(2 ** 70), '%d' % -(10 ** 30))
