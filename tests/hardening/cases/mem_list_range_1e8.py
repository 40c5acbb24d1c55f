a = list(range(10**8))
