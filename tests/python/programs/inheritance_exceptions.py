class Base(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class Specific(Base):
    pass
errs = [Specific('bad', 4), Base('base'), ValueError('v')]
for e in errs:
    try:
        raise e
    except Specific as x:
        print('specific', x, x.code)
    except Base as x:
        print('base', x, repr(x))
    except Exception as x:
        print('other', x)
