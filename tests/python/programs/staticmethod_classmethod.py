class Shape:
    count = 0
    def __init__(self):
        Shape.count += 1
    @classmethod
    def create(cls, *args):
        return cls(*args)
    @staticmethod
    def describe():
        return 'shapes'
    def area(self):
        raise NotImplementedError('subclass must implement')
class Square(Shape):
    def __init__(self, s):
        super().__init__()
        self.s = s
    def area(self):
        return self.s ** 2
sq = Square.create(3)
print(type(sq).__name__, sq.area(), Shape.count, Square.describe(), sq.describe())
try:
    Shape().area()
except NotImplementedError as e:
    print('NotImplementedError', e)
