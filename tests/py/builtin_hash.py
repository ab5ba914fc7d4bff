# builtin_hash: hash() facts that hold everywhere: small ints, equal numbers equal hashes, tuples, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [hash(i) for i in (0, 1, 42, -5, 10 ** 6)])
t(lambda: hash(-1))
t(lambda: hash(-2))
t(lambda: hash(True), )
t(lambda: hash(False))
t(lambda: hash(1) == hash(1.0) == hash(1 + 0j))
t(lambda: hash(2 ** 61 - 1))
t(lambda: hash(2 ** 61))
t(lambda: hash(2 ** 100) == hash(2.0 ** 100))
t(lambda: hash(0.5) == hash(0.5))
t(lambda: hash((1, 2)) == hash((1.0, 2)))
t(lambda: hash(None) == hash(None))
t(lambda: hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash(set()))
t(lambda: hash(bytearray()))
t(lambda: hash((1, [])))
class H:
    def __hash__(self):
        return 12345
class EqNoHash:
    def __eq__(self, other):
        return True
class BadHash:
    def __hash__(self):
        return 'x'
class BigHash:
    def __hash__(self):
        return 2 ** 70
t(lambda: hash(H()))
t(lambda: hash(EqNoHash()))
t(lambda: EqNoHash.__hash__)
t(lambda: hash(BadHash()))
t(lambda: hash(BigHash()) == hash(2 ** 70))
