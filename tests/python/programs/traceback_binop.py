def compute(a, b):
    total = a * 2 + b / 0
    return total
result = compute(1, 2)
