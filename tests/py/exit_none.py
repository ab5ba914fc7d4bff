# sys.exit() and sys.exit(None) exit with code 0 and print nothing.
import sys
print('clean exit')
sys.exit(None)
