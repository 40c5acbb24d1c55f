class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + '!'
for a in [Animal('x'), Dog('rex'), Puppy('bit', 1)]:
    print(a, a.speak(), isinstance(a, Dog), issubclass(type(a), Animal))
print(Puppy.__mro__, Puppy.__bases__, Dog.__name__)
class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B' + super().who()
class C(A):
    def who(self): return 'C' + super().who()
class D(B, C):
    def who(self): return 'D' + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
