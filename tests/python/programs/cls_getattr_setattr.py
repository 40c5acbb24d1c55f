class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None
    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        self._fields[name] = value
    def __delattr__(self, name):
        print("del", name)
        del self._fields[name]
r = Record(a=1)
print(r.a)
r.b = 2
print(r.b, r._fields)
del r.a
try:
    r.a
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(r, "zz", "dflt"), hasattr(r, "b"))
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("proxy ->", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))
