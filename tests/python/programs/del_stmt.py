x = 1
del x
try:
    print(x)
except NameError as e:
    print(e)
l = list(range(6))
del l[1], l[2]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class O: pass
o = O(); o.a = 1
del o.a
print(hasattr(o, 'a'))
try:
    del d['zz']
except KeyError as e:
    print('KeyError', e)
