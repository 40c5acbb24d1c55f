class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(self._items)
    def __getitem__(self, i):
        return self._items[i]
    def __contains__(self, x):
        return x in self._items
    def __bool__(self):
        return bool(self._items)
s = Stack()
print(bool(s), len(s))
s.push(1).push(2).push(3)
print(len(s), list(s), s[0], s[-1], 2 in s, 9 in s, bool(s), sum(s), sorted(s, reverse=True))
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9
    @staticmethod
    def unit():
        return 'C'
    @classmethod
    def zero(cls):
        return cls(0)
t = Temp(100)
print(t.f, Temp.unit(), t.unit(), Temp.zero().f)
t.f = 32
print(t._c)
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"V{self.v}"
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == o.v
print(sorted([V(3), V(1), V(2)]), max([V(3), V(5)]), {V(1): 'a'}[V(1)], len({V(1), V(1), V(2)}))
