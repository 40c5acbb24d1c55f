def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError(f"bad input {s!r}")

def run():
    return parse("x1")

print("start")
run()
