a = [1, 2]
a.append(a)
print(a, repr(a), str(a), len(a))
d = {"self": None}
d["self"] = d
print(d)
b = [a, d]
print(b)
t = ([],)
t[0].append(t)
print(t)
n = {"list": [1, {"x": (2, [3])}], "s": "q'uote", "t": (1,), "e": (), "f": 1.5, "n": None}
print(n)
print([[]] * 2, [[1]] * 0, [(), ((),)], {1: {2: {3: {}}}})
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnew\nline\\"), repr("\x00\x7f\u00e9\u200b"))
x = [1]
y = [x, x]
print(y)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node({self.children})"
root = Node()
root.children.append(Node())
print(root)
s = set()
print(s, {1: s}, [s], frozenset({1}))
