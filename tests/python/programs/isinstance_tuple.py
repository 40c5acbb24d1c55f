class A: pass
class B(A): pass
class C: pass
values = [1, 1.5, "s", True, None, [1], (1,), {1: 2}, {1}, A(), B(), C(), A, len, lambda: 0]
for v in values:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, (list, tuple, set, dict)), isinstance(v, A), isinstance(v, (C, (B, str))))
print(issubclass(B, A), issubclass(B, (C, A)), issubclass(bool, int), issubclass(A, object), issubclass(int, (str, float)))
print(isinstance(True, bool), isinstance(1, bool), isinstance(A, type), isinstance(type, type), isinstance(object, type))
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(type(1) is int, type(True) is int, type(B()) == B, type(B()) is A)
