vals = [3.14159265, -2.5, 0.0, -0.0, 1e20, 1.5e-7, 123456.789, 2.675, float("inf"), float("-inf"), float("nan"), 1/3]
specs = ["", "f", ".2f", "10.3f", "<10.1f", "^12.4f", "+.1f", " .1f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", ",.2f", "_.1f", "010.2f", "#.0f", ".0f", "r" if False else "12g"]
for v in vals:
    row = []
    for s in specs:
        row.append(format(v, s))
    print(" | ".join(row))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {1.005:.2f} {1e16:.1f} {123.0:g} {1e-5:g} {1234567.0:g}")
print(f"{12.0!r:>8} {12.0!s:<8}| {float(2**53):.0f}")
x = 7.0
print(f"{x=}", f"{x = :.2f}", f"{x*2=}")
