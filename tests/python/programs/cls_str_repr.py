class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x!r})"
class Q(P):
    def __str__(self):
        return f"<Q {self.x}>"
class R:
    pass

p, q = P("a"), Q("b")
print(p, q)
print(repr(p), repr(q), str(p), str(q))
print([p, q], (p,), {"k": q})
print(f"{p} {q} {q!r} {p!s}")
print("%s %r" % (q, q))
print("{} {!r}".format(q, q))
r = R()
print(str(r) == repr(r), repr(r).startswith("<__main__.R object at 0x"))
class S:
    def __str__(self):
        return "S-str"
print(S(), [S()] == [S()], format(S()), f"{S():}")
