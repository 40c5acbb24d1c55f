people = [('alice', 30), ('bob', 25), ('carol', 35), ('dave', 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: len(p[0])))
words = ['Banana', 'apple', 'Cherry']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), list(map(lambda w: w[0], words)))
