def gen():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("finally")
g = gen()
for x in iter(g):
    print(x)
    break
print("next:", next(g))
g.close()
for x in gen():
    if x == 2:
        break
print("end")
