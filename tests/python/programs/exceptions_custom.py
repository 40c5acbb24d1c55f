class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"{key} not found")
        self.key = key
try:
    raise NotFound('x')
except AppError as e:
    print(type(e).__name__, e, e.key, e.args, repr(e), isinstance(e, Exception))
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
print(str(WithStr('a')), repr(WithStr('a')), repr(WithStr()), str(Exception('a', 1)), repr(KeyError('k')), str(KeyError('k')))
e = ValueError('v')
print(e.__class__.__name__, e.__cause__, e.__context__, type(e).__mro__[1:])
