from collections import Counter, defaultdict
text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!
Quick, quick: the end."""
words = [w.strip(".,;:!").lower() for w in text.split()]
counts = Counter(words)
print(counts.most_common(4))
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for n in sorted(by_len):
    print(f"{n:>2}: {', '.join(by_len[n])}")
lines = text.splitlines()
print(max(lines, key=len))
print([line.title() for line in lines][0])
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar)
table = [("apple", 1.5, 10), ("kiwi", 0.25, 200), ("watermelon", 3.0, 2)]
print(f"{'name':<12}|{'price':>7}|{'qty':^5}")
print("-" * 26)
for name, price, qty in table:
    print(f"{name:<12}|{price:>7.2f}|{qty:^5}")
print(f"{'total':<12}|{sum(p * q for _, p, q in table):>7.2f}|")
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "racecar"[::-1] == "racecar", " ".join(reversed("one two three".split())))
