import sys
print("a", "b", "c", sep="")
print("a", "b", sep=" | ", end=" END\n")
print(1, 2, 3, sep="\n")
print("no newline", end="")
print(" continued")
print()
print(*[], sep="x")
print("to stderr", file=sys.stderr)
print("err", 42, sep="-", end="!\n", file=sys.stderr)
sys.stdout.write("written\n")
sys.stderr.write("err written\n")
print(None, True, 1.0, [None], sep=None, end=None)
print("flush", flush=True)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
