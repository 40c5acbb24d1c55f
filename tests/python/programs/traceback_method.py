items = [1, 2, 3]
def process(xs):
    return xs.index(99)
out = process(items)
