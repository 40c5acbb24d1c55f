import json
data = {"name": "Ada", "age": 36, "langs": ["en", "fr"], "active": True, "score": 9.5, "spouse": None, "ratio": 1e-7, "big": 10**20}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, sort_keys=True, indent=4, separators=(",", ": ")))
print(json.dumps([1, [2, [3, {}]], []], indent=1))
print(json.dumps("héllo ✓ \"q\" \\ \n \t \x01 😀"), json.dumps("héllo ✓ 😀", ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps((1, 2)), json.dumps([]), json.dumps({}))
print(json.dumps([float("inf"), float("nan"), -0.0, 1.0, 0.1 + 0.2]))
print(json.dumps({"a": [1, 2]}, separators=(",", ":")))
print(json.dumps({"k": {1, 2}} if False else {"k": [1]}, default=str), json.dumps({"s": {3}}, default=sorted))
s = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\u00e9\\n"}, "e": ""}'
obj = json.loads(s)
print(obj, type(obj["a"][1]).__name__, type(obj["a"][2]).__name__)
print(json.loads("[]"), json.loads(" 42 "), json.loads('"x"'), json.loads("3.0"), json.loads("-0"), json.loads('"\\ud83d\\ude00"'))
print(json.loads(json.dumps(data)) == data)
for bad in ['{"a": }', "[1, 2", '{"a" 1}', "[1] x", "{a: 1}", '"abc', "", "[1,]", "nul"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(object)
except TypeError as e:
    print("TypeError:", e)
lst = []
lst.append(lst)
try:
    json.dumps(lst)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))
