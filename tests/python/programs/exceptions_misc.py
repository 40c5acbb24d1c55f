try:
    assert 1 == 2, 'math is broken'
except AssertionError as e:
    print('assert', e)
try:
    assert False
except AssertionError as e:
    print('assert empty', repr(e))
for expr in ['[][0]', '{}["a"]', 'int("x")', 'None.foo', '1 + "a"', '"a" + 1', 'undefined', '(1).bad', 'len(5)', '[] < 1', 'hash([])', '1/0', '1 % 0', '2.0 // 0']:
    try:
        eval_map = {
            '[][0]': lambda: [][0], '{}["a"]': lambda: {}["a"], 'int("x")': lambda: int("x"), 'None.foo': lambda: None.foo,
            '1 + "a"': lambda: 1 + "a", '"a" + 1': lambda: "a" + 1, 'undefined': lambda: undefined, '(1).bad': lambda: (1).bad,
            'len(5)': lambda: len(5), '[] < 1': lambda: [] < 1, 'hash([])': lambda: hash([]), '1/0': lambda: 1/0, '1 % 0': lambda: 1 % 0, '2.0 // 0': lambda: 2.0 // 0,
        }
        eval_map[expr]()
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
