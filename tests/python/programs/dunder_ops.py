class Vec:
    def __init__(self, *c): self.c = c
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __sub__(self, o): return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return Vec(*(a * k for a in self.c))
    def __rmul__(self, k): return self * k
    def __neg__(self): return self * -1
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, o): return self.c == o.c
    def __len__(self): return len(self.c)
    def __getitem__(self, i): return self.c[i]
    def __repr__(self): return f"Vec{self.c}"
    def __call__(self, x): return x * len(self.c)
v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, w - v, v * 3, 3 * v, -v, abs(w), v == Vec(1, 2), v != w, len(v), v[1], list(v), v(10))
try:
    v + 1
except AttributeError as e:
    print('AttributeError', e)
try:
    v / 2
except TypeError as e:
    print(e)
