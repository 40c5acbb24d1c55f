x = 10 ** 10**9
print("done")
