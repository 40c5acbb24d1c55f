def check(x):
    return 0 <= x < 10, x == x, 1 < x > 0, 'a' < 'b' <= 'b'
print(check(5), check(10), check(-1))
class Loud:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print('lt', self.v, o.v)
        return self.v < o.v
print(Loud(1) < Loud(2) < Loud(0) < Loud(5))
