"""aioscope's `json`: dumps/dump/loads/load with CPython's exact output (separators, indent, sort_keys,
ensure_ascii, default) and CPython's JSONDecodeError messages — plain Python run by aioscope's interpreter."""

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        e = _ESCAPES.get(ch)
        if e is not None:
            out.append(e)
            continue
        n = ord(ch)
        if n < 0x20 or (ensure_ascii and n > 0x7e):
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u{0:04x}\\u{1:04x}'.format(0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u{0:04x}'.format(n))
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def _float_str(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == float('inf'):
        text = 'Infinity'
    elif o == -float('inf'):
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
    return text


class JSONEncoder:
    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator, self.key_separator = ',', ': '
        else:
            self.item_separator, self.key_separator = ', ', ': '
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        return ''.join(self.iterencode(o))

    def iterencode(self, o):
        chunks = []
        self._encode(o, 0, chunks, {})
        return chunks

    def _encode(self, o, level, out, markers):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_str(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, level, out, markers)
        elif isinstance(o, dict):
            self._encode_dict(o, level, out, markers)
        else:
            self._mark(o, markers)
            self._encode(self.default(o), level, out, markers)
            self._unmark(o, markers)

    def _mark(self, o, markers):
        if self.check_circular:
            if id(o) in markers:
                raise ValueError('Circular reference detected')
            markers[id(o)] = o

    def _unmark(self, o, markers):
        if self.check_circular:
            del markers[id(o)]

    def _encode_list(self, lst, level, out, markers):
        if not lst:
            out.append('[]')
            return
        self._mark(lst, markers)
        out.append('[')
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            sep = self.item_separator + newline
            out.append(newline)
        else:
            newline = None
            sep = self.item_separator
        first = True
        for v in lst:
            if not first:
                out.append(sep)
            first = False
            self._encode(v, level, out, markers)
        if newline is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append(']')
        self._unmark(lst, markers)

    def _encode_dict(self, dct, level, out, markers):
        if not dct:
            out.append('{}')
            return
        self._mark(dct, markers)
        out.append('{')
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            sep = self.item_separator + newline
            out.append(newline)
        else:
            newline = None
            sep = self.item_separator
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _float_str(key, self.allow_nan)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')
            if not first:
                out.append(sep)
            first = False
            out.append(_encode_str(key, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(value, level, out, markers)
        if newline is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append('}')
        self._unmark(dct, markers)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    return (cls or JSONEncoder)(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                                allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                                sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = f'{msg}: line {lineno} column {colno} (char {pos})'
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


JSONDecodeError.__module__ = 'json.decoder'

import sys as _sys

# 3.13 reports a trailing comma by name; 3.11/3.12 fail on the next token
_TRAILING_COMMA = _sys.version_info >= (3, 13)
_WS = ' \t\n\r'
_NUMBER_CHARS = '+-0123456789.eE'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}


class _Decoder:
    def __init__(self, doc, object_hook, parse_float, parse_int, object_pairs_hook):
        self.doc = doc
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.object_pairs_hook = object_pairs_hook

    def ws(self, i):
        doc = self.doc
        while i < len(doc) and doc[i] in _WS:
            i += 1
        return i

    def value(self, i):
        doc = self.doc
        if i >= len(doc):
            raise JSONDecodeError('Expecting value', doc, i)
        ch = doc[i]
        if ch == '"':
            return self.string(i + 1)
        if ch == '{':
            return self.object(i + 1)
        if ch == '[':
            return self.array(i + 1)
        if ch == 'n' and doc.startswith('null', i):
            return None, i + 4
        if ch == 't' and doc.startswith('true', i):
            return True, i + 4
        if ch == 'f' and doc.startswith('false', i):
            return False, i + 5
        if ch == 'N' and doc.startswith('NaN', i):
            return float('nan'), i + 3
        if ch == 'I' and doc.startswith('Infinity', i):
            return float('inf'), i + 8
        if ch == '-' and doc.startswith('-Infinity', i):
            return float('-inf'), i + 9
        return self.number(i)

    def number(self, i):
        doc = self.doc
        j = i
        if j < len(doc) and doc[j] == '-':
            j += 1
        if j < len(doc) and doc[j] == '0':
            j += 1
        elif j < len(doc) and doc[j] in '123456789':
            while j < len(doc) and doc[j].isdigit() and doc[j] in '0123456789':
                j += 1
        else:
            raise JSONDecodeError('Expecting value', doc, i)
        is_float = False
        if j + 1 < len(doc) and doc[j] == '.' and doc[j + 1] in '0123456789':
            is_float = True
            j += 1
            while j < len(doc) and doc[j] in '0123456789':
                j += 1
        if j < len(doc) and doc[j] in 'eE':
            k = j + 1
            if k < len(doc) and doc[k] in '+-':
                k += 1
            if k < len(doc) and doc[k] in '0123456789':
                is_float = True
                j = k
                while j < len(doc) and doc[j] in '0123456789':
                    j += 1
        text = doc[i:j]
        return (self.parse_float(text) if is_float else self.parse_int(text)), j

    def string(self, i):
        doc = self.doc
        begin = i - 1
        chunks = []
        while True:
            j = i
            while j < len(doc) and doc[j] != '"' and doc[j] != '\\' and ord(doc[j]) >= 0x20:
                j += 1
            if j >= len(doc):
                raise JSONDecodeError('Unterminated string starting at', doc, begin)
            chunks.append(doc[i:j])
            ch = doc[j]
            if ch == '"':
                return ''.join(chunks), j + 1
            if ch != '\\':
                raise JSONDecodeError('Invalid control character at', doc, j)
            if j + 1 >= len(doc):
                raise JSONDecodeError('Unterminated string starting at', doc, begin)
            esc = doc[j + 1]
            if esc == 'u':
                code = self.hex4(j + 2)
                i = j + 6
                if 0xd800 <= code <= 0xdbff and doc.startswith('\\u', i):
                    low = self.hex4(i + 2)
                    if 0xdc00 <= low <= 0xdfff:
                        code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                        i += 6
                chunks.append(chr(code))
            else:
                if esc not in _BACKSLASH:
                    raise JSONDecodeError('Invalid \\escape', doc, j)
                chunks.append(_BACKSLASH[esc])
                i = j + 2

    def hex4(self, i):
        esc = self.doc[i:i + 4]
        if len(esc) == 4 and all(c in '0123456789abcdefABCDEF' for c in esc):
            return int(esc, 16)
        raise JSONDecodeError('Invalid \\uXXXX escape', self.doc, i - 1)

    def object(self, i):
        doc = self.doc
        pairs = []
        i = self.ws(i)
        if i < len(doc) and doc[i] == '}':
            return self.finish_object(pairs), i + 1
        while True:
            if i >= len(doc) or doc[i] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', doc, i)
            key, i = self.string(i + 1)
            i = self.ws(i)
            if i >= len(doc) or doc[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", doc, i)
            i = self.ws(i + 1)
            value, i = self.value(i)
            pairs.append((key, value))
            i = self.ws(i)
            if i < len(doc) and doc[i] == '}':
                return self.finish_object(pairs), i + 1
            if i >= len(doc) or doc[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", doc, i)
            comma = i
            i = self.ws(i + 1)
            if _TRAILING_COMMA and i < len(doc) and doc[i] == '}':
                raise JSONDecodeError('Illegal trailing comma before end of object', doc, comma)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        return d if self.object_hook is None else self.object_hook(d)

    def array(self, i):
        doc = self.doc
        values = []
        i = self.ws(i)
        if i < len(doc) and doc[i] == ']':
            return values, i + 1
        while True:
            value, i = self.value(i)
            values.append(value)
            i = self.ws(i)
            if i < len(doc) and doc[i] == ']':
                return values, i + 1
            if i >= len(doc) or doc[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", doc, i)
            comma = i
            i = self.ws(i + 1)
            if _TRAILING_COMMA and i < len(doc) and doc[i] == ']':
                raise JSONDecodeError('Illegal trailing comma before end of array', doc, comma)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, bytes):
        s = s.decode('utf-8')
    if not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    if s.startswith('\ufeff'):
        raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    d = _Decoder(s, object_hook, parse_float, parse_int, object_pairs_hook)
    i = d.ws(0)
    value, end = d.value(i)
    end = d.ws(end)
    if end != len(s):
        raise JSONDecodeError('Extra data', s, end)
    return value


def load(fp, **kw):
    return loads(fp.read(), **kw)
