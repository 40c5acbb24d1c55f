words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words))
print(sorted(words, key=lambda w: (w.lower(), w)))
print(sorted(set(w.lower() for w in words)))
print(max(words), min(words), 'Z' < 'a', 'é' > 'z', sorted(['10', '9', '100']))
