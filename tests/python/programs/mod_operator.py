import operator
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce
rows = [("b", 2, 9.5), ("a", 2, 1.0), ("c", 1, 3.3)]
print(sorted(rows, key=itemgetter(1, 0)), sorted(rows, key=itemgetter(2), reverse=True))
print(list(map(itemgetter(0), rows)), itemgetter(-1)("xyz"), itemgetter("k")({"k": 5}))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return f"P({self.name})"
people = [P("x", 30), P("y", 20)]
print(sorted(people, key=attrgetter("age")), attrgetter("name", "age")(people[0]))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("replace", "a", b="")("aa") if False else "")
print(reduce(operator.add, [1, 2, 3]), reduce(operator.mul, range(1, 6)), operator.sub(5, 3), operator.truediv(1, 4), operator.floordiv(7, 2))
print(operator.neg(3), operator.not_(0), operator.eq(1, 1.0), operator.lt("a", "b"), operator.contains([1], 1), operator.getitem([5, 6], 1), operator.mod(7, 3), operator.pow(2, 5))
print(list(map(operator.mul, [1, 2], [3, 4])), operator.concat([1], [2]), operator.and_(6, 3), operator.or_(4, 1), operator.xor(5, 1))
