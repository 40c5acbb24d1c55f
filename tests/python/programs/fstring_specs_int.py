n = 1234567
for spec in ["d", "10d", "<10d", "^10d", ">10d", "010d", "+d", " d", ",d", "_d", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "08b", "_b", "c", "n", "e", ".2e", "f", ".1%", "*^15,d", "=+12d", "#010x"]:
    try:
        print(repr(spec), "->", repr(format(n if spec != "c" else 65, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
print(f"{-42:+05d}|{-42:=8}|{42:<+6}|{True:d}|{True}|{False:>6}")
print(f"{255:#_b}|{-255:x}|{10**20:,}|{0:#x}|{-0:d}")
for bad in ["s", ".3d", ",x"]:
    try:
        format(5, bad)
    except ValueError as e:
        print(bad, "ValueError:", e)
