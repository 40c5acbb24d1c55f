print("a\N{BULLET}b")
