s = 'abcdefgh'
print(s[0], s[-1], s[2:5], s[:3], s[5:], s[::2], s[::-1], s[-3:], s[1:-1:2], s[10:], s[5:2], s[-100:2])
t = 'héllo😀wörld'
print(len(t), t[5], t[6:], t[::-1], t.upper(), t.find('w'), t[:6])
for ch in 'ab😀':
    print(ch, ord(ch))
print(chr(97), chr(0x1F600), 'a' in 'cat', 'x' not in 'cat', 'ab' * 3, 3 * 'c')
try:
    s[20]
except IndexError as e:
    print(e)
