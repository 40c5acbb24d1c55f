print('a\tb|', 'c\\d', 'e\'f', "g\"h", 'i\x41j', 'k\u00e9l', r'raw\n', 'multi' 'concat')
print("""triple
quoted""", '''single triple''')
s = 'line1\nline2'
print(s)
print(repr(s), len(s), s.split('\n'))
