def flatten(x):
    out = []
    def rec(y):
        for e in y:
            if isinstance(e, list):
                rec(e)
            else:
                out.append(e)
    rec(x)
    return out
print(flatten([1, [2, [3, [4, 5]], 6], [], [[7]]]))
def permutations(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in permutations(s[:i] + s[i + 1:])]
print(permutations('abc'))
