class Bag:
    def __init__(self, items=None):
        self.items = items if items is not None else []
    def add(self, x):
        self.items.append(x)
        return self
a = Bag().add(1)
b = Bag().add(2)
print(a.items, b.items)
class Shared:
    items = []
s1, s2 = Shared(), Shared()
s1.items.append('x')
print(s2.items)
