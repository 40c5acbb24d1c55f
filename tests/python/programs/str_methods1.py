s = "  Hello, World!  "
print(s.strip(), s.lstrip(), s.rstrip(), s.upper(), s.lower(), s.title(), s.swapcase())
print(s.strip().split(','), s.split(), 'a,b,,c'.split(','), 'a b c'.split(None, 1), 'a,b,c'.rsplit(',', 1))
print('-'.join(['a', 'b', 'c']), ''.join(reversed('abc')), 'x'.join('123'))
print('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'aaa'.replace('a', 'bb'), 'abc'.replace('', '-'))
print('hello'.startswith('he'), 'hello'.endswith(('x', 'lo')), 'hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'))
print('hello'.index('e'), 'hello'.count('l'), 'banana'.count('an'), 'Hello'.center(11, '*'), 'x'.ljust(4, '.') + '|', 'x'.rjust(4) + '|')
print('42'.zfill(5), '-42'.zfill(6), 'abc'.zfill(2), 'hello world'.capitalize(), 'HeLLo'.casefold())
