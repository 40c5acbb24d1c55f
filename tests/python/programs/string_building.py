rows = [('apple', 3, 1.5), ('banana', 12, 0.25), ('cherry', 100, 10.0)]
print(f"{'name':<10}{'qty':>5}{'price':>8}")
for name, qty, price in rows:
    print(f"{name:<10}{qty:>5}{price:>8.2f}")
print('-' * 23)
total = sum(q * p for _, q, p in rows)
print(f"{'total':<10}{total:>13.2f}")
parts = []
for i in range(5):
    parts.append(str(i))
print(','.join(parts), ' '.join(w.capitalize() for w in 'hello big world'.split()))
s = ''
for c in 'abc':
    s = c + s
print(s, 'abc'[::-1] == s, '%-6s|%6.2f|' % ('x', 2.5))
