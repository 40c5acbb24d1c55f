def risky(n):
    if n == 0:
        raise ValueError('zero!')
    if n == 1:
        raise TypeError
    return 10 / (n - 2)
for n in range(4):
    try:
        r = risky(n)
    except ValueError as e:
        print('value', e, e.args)
    except (TypeError, ZeroDivisionError) as e:
        print('other', type(e).__name__, repr(e), str(e))
    else:
        print('ok', r)
    finally:
        print('finally', n)
