class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, x):
        print("contains?", x)
        return x in self.items
    def __repr__(self):
        return f"Bag({', '.join(map(repr, self.items))})"
    def __bool__(self):
        return bool(self.items)

b = Bag(1, "two", 3.0)
print(len(b), b, list(b), b[1], b[-1], b[0:2])
b[0] = 10
del b[1]
print(b, 3.0 in b, 99 in b, 99 not in b)
print(bool(Bag()), bool(b))
for i, x in enumerate(b):
    print(i, x)
print(sorted(Bag(3, 1, 2)), max(Bag(3, 9, 2)), sum(Bag(1, 2, 3)))
a, c = Bag(7, 8)
print(a, c)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq())
