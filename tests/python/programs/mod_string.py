import string
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))
print(string.capwords("hello   world  foo"), string.capwords("a-b c-d", "-"))
import random
random.seed(7)
print("".join(random.choice(string.ascii_lowercase) for _ in range(8)))
print(sum(c in string.punctuation for c in "Hi, there! How's it?"))
