class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

v = Vec(3, 4)
w = Vec(1, 2)
print(v + w, v - w, v * 2, 3 * v, -v, abs(v))
print(v / 2, v // 2, v % 2, v ** 2)
print(v == Vec(3, 4), v != w, {v: 1}[Vec(3, 4)])
u = v
u += w
print(u, v, u is v)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v * "a"
except TypeError as e:
    print("TypeError:", e)
print(len({Vec(1, 1), Vec(1, 1), Vec(2, 2)}))
