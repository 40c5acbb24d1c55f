class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class Plain:
    pass
for obj in [Empty(), Full(), Flag(True), Flag(False), Plain(), 0, 0.0, "", " ", [], [0], {}, None, (), ((),)]:
    print(type(obj).__name__, bool(obj), "yes" if obj else "no")
print(Flag(True) and "and-result", Flag(False) or "or-result")
print(not Empty(), [] or {} or "last", 0 and 1, 1 and 0, None or 0)
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), range(10)[Idx()])
class Fmt:
    def __format__(self, spec):
        return f"<{spec or 'empty'}>"
print(f"{Fmt()} {Fmt():xyz}", format(Fmt(), ">5"), "{:abc}".format(Fmt()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
