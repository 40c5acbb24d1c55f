print(0b101 | 0b010, 6 & 3, 6 ^ 3, ~5, 1 << 70, -17 >> 2, 255 >> 4, True & False, True | False, True ^ True)
print(int('42'), int(' -7 '), int('ff', 16), int('0x1f', 0), int('1_000'), int(3.9), int(-3.9), int(True))
print(hex(255), oct(8), bin(10), bin(-3), (255).bit_length(), round(2.5), round(3.5), round(-2.5), round(7, -1))
print(float('3.5'), float('inf'), float('-inf'), float(' 1e3 '), float(7), str(float('nan')))
for bad in ['abc', '1.5', '']:
    try:
        int(bad)
    except ValueError as e:
        print(e)
