for exc in [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, TimeoutError, RecursionError, NotImplementedError, StopIteration, KeyboardInterrupt, UnboundLocalError, ModuleNotFoundError, FileNotFoundError]:
    print(exc.__name__, [b.__name__ for b in exc.__mro__[1:]])
try:
    raise TimeoutError('slow')
except OSError as e:
    print('OSError caught', repr(e))
try:
    raise KeyboardInterrupt
except Exception:
    print('wrong')
except BaseException as e:
    print('base', type(e).__name__)
