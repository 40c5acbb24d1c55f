s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" !H")))
t = "hello world python"
print(t.title(), t.capitalize(), t.upper(), t.swapcase(), "ÄbC".lower(), "ß".upper(), "ß".casefold())
print(t.split(), t.split(" ", 1), t.rsplit(" ", 1), "a,b,,c".split(","), "a  b".split(" "), "".split(), "".split(","))
print("one\ntwo\r\nthree\n".splitlines(), "x\ny\n".splitlines(keepends=True))
print(t.partition(" "), t.rpartition(" "), t.partition("zz"))
print(t.find("o"), t.rfind("o"), t.find("zz"), t.index("w"), t.count("o"), t.count(""))
print(t.startswith("hell"), t.endswith(("on", "x")), t.startswith("world", 6))
print(t.replace("o", "0"), t.replace("o", "0", 1), "-".join(["a", "b", "c"]), ", ".join("xyz"))
print("42".zfill(5), "-42".zfill(5), "abc".center(9, "*"), "abc".ljust(6, ".") + "|", "abc".rjust(6) + "|")
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "12.3".isdecimal(), "  ".isspace(), "Hi There".istitle(), "hi".islower(), "HI".isupper(), "x_1".isidentifier())
print("a\tb\tc".expandtabs(4), "hello".removeprefix("he"), "hello".removesuffix("lo"))
tbl = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(tbl), ord("a"), chr(97), chr(0x1F600) == "\U0001F600")
print("%s" % "ok", "abc" * 3, "b" in "abc", "abc" < "abd", "Z" < "a", min("hello"), sorted("banana"))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
print("Straße".encode("utf-8"), b"abc".decode(), len("héllo"), "héllo"[1])
