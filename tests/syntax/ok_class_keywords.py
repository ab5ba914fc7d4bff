class A(B, C, metaclass=M, **kw):
    '''doc'''
    x: int = 0
    (y): int
