def f():
    try:
        return 'try'
    finally:
        print('cleanup')
print(f())
def g():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('fin', i)
    return i
print(h())
def k():
    try:
        try:
            raise TypeError('t')
        finally:
            print('inner finally')
    except TypeError as e:
        print('caught', e)
    try:
        pass
    except Exception:
        print('never')
    else:
        print('else branch')
k()
