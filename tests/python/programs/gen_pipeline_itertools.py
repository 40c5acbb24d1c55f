from itertools import islice, count, takewhile, groupby, chain
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n
print(list(islice(primes(), 15)))
def read_records():
    yield from ["alice,eng,100", "bob,eng,90", "carol,ops,70", "dan,ops,80", "eve,hr,60"]
parsed = (r.split(",") for r in read_records())
typed = ((name, dept, int(score)) for name, dept, score in parsed)
for dept, rows in groupby(typed, key=lambda r: r[1]):
    rows = list(rows)
    print(dept, [r[0] for r in rows], sum(r[2] for r in rows) / len(rows))
print(list(chain.from_iterable(zip("abc", count()))))
def windowed(seq, n):
    it = iter(seq)
    win = list(islice(it, n))
    if len(win) == n:
        yield tuple(win)
    for x in it:
        win = win[1:] + [x]
        yield tuple(win)
print(list(windowed(range(6), 3)))
