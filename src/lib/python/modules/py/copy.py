"""aioscope's `copy`: shallow and deep copies of containers and plain instances."""


class Error(Exception):
    pass


def copy(x):
    cls = type(x)
    if cls in (int, float, bool, str, tuple, frozenset, type(None), bytes, range) or isinstance(x, type) or callable(x) and not hasattr(x, '__dict__'):
        return x
    cp = getattr(cls, '__copy__', None)
    if cp is not None:
        return cp(x)
    if cls in (list, dict, set):
        return x.copy()
    new = cls.__new__(cls)
    for k, v in vars(x).items():
        object.__setattr__(new, k, v)
    return new


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if cls in (int, float, bool, str, frozenset, type(None), bytes, range) or isinstance(x, type):
        return x
    dc = getattr(cls, '__deepcopy__', None)
    if dc is not None:
        y = dc(x, memo)
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        y = tuple(deepcopy(item, memo) for item in x)
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = {deepcopy(item, memo) for item in x}
    elif callable(x) and not hasattr(x, '__dict__'):
        return x
    else:
        y = cls.__new__(cls)
        memo[key] = y
        for k, v in vars(x).items():
            object.__setattr__(y, k, deepcopy(v, memo))
    memo[key] = y
    return y
