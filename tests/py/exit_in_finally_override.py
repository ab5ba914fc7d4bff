# A return in finally cancels a pending SystemExit.
import sys
def f():
    try:
        sys.exit(5)
    finally:
        return 'exit cancelled'
print(f())
print('program continues, exit code stays 0')
