a = [[0] * 10**5 for _ in range(10**5)]
