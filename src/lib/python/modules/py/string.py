"""aioscope's `string`: the constants and capwords."""
whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    """string.Template: $name, ${name} and $$, with substitute() and safe_substitute()."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _sub(self, mapping, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        while i < n:
            c = t[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and t[i + 1] == '$':
                out.append('$')
                i += 2
                continue
            j = i + 1
            braced = j < n and t[j] == '{'
            if braced:
                j += 1
            k = j
            while k < n and (t[k] == '_' or t[k].isalnum() and t[k].isascii()) and not (k == j and t[k].isdigit()):
                k += 1
            name = t[j:k]
            if braced and (k >= n or t[k] != '}'):
                name = ''
            if not name:
                if safe:
                    out.append('$')
                    i += 1
                    continue
                line = t[:i].count('\n') + 1
                col = i - (t.rfind('\n', 0, i) + 1) + 1
                raise ValueError(f'Invalid placeholder in string: line {line}, col {col}')
            end = k + 1 if braced else k
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(t[i:end])
            else:
                raise KeyError(name)
            i = end
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        m = dict(mapping or {})
        m.update(kws)
        return self._sub(m, False)

    def safe_substitute(self, mapping=None, /, **kws):
        m = dict(mapping or {})
        m.update(kws)
        return self._sub(m, True)
