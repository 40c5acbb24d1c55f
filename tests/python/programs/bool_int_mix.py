print(True + True, True * 10, sum([True, False, True]), True / 2, True // 1, -True, ~True, True == 1.0, hash(True) == hash(1))
print({True: 'a', 1: 'b'}, [1, 2][True], isinstance(False, int), int(True), float(False), str(True).lower())
print(True and 5, False or 0.0, max(True, 0), round(True), abs(False), True is True, bool(2) is True)
