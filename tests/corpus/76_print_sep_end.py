# checks: print's sep/end, several arguments, reprs of containers and floats
import asyncio

async def main():
    print("a", "b", "c", sep="-", end="!\n")
    print(1, 2.5, None, True, [1, "x"], {"k": (1, 2)}, sep=", ")
    print("no newline", end="")
    print(" -> continued")
    print()
    print(0.1 + 0.2, 1e16, 1 / 3, -0.0, 2.0)

asyncio.run(main())
