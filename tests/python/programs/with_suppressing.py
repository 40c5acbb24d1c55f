class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, repr(exc))
        return self.suppress

with Managed("a") as m:
    print("body", m.name)
with Managed("s", suppress=True):
    raise ValueError("hidden")
print("after suppressed")
with Managed("outer"), Managed("inner", suppress=True) as i:
    print("nested body", i.name)
    1 / 0
try:
    with Managed("nosup"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
def early():
    with Managed("ret"):
        return "returned"
print(early())
for n in range(3):
    with Managed(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
class BadExit:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with BadExit() as v:
        raise ValueError("inner")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
