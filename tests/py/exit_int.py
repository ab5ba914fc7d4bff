# sys.exit with an int sets the exit code; nothing after runs.
import sys
print('exiting with 3')
sys.exit(3)
print('not reached')
