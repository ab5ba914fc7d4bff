# A module raising during import is removed from sys.modules; importing again re-executes it.
import sys
for attempt in range(2):
    try:
        import pkg_err.broken
    except ValueError as e:
        print('attempt', attempt, type(e).__name__, e)
    print('in sys.modules:', 'pkg_err.broken' in sys.modules)
import pkg_err
print(hasattr(pkg_err, 'broken'))
