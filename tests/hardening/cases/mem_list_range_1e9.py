a = list(range(10**9))
