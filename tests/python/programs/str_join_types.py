try:
    ', '.join([1, 2])
except TypeError as e:
    print(e)
print(', '.join(map(str, [1, 2])), ''.join([]), '-'.join('abc'))
try:
    'x' + 5
except TypeError as e:
    print(e)
try:
    5 + 'x'
except TypeError as e:
    print(e)
try:
    [1] + (2,)
except TypeError as e:
    print(e)
try:
    'a' * 'b'
except TypeError as e:
    print(e)
try:
    int([])
except TypeError as e:
    print(e)
