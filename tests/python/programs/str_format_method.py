print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("ab", "cd"))
print("{name} is {age:>4} years".format(name="Bo", age=7))
print("{0[0]} {0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3))
print("{:*^11}|{:08.3f}|{:+,}".format("mid", 3.14159, 1000000))
print("{!r} {!s}".format("a", "b"))
print("%s and %r and %d and %5.2f and %-5s| %05d %x %o %e %%" % ("s", "r", 42, 3.14159, "ab", 42, 255, 8, 12345.678))
print("%(a)s-%(b)03d" % {"a": "A", "b": 7})
print("%c%c" % (72, "i"), "%.3s" % "abcdef", "%*d" % (5, 42))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("a",))
except TypeError as e:
    print("TypeError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
