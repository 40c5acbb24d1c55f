class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(1, 2)
q = Point(3, 4)
print(p, repr(p), [p, q], p + q, p == Point(1, 2), p != q, q.norm2(), Point.dims, p.dims, Point.__name__, Point.__doc__)
p.z = 5
print(p.z, hasattr(p, 'z'), hasattr(p, 'w'), getattr(p, 'w', 'none'), type(p).__name__, isinstance(p, Point))
setattr(p, 'x', 100); print(p.x)
try:
    {p: 1}
except TypeError as e:
    print(e)
