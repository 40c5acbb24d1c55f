def a():
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('converted') from e
try:
    a()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
def b():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('during')
try:
    b()
except RuntimeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
def c():
    try:
        raise ValueError('inner')
    except ValueError:
        raise
try:
    c()
except ValueError as e:
    print('reraised', e)
try:
    raise KeyError('x') from None
except KeyError as e:
    print(e.__cause__, e.__suppress_context__)
