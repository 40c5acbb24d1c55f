d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), 'a' in d, 'z' not in d)
print(list(d.keys()), list(d.values()), list(d.items()), d.keys(), d.values(), d.items())
print(d.pop('a'), d, d.setdefault('x', 10), d.setdefault('b', 99), d)
d.update({'b': 20, 'y': 5}, z=0); print(d)
del d['x']; print(d, d.popitem(), d)
for k, v in d.items():
    print(k, v)
e = dict(a=1, b=2); f = dict([('x', 1), ('y', 2)]); g = dict.fromkeys('ab', 0)
print(e, f, g, e == {'b': 2, 'a': 1}, {**e, **f}, e | {'c': 3})
print({1: 'int', 1.0: 'float', True: 'bool'}, {(1, 2): 'tuple'}[(1, 2)])
try:
    d['missing']
except KeyError as ex:
    print('KeyError', ex, repr(ex))
c = d.copy(); c.clear(); print(c, d)
