for v in [0, 1, -1, 0.0, 0.1, '', 'a', [], [0], (), {}, {0: 0}, set(), None, True, False, range(0), range(1)]:
    print(repr(v), bool(v), 'yes' if v else 'no')
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [] or 'x', not [], not 'a', [] or {}, 'a' and 'b' and 'c')
