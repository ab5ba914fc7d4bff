# Objects held in containers are destroyed when removed; temporaries die immediately.
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
lst = [T(1), T(2), T(3)]
lst.pop(1)
print('popped')
lst.clear()
print('cleared')
T(99)
print('temporary gone')
d = {'k': T('dict value')}
d['k'] = 'replaced'
print('replaced dict value')
x = T('exp')
x.n = 'renamed'
del x
