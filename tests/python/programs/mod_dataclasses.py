from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1), p.x, repr(p))
@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)
a = Inventory("a")
b = Inventory("b")
a.items.append("sword")
print(a, b, a == Inventory("a", ["sword"], count=5))
print(asdict(a), astuple(Point(3, 4)), replace(p, y=10), [f.name for f in fields(Point)])
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1))
@dataclass(frozen=True)
class Frozen:
    k: str
    v: float = 1.5
f = Frozen("a")
print(f, hash(f) == hash(Frozen("a")), {f: 1}[Frozen("a")])
try:
    f.k = "b"
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
@dataclass
class Child(Point):
    z: int = 9
print(Child(1, 2, 3), Child(7))
@dataclass
class WithPost:
    a: int
    b: int
    total: int = field(init=False)
    def __post_init__(self):
        self.total = self.a + self.b
print(WithPost(2, 3))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, q=2)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(asdict(root))
@dataclass(eq=False)
class Ident:
    n: int
print(Ident(1) == Ident(1), Point.__eq__ is not None)
