from collections import namedtuple
Point = namedtuple("Point", "x y")
Color = namedtuple("Color", ["r", "g", "b"], defaults=[0])
pts = [Point(3, 4), Point(1, 2), Point(3, 1)]
print(sorted(pts), max(pts, key=lambda p: p.y), pts[0]._asdict())
c = Color(255, 128)
print(c, c.b, c._replace(b=9), Color._fields, Color._field_defaults)
x, y = Point(7, 8)
print(x, y, Point(*[1, 2]), Point(**{"x": 5, "y": 6}), Point._make(range(2)))
print(Point(1, 2) == (1, 2), Point(1, 2) + (3,), len(Point(1, 2)), list(Point(1, 2)), Point(1, 2).count(1))
print(isinstance(Point(1, 2), tuple), type(Point(1, 2)).__name__)
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], hash(Point(1, 2)) == hash((1, 2)))
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", "x x")
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", "_x")
except ValueError as e:
    print("ValueError:", e)
