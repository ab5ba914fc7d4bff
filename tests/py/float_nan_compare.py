# float: nan comparisons, nan in sort/min/max, and equality of containers holding nan
nan = float('nan')
other = float('nan')
print(nan == other, nan != other, nan < other, nan >= other)
print([nan, 1.0] == [nan, 1.0], [other] == [nan], (nan,) == (nan,))
print(nan in (nan,), other in (nan,), {nan} == {nan}, len({nan, other}), len({nan, nan}))
print(min(nan, 1.0), min(1.0, nan), max(nan, 5), max(5, nan))
print(nan == 0, 0 < nan, nan != nan, not (nan == nan))
print(float('-nan'), float('NaN'), float('+nan'), repr(float('nan') * -1))
d = {nan: 'a'}
print(d[nan], other in d)
print(nan.__eq__(nan), nan.__ne__(nan), nan.__lt__(1), nan.__gt__(1))
print(type(nan).__name__, nan is nan, nan.as_integer_ratio.__name__)
