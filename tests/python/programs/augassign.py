x = 5
x += 2; x -= 1; x *= 3; x //= 4; x **= 2; x %= 7
print(x)
s = 'a'; s += 'b'; s *= 2; print(s)
l = [1]; m = l; l += [2]; print(l, m, l is m)
t = (1,); u = t; t += (2,); print(t, u)
d = {'k': 1}; d['k'] += 10; print(d)
class C: pass
c = C(); c.v = 1; c.v += 1; print(c.v)
f = 1.5; f /= 2; print(f)
b = 6; b &= 3; b |= 8; b ^= 1; b <<= 2; b >>= 1; print(b)
st = {1}; st |= {2}; st -= {1}; print(st)
