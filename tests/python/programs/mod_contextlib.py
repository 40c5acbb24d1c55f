from contextlib import contextmanager, suppress, nullcontext, closing, ExitStack
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    {}["x"]
print("after swallow")
with suppress(ZeroDivisionError, KeyError):
    1 / 0
    print("not reached")
print("after suppress")
try:
    with suppress(KeyError):
        raise IndexError("not suppressed")
except IndexError as e:
    print("IndexError:", e)
with nullcontext(42) as v:
    print("nullcontext", v)
class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print("using", type(r).__name__)
with ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("body")
@tag("decorated")
def work():
    print("working")
work()
@contextmanager
def timer():
    print("start")
    yield
    print("stop")
with timer():
    pass
