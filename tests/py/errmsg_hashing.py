# errmsg: unhashable type messages from dict keys, set members, hash(), and frozenset construction
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: {[]: 1})
t(lambda: {{}: 1})
t(lambda: {set(): 1})
t(lambda: {bytearray(): 1})
t(lambda: {(1, [2]): 1})
t(lambda: {[1]})
t(lambda: set([{}]))
t(lambda: frozenset([set()]))
t(lambda: hash([]))
t(lambda: hash(slice(1)))
t(lambda: {}.get([]))
t(lambda: [] in {})
t(lambda: [] in set())
t(lambda: {}.setdefault({}, 1))
t(lambda: dict.fromkeys([[1]]))
class Unhash:
    __hash__ = None
t(lambda: {Unhash(): 1})
t(lambda: {1: 2}.pop([]))
