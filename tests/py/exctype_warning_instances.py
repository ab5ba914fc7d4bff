# exctype: warning classes are ordinary exceptions when raised/caught; str/repr/args like others
for cls in (UserWarning, DeprecationWarning, RuntimeWarning, SyntaxWarning, FutureWarning, EncodingWarning):
    w = cls('careful', 2)
    print(cls.__name__, repr(w), str(w), w.args, isinstance(w, Warning), isinstance(w, Exception))
try:
    raise DeprecationWarning('old api')
except Warning as w:
    print('caught', type(w).__name__, w)
try:
    raise UserWarning
except UserWarning as w:
    print('caught', repr(w))
