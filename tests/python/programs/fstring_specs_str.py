s = "hey"
for spec in ["", "s", "10", "<10", ">10", "^10", "*^9", "-<7", ".2", "8.2", "^8.1"]:
    print(repr(spec), repr(format(s, spec)))
name, items = "Ada", ["x", "y"]
print(f"{name!r} {name!s} {name!a} {'é'!a} {items!r:>20}|")
print(f"{'{'}{name}{'}'} {{literal}} {{{name}}}")
w = 10
p = 3
print(f"{3.14159:{w}.{p}f}|{name:>{w}}|{name:{'^'}{w}}")
print(f"{'multi' + 'ple'!r:^20}")
print(f"{[1, 2]!s:>10}|{(1,)}|{ {'a': 1} }|{None!r}")
d = {"k": "v"}
print(f"{d['k']} {len(d)} {d.get('z', 'none')}")
print(f"""{name}
{w:03}""")
try:
    format("x", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(3, "Z")
except ValueError as e:
    print("ValueError:", e)
