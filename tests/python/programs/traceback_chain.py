def load():
    try:
        return int('abc')
    except ValueError as e:
        raise RuntimeError('could not load') from e
load()
