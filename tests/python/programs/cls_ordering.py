import functools

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version("1.10.0"), Version("1.2.3"), Version("1.2"), Version("0.9.9")]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.0") <= Version("1.0"), Version("2.0") > Version("1.9"), Version("1.0") >= Version("1.1"))

class Card:
    order = "23456789TJQKA"
    def __init__(self, r):
        self.r = r
    def __lt__(self, o):
        return self.order.index(self.r) < self.order.index(o.r)
    def __repr__(self):
        return self.r
print(sorted([Card("K"), Card("2"), Card("A"), Card("T")]))
print(sorted([Card("K"), Card("2"), Card("A")], reverse=True))
try:
    Card("K") > 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    print(Card("K") <= Card("2"))
except TypeError as e:
    print("TypeError:", e)
