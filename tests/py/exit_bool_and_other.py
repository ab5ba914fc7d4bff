# sys.exit with a non-int, non-None object prints its str and exits 1; True exits 1.
import sys
print('exit with a list')
sys.exit(['a', 1])
