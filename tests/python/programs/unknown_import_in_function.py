def maybe():
    try:
        import json
        return json.dumps([1])
    except ImportError:
        return "no json"
print(maybe())
try:
    from collections import deque, defaultdict
    print(deque, defaultdict.__name__)
except ImportError as e:
    print("ImportError", e)
try:
    from collections import NoSuchThing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
