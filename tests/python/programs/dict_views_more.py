d = {'a': 1, 'b': 2, 'c': 3}
k = d.keys()
d['d'] = 4
print(k, len(k), 'a' in k, list(reversed(d)), sorted(d, key=d.get, reverse=True))
print({k: v for k, v in d.items() if v % 2}, dict(zip('xy', range(2))), list(d.values())[-1])
print(k & {'a', 'z'}, max(d, key=lambda x: d[x]), sum(d.values()))
