# An import cycle that works because attributes are only used after both modules finish.
import pkg_cycle.a as a
import pkg_cycle.b as b
print(a.use_b(), '|', b.use_a())
