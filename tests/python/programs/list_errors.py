for f in [lambda: [].pop(), lambda: [1].remove(5), lambda: [1].index(5), lambda: [1][5], lambda: [1, 2].sort(key=None, reverse=False) or 'ok', lambda: [3, 'a'].sort()]:
    try:
        print(f())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
