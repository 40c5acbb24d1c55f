text = """the cat sat on the mat the end"""
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: kv[1], reverse=True)
for w, c in top[:3]:
    print(f"{w:>5}: {'#' * c}")
print(len(freq), sum(freq.values()))
