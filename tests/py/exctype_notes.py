# exctype: add_note and __notes__ (3.11), validation of notes
e = ValueError('base')
print(hasattr(e, '__notes__'))
e.add_note('first note')
e.add_note('second note')
print(e.__notes__, str(e), repr(e))
try:
    e.add_note(5)
except TypeError as err:
    print('TypeError', err)
try:
    raise TypeError('with notes')
except TypeError as err:
    err.add_note('added while handling')
    print(err.__notes__)
e2 = Exception()
e2.__notes__ = ['manually set']
e2.add_note('appended')
print(e2.__notes__)
e3 = Exception()
e3.__notes__ = 'not a list'
try:
    e3.add_note('x')
except TypeError as err:
    print('TypeError', err)
eg = ExceptionGroup('g', [ValueError()])
eg.add_note('group note')
print(eg.__notes__, eg.derive([KeyError()]).__dict__.get('__notes__'))
