print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3, 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(2 ** 100, 2 ** -1, (-2) ** 3, -2 ** 2, 10 ** 20 // 3, 10 ** 20 / 3, 0 ** 0, 0.0 ** 0)
print(1 / 3, 2 / 3, 0.1 + 0.2, 1.1 * 3, 1e16 + 1, 1e22, 1e-5, 123456789.123456789, 1.0, -0.0, 5e-324, 1.7976931348623157e308)
print(int(1e20), int("-0"), int(True), float(10 ** 20), float("  -inf "), float("nan") == float("nan"), 2 ** 63, -(2 ** 63))
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(0.125, 2), round(0.375, 2), round(1e20), round(15, -1), round(25, -1))
print(abs(-0.0), 0.0 == -0.0, 1 == 1.0, hash(1) == hash(1.0), True + True, True * 3.5, 3 / True)
print(divmod(-7, 2), divmod(7, -2), divmod(-7.0, 2), (-7) % 2.0, 5 % float("inf"), -5 % float("inf"))
print(int("1_000"), 1_000_000, 0x_ff, 0b1010, 0o777, 1e3.is_integer() if hasattr(1e3, "is_integer") else "", (2.5).as_integer_ratio(), (10).bit_length())
print(max(1, 1.0), min(1.0, 1), 3 < 3.5, 2 ** 0.5 * 2 ** 0.5, 10 / 4, 10 // 4.0, -(-3), +True, ~5, ~-1, 5 & 3, 5 | 3, 5 ^ 3, 1 << 70, -16 >> 2)
for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "2 ** -1 // 0", "int('1.5')", "float('abc')", "1 << -1", "10 ** 400 * 1.0", "0.0 ** -1"]:
    try:
        print(expr, "=", eval(expr) if False else None)
    except Exception as e:
        print(expr, type(e).__name__, e)
for a, b in [(1, 0), (1.0, 0), (0, 0.0)]:
    try:
        a / b
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int("1.5")
except ValueError as e:
    print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    10 ** 400 * 1.0
except OverflowError as e:
    print("OverflowError:", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
