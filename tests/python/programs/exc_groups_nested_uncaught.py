def inner():
    raise ExceptionGroup("inner", [KeyError("k"), ValueError("v")])
try:
    inner()
except ExceptionGroup as eg:
    print(eg.exceptions)
    e = TypeError("outer problem")
    e.add_note("first note")
    e.add_note("second note")
    raise ExceptionGroup("outer", [e, eg]) from None
