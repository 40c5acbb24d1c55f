def stub(): ...
print(stub(), ..., type(...).__name__, None.__class__.__name__, repr(None), NotImplemented)
x = None
print(x is None, x == None, [None] * 2, {None: 1}[None])
