def risky():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
try:
    risky()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], type(eg).__name__, eg.message)
except* (TypeError, KeyError) as eg:
    print("others:", eg.exceptions)
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked caught as", repr(eg))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), OSError(2)])
    except* ValueError:
        print("handled the ValueError part")
except ExceptionGroup as rest:
    print("rest:", repr(rest))
try:
    try:
        raise KeyError("solo")
    except* ValueError:
        print("not here")
except KeyError as e:
    print("unmatched naked re-raised:", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("handler failed")
except RuntimeError as e:
    print("from handler:", repr(e), repr(e.__context__))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise RuntimeError("r1")
    except* TypeError:
        raise KeyError("r2")
except ExceptionGroup as eg:
    print("combined:", len(eg.exceptions), sorted(type(x).__name__ for x in eg.exceptions))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
