def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no {k}") from None

try:
    lookup({}, "x")
except LookupError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("v") from z
except ValueError as e:
    print(repr(e.__cause__), e.__cause__ is e.__context__)
lookup({}, "y")
