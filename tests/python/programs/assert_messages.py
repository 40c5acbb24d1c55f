def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert isinstance(x, int)
    return x
print(check(3))
for bad in [-1, 2.5]:
    try:
        check(bad)
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
t = (1, 2)
assert t, "non-empty tuple"
data = {"k": 1}
assert data["k"] == 2, ("tuple", "message")
