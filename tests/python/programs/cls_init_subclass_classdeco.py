class Plugin:
    registry = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)
class A(Plugin):
    pass
class B(A):
    pass
print(Plugin.registry)
class Shape:
    sides = 0
    def __repr__(self):
        return f"{type(self).__name__}(sides={self.sides})"
    def area(self):
        raise NotImplementedError("subclasses implement area")
class Sq(Shape):
    sides = 4
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
shapes = [Sq(2), Shape()]
for s in shapes:
    try:
        print(s, s.area())
    except NotImplementedError as e:
        print(s, "NotImplementedError:", e)
print(Sq.__name__, Sq.__qualname__, Sq.__module__, Sq.__bases__, Shape.__subclasses__() is not None)
class Outer:
    class Inner:
        def m(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, repr(Outer.Inner)[:30])
