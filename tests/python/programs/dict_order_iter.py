d = {}
for w in 'the quick brown fox jumps over the lazy dog the end'.split():
    d[w] = d.get(w, 0) + 1
print(d)
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
d['quick'] = 100
del d['brown']
d['brown'] = 1
print(list(d))
try:
    for k in d:
        d[k + '!'] = 1
except RuntimeError as e:
    print(e)
inv = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inv)
