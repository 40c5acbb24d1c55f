x = 10
nums = [x for x in range(3)]
print(x, nums)
def f():
    y = 5
    return [y + i for i in range(3)]
print(f())
class K:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(K.doubled)
print([[j for j in range(i)] for i in range(4)])
