# Zero-argument super() in methods, __init__, and with multiple levels.
class Base:
    def __init__(self):
        self.trail = ['Base']
    def greet(self):
        return 'base'
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.trail.append('Mid')
    def greet(self):
        return 'mid+' + super().greet()
class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.trail.append('Leaf')
    def greet(self):
        return 'leaf+' + super().greet()
l = Leaf()
print(l.trail, l.greet())
class NoSuperHere:
    pass
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
