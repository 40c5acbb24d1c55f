name = 'World'
n = 42
pi = 3.14159265
items = [1, 2, 3]
print(f"Hello, {name}!", f"{n:5d}|{n:<5}|{n:^7}|{n:x}|{n:#x}|{n:b}|{n:08.2f}|{n:,}")
print(f"{pi:.3f} {pi:10.2f}| {pi!r} {name!r} {name!s} {items} {items!r} {len(items)}")
print(f"{'nested ' + name}", f"{n * 2 = }" if False else f"{n * 2}", f"{{literal}}", f"{name:>{n // 6}}|")
width = 10
print(f"{'x':*^{width}}", f"{1000000:_}", f"{-5:+}", f"{5:+}", f"{0.5:.0%}", f"{123:>+8}")
d = {'a': 1}
print(f"{d['a']}", f"{d}", f"{None}", f"{True}", f"{3 > 2}", f"{[x*2 for x in items]}")
