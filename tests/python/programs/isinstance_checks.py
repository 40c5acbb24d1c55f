vals = [1, 1.0, 'a', [1], (1,), {1: 1}, {1}, None, True, len, print, int, object()]
for v in vals:
    kinds = [t.__name__ for t in (int, float, str, list, tuple, dict, set, bool, type) if isinstance(v, t)]
    print(type(v).__name__, kinds)
print(isinstance(3, (int, float)), issubclass(int, object), issubclass(ValueError, Exception), issubclass(KeyError, LookupError))
