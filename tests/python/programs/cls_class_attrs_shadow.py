class Config:
    debug = False
    items = []
    def enable(self):
        self.debug = True
    def add(self, x):
        self.items.append(x)

a, b = Config(), Config()
a.enable()
print(a.debug, b.debug, Config.debug)
a.add(1); b.add(2)
print(a.items, b.items, Config.items, a.items is b.items)
Config.debug = "changed"
print(a.debug, b.debug)
del a.debug
print(a.debug)
print(hasattr(a, "enable"), hasattr(a, "nope"), getattr(a, "nope", "default"))
setattr(b, "extra", 42)
print(b.extra, vars(b))
print(sorted(k for k in vars(Config) if not k.startswith("__")))
try:
    a.missing
except AttributeError as e:
    print(e)
try:
    Config.missing
except AttributeError as e:
    print(e)
