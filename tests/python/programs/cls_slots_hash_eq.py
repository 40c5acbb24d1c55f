class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
class NoHash:
    def __eq__(self, other):
        return isinstance(other, NoHash)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
print(NoHash() == NoHash(), NoHash() != NoHash(), NoHash() == 1)
class Ident:
    pass
a = Ident()
print(a == a, a == Ident(), a != Ident(), hash(a) == hash(a))
class Money:
    def __init__(self, c):
        self.c = c
    def __eq__(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        return self.c == o.c
    def __hash__(self):
        return hash(self.c)
print(Money(5) == Money(5), Money(5) == 5, 5 == Money(5), len({Money(1), Money(1), Money(2)}), Money(1) in [Money(1)])
class Base:
    @classmethod
    def create(cls):
        return cls()
    def __repr__(self):
        return f"<{self.__class__.__name__}>"
class Derived(Base):
    @classmethod
    def create(cls):
        obj = super().create()
        obj.tag = "derived"
        return obj
d = Derived.create()
print(d, d.tag, type(d) is Derived)
class Shape:
    @property
    def name(self):
        return "shape"
class Circle(Shape):
    @property
    def name(self):
        return "circle:" + super().name
print(Circle().name)
