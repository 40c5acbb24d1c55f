try:
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except ExceptionGroup as eg:
    print("values:", [str(e) for e in eg.exceptions if isinstance(e, ValueError)], type(eg).__name__)
eg = ExceptionGroup("group", [KeyError("k"), ValueError("v")])
print(eg, repr(eg), len(eg.exceptions), eg.message)
sub = eg.subgroup(lambda e: isinstance(e, ValueError))
print(repr(sub))
match, rest = eg.split(KeyError)
print(repr(match), repr(rest))
try:
    raise BaseExceptionGroup("b", [ValueError(1)])
except Exception as e:
    print(type(e).__name__)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
raise ExceptionGroup("top", [ValueError("bad"), ZeroDivisionError("zero")])
