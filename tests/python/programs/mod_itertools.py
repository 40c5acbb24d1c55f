import itertools
from itertools import count, cycle, islice, chain, product, permutations, combinations, accumulate, groupby, zip_longest, repeat
print(list(islice(count(10), 4)), list(islice(count(1, 0.5), 3)), list(islice(count(), 2, 10, 3)))
print(list(islice(cycle("abc"), 7)), list(islice("abcdefg", 2)), list(islice(range(10), 2, None)))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3]])))
print(list(product("ab", [1, 2])), list(product(range(2), repeat=2)), len(list(product("abc", repeat=3))))
print(list(permutations([1, 2, 3])), list(permutations("abc", 2)))
print(list(combinations(range(4), 2)), list(combinations("abc", 3)), list(combinations([1], 2)))
print(list(itertools.combinations_with_replacement("ab", 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=100)))
import operator
print(list(accumulate([1, 2, 3, 4], operator.mul)) if hasattr(operator, "mul") else "")
for key, group in groupby("aaabccdaa"):
    print(key, list(group))
data = [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5)]
print([(k, [v for _, v in g]) for k, g in groupby(data, key=lambda kv: kv[0])])
print({k: len(list(g)) for k, g in groupby(sorted("mississippi"))})
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest([1, 2], [3])))
print(list(repeat("x", 3)), list(zip(range(3), repeat(0))), list(map(pow, range(4), repeat(2))))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.filterfalse(lambda x: x % 2, range(6))))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.pairwise([1, 2, 3, 4])))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
counter = count(1)
print(next(counter), next(counter), next(counter))
