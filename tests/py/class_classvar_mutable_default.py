# Class-level mutable defaults are shared between instances; instance assignment shadows.
class Bag:
    items = []
    count = 0
    def add(self, x):
        self.items.append(x)
        self.count += 1
b1, b2 = Bag(), Bag()
b1.add('a'); b2.add('b')
print(Bag.items, b1.items is b2.items, b1.count, b2.count, Bag.count)
print(sorted(vars(b1)), sorted(vars(b2)))
