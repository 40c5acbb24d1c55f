class Base:
    def __init__(self, name):
        self.name = name
        print("Base.__init__", name)
    def describe(self):
        return f"Base({self.name})"
    def greet(self):
        return "hello from Base"

class Mid(Base):
    def __init__(self, name, level):
        super().__init__(name)
        self.level = level
        print("Mid.__init__", level)
    def describe(self):
        return "Mid<" + super().describe() + ">"

class Leaf(Mid):
    def __init__(self):
        super().__init__("leaf", 3)
    def describe(self):
        return "Leaf[" + super().describe() + "]"

x = Leaf()
print(x.describe())
print(x.greet(), x.level, x.name)
print(isinstance(x, Base), issubclass(Leaf, Mid), issubclass(Base, Leaf))
print([c.__name__ for c in Leaf.__mro__])

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
