for v in ['12', '1.5', 'abc', '', ' 7 ', '1e3', 'inf']:
    out = []
    for conv in (int, float):
        try:
            out.append(repr(conv(v)))
        except ValueError as e:
            out.append(str(e))
    print(v.strip() or '<empty>', '|'.join(out))
