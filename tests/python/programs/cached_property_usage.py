from functools import cached_property, total_ordering
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area)
print(c.area)
c.r = 10
print(c.area)
del c.area
print(c.area)
@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, o):
        return self.cents == o.cents
    def __lt__(self, o):
        return self.cents < o.cents
print(Money(5) > Money(3), Money(5) <= Money(5), Money(1) >= Money(2), sorted([Money(3), Money(1)])[0].cents)
