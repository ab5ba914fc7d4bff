# Objects still alive at interpreter exit: __del__ for module globals runs at shutdown.
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print('shutdown del', self.n)
keep = T('global')
print('end of main code')
