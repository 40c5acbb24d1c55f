d = {"a": 1, "b": 2}
d.update({"c": 3}, d=4)
d.update([("e", 5)])
print(d, d.get("z"), d.get("z", 0), d.setdefault("a", 100), d.setdefault("f", 6))
print(d.pop("f"), d.pop("zz", "default"), d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]), dict(zip("xy", [1, 2])), dict(a=1, b=2), dict([(1, 2)]))
m = {"x": 1} | {"y": 2}
m |= {"x": 10}
print(m, {**m, "z": 3})
k = d.keys()
d["new"] = 1
print(k, len(k), "new" in k, k & {"a", "zz"}, sorted(k - {"a"}))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    for key in d:
        d["boom"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv, {1: "a", 1.0: "b", True: "c"}, {(1, 2): "t"}[(1, 2)])
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]), max({"a": 3, "b": 7}, key={"a": 3, "b": 7}.get))
dd = {}
for w in "the cat the dog the end".split():
    dd[w] = dd.get(w, 0) + 1
print(dd, d == dict(d), {1: 2} == {1: 2.0})
