# sys.exit(True) exits with status 1 without printing anything (bool is an int).
import sys
print('exit True')
sys.exit(True)
