class AppError(Exception):
    """base"""

class NotFound(AppError):
    def __init__(self, what, code=404):
        super().__init__(what, code)
        self.what = what
        self.code = code
    def __str__(self):
        return f"{self.what} not found (code {self.code})"

class Plain(AppError):
    pass

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"

for exc in [NotFound("page"), Plain(), Plain("one"), Plain("a", 2), AppError("x"), WithRepr("w"), ValueError()]:
    print(type(exc).__name__, repr(str(exc)), exc.args, repr(exc))
try:
    raise NotFound("user", 410)
except AppError as e:
    print("caught", e, e.code, isinstance(e, Exception))
e = KeyError("key")
print(str(e), repr(e), str(KeyError()), str(KeyError(1, 2)), str(IndexError("i")))
e2 = Exception("with note")
e2.add_note("note one")
print(e2.__notes__)
raise NotFound("item")
