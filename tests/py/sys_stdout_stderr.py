# sys: stdout.write returns the count, stderr.write goes to the stderr record, print after write keeps order
import sys
n = sys.stdout.write('written directly\n')
print(n)
print(sys.stdout.write(''), sys.stdout.write('é😀\n'))
m = sys.stderr.write('error stream line\n')
print('stderr returned', m)
sys.stdout.write('no newline ')
sys.stdout.write('then newline\n')
sys.stdout.flush()
print(sys.stdout.writable(), sys.stderr.writable(), sys.stdin.readable() if hasattr(sys.stdin, 'readable') else True)
try:
    sys.stdout.write(5)
except TypeError as e:
    print('TypeError', e)
try:
    sys.stdout.write(b'bytes')
except TypeError as e:
    print('TypeError', e)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(sys.stdin.read(), repr(sys.stdin.readline()))
