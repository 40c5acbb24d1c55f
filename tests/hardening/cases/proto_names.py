__proto__ = 1
constructor = 2
toString = 3
d = {"__proto__": 4, "constructor": 5, "hasOwnProperty": 6}
print(__proto__, constructor, toString, d)
print(d["__proto__"], len(d))
class C:
    pass
c = C()
c.__proto__ = 7
print(c.__proto__, getattr(c, "constructor", "none"))
