# The gc module: thresholds, enable/disable, collect() arguments and errors, which objects
# are tracked (tuples and dicts of atomic values are not), referents/referrers.
import gc
print(gc.get_threshold(), gc.isenabled())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.set_threshold(500); print(gc.get_threshold())
gc.set_threshold(700, 10, 10); print(gc.get_threshold())
gc.collect()
print(gc.get_count())
print(gc.collect(), gc.collect(0), gc.collect(1), gc.collect(generation=2))
for bad in [(3,), (-1,), ('x',)]:
    try: gc.collect(*bad)
    except Exception as e: print(type(e).__name__, e)
try: gc.set_threshold()
except Exception as e: print(type(e).__name__, e)
try: gc.set_threshold(1, 2, 3, 4)
except Exception as e: print(type(e).__name__, e)
try: gc.is_tracked()
except Exception as e: print(type(e).__name__, e)
# tracking rules
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': 1}))
print(gc.is_tracked({'a': []}), gc.is_tracked(()), gc.is_tracked(set()))
t = (1, 2, 'x')
t2 = (1, [])
print(gc.is_tracked(t2))
d = {}
d['x'] = 1; print(gc.is_tracked(d))
d['y'] = []; print(gc.is_tracked(d))
class C: pass
print(gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(int))
tt = tuple([1, 2, 3])
gc.collect()
print(gc.is_tracked(tt), gc.is_tracked(t2))
print(gc.garbage, type(gc.callbacks))
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
x = []
y = [x]
print(gc.get_referents(y) == [x], y in gc.get_referrers(x))
print(gc.get_referents(1, 'a'))
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
