def f(x):
    try:
        if x == 0:
            return "zero"
        if x == 1:
            raise ValueError("one")
        return "other"
    except ValueError as e:
        return f"caught {e}"
    else:
        print("else ran")
    finally:
        print(f"finally for {x}")
for x in (0, 1, 2):
    print(f(x))
def override():
    try:
        return "try"
    finally:
        return "finally wins"
print(override())
def swallow():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return "loop done"
print(swallow())
def nested():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise TypeError("middle")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e, "context:", repr(e.__context__))
nested()
try:
    raise ValueError("a")
except ValueError as e:
    err = e
print(repr(err))
try:
    e
except NameError as ne:
    print("NameError:", ne)
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen():
    print(v)
    break
print("after break")
