@property
@lambda f: f
@a.b(c)[d]
def f(): pass
@dataclass
class C: pass
