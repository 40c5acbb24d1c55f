s = 'The Quick Brown Fox'
print(s.lower().count('o'), s.split()[::-1], ' '.join(reversed(s.split())), s.replace(' ', ''), s.isupper(), s[4:9].lower())
print(','.join(str(i) for i in range(5)), 'abc'.upper().lower(), 'Hello'[1:4], 'x' < 'y' < 'z', 'a' * 0, 'ab' in 'cabd')
print(str.upper('x'), 'a-b-c'.split('-', 1), 'a  b'.split(' '), '  '.split(), ''.split(','), 'abc'.split('abc'))
print('tEsT'.swapcase(), 'hello world'.title(), "they're bill's".title(), '12abc'.isalnum(), '½'.isnumeric(), '²'.isdigit())
print(sorted('hello'), min('hello'), max('hello'), list('hi'), tuple('hi'), set('aa'))
