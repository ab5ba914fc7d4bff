# float: hash equality facts between ints, floats and bools; floats as dict/set keys
print(hash(1.0) == hash(1), hash(0.0) == hash(0) == hash(-0.0) == hash(False))
print(hash(2.0 ** 64) == hash(2 ** 64), hash(1e100) == hash(int(1e100)), hash(-2.5) == hash(-2.5))
print(hash(float('inf')) == 314159, hash(float('-inf')) == -314159)
print(hash(0.5) == hash(0.5), hash(1.5) == hash(3 / 2))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
s = {0, 0.0, -0.0, False, 1, 1.0, 2.0, 2}
print(len(s), sorted(s), [type(x).__name__ for x in sorted(s)])
print({2.5: 'a'}[2.5], 2.0 in {2: 'x'}, 3 in {3.0}, {1.0: 1} == {1: 1}, {0.5, 1} == {1.0, 0.5})
print(hash(-1) == hash(-2), hash(-1.0) == hash(-2))
