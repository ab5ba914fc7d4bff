# Carets for failing calls in a method chain and with keyword arguments.
class Builder:
    def __init__(self): self.parts = []
    def add(self, p, *, upper=False):
        self.parts.append(p.upper() if upper else p)
        return self
    def build(self): return ' '.join(self.parts)
print(Builder().add('a').add('b', upper=True).build())
print(Builder().add('a').add(None, upper=True).build())
