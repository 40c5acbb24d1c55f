for v in [0, 7, -7, 255, 1234567]:
    print(f"{v:5}|{v:<5}|{v:^5}|{v:>+5}|{v:05}|{v:x}|{v:X}|{v:o}|{v:#b}|{v:,}|{v:_x}|{v:e}|{v:%}")
for v in [0.0, -1.5, 2.25, 1e10, 1.23456789e-5]:
    print(f"{v}|{v:.3}|{v:.3g}|{v:10.4f}|{v:<10.2e}|{v:=+10.2f}|{v:.0f}")
print(f"{'abc':.2}|{'abc':>6.2}|{'x':_<4}|{'€':3}|")
print(format(True), format(True, 'd'), format(True, '>5'), f"{None!r:>6}", f"{[1]!s:>5}")
