# gc.callbacks (start/stop phases, failing hooks), DEBUG_SAVEALL and gc.garbage, counts,
# get_objects by generation, freeze/unfreeze.
import gc, sys
def unraisable(u):
    print('unraisable:', u.exc_type.__name__, u.exc_value, u.err_msg, u.object is bad)
sys.unraisablehook = unraisable
gc.disable()
log = []
def cb(phase, info):
    log.append((phase, sorted(info), info['generation']))
gc.callbacks.append(cb)
gc.collect()
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
for e in log: print(e)
# a failing callback is reported and ignored
def bad(phase, info):
    raise ValueError('hook ' + phase)
gc.callbacks.append(bad)
print('collect returns', type(gc.collect()).__name__)
gc.callbacks.clear()
# DEBUG_SAVEALL keeps the garbage in gc.garbage instead of freeing it
gc.set_debug(gc.DEBUG_SAVEALL)
l = []
l.append(l)
del l
gc.collect()
print(gc.get_debug(), len(gc.garbage), type(gc.garbage[0]).__name__, gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
# count goes up with new containers and back to zero after a collection
gc.collect()
keep = [[] for _ in range(10)]
print(gc.get_count()[0] >= 10)
gc.collect()
print(gc.get_count())
# get_objects by generation
x = []
print(any(o is x for o in gc.get_objects(0)), any(o is x for o in gc.get_objects(2)))
gc.collect()
print(any(o is x for o in gc.get_objects(0)), any(o is x for o in gc.get_objects(2)))
gc.freeze()
print(gc.get_freeze_count() > 0, any(o is x for o in gc.get_objects()))
gc.unfreeze()
print(gc.get_freeze_count(), any(o is x for o in gc.get_objects()))
gc.enable()
