xs = [0] * 10**10
print(len(xs))
