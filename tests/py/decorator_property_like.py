# Decorators combined with classmethod/staticmethod and ordering of their application.
def tag(fn):
    fn.tagged = True
    return fn
class A:
    @classmethod
    @tag
    def cm(cls): return cls.__name__
    @staticmethod
    @tag
    def sm(): return 'static'
print(A.cm(), A.sm(), A.cm.__func__.tagged, A.__dict__['sm'].__func__.tagged)
print(type(A.__dict__['cm']).__name__, type(A.__dict__['sm']).__name__)
class B(A): pass
print(B.cm(), B().cm(), B().sm())
