class Thing:
    def __init__(self):
        self.value = 1
t = Thing()
try:
    t.valeu
except AttributeError as e:
    print("AttributeError:", e)
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
try:
    None.upper()
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].push(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    nothing = None
    nothing()
except TypeError as e:
    print("TypeError:", e)
try:
    {}[[]]
except TypeError as e:
    print("TypeError:", e)
try:
    -"x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    1 < "x"
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
print(t.value)
t.value.real.imag.missing
