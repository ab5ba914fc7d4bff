# __delattr__ intercepts del statements and delattr().
class Protected:
    def __init__(self):
        self.keep = 1
        self.tmp = 2
    def __delattr__(self, name):
        print('delattr', name)
        if name == 'keep':
            raise AttributeError('keep is protected')
        object.__delattr__(self, name)
p = Protected()
del p.tmp
try:
    del p.keep
except AttributeError as e:
    print(type(e).__name__, e)
print(vars(p))
try:
    del p.never
except AttributeError as e:
    print(type(e).__name__, e)
