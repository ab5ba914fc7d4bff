# errmsg: ValueError messages from invalid format specs across types
cases = [(1, 'q'), (1, '.2d'), (1, ',_'), (1, '_,'), (1.5, 'd'), (1.5, ',x'), ('s', 'd'), ('s', '=5'), ('s', '+'), (None, 'x'),
         ([], '5'), (1, 'cc'), (1, '<<'), (1j, '=10'), (1j, '010'), (1.5, '%%'), (True, 'q'), (1, '.'), (1.0, '.e'), (1, '#c')]
for v, spec in cases:
    try:
        print(repr(v), repr(spec), repr(format(v, spec)))
    except Exception as e:
        print(repr(v), repr(spec), type(e).__name__, e)
