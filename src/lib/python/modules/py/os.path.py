"""aioscope's `os.path` (posixpath's pure string functions; the file system ones are refused, AIO-U004)."""
import _aioscope

sep = '/'


def join(a, *p):
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def basename(p):
    return p[p.rfind('/') + 1 :]


def dirname(p):
    return split(p)[0]


def splitext(p):
    sep_i = p.rfind('/')
    dot_i = p.rfind('.')
    if dot_i > sep_i:
        f = sep_i + 1
        while f < dot_i:
            if p[f] != '.':
                return p[:dot_i], p[dot_i:]
            f += 1
    return p, ''


def isabs(s):
    return s.startswith('/')


def normpath(path):
    if path == '':
        return '.'
    initial = 2 if path.startswith('//') and not path.startswith('///') else (1 if path.startswith('/') else 0)
    comps = path.split('/')
    new = []
    for c in comps:
        if c in ('', '.'):
            continue
        if c != '..' or (not initial and not new) or (new and new[-1] == '..'):
            new.append(c)
        elif new:
            new.pop()
    path = '/'.join(new)
    if initial:
        path = '/' * initial + path
    return path or '.'


exists = _aioscope.refuser('os.path.exists()')
isfile = _aioscope.refuser('os.path.isfile()')
isdir = _aioscope.refuser('os.path.isdir()')
getsize = _aioscope.refuser('os.path.getsize()')
abspath = _aioscope.refuser('os.path.abspath()')
realpath = _aioscope.refuser('os.path.realpath()')
expanduser = _aioscope.refuser('os.path.expanduser()')
getmtime = _aioscope.refuser('os.path.getmtime()')
islink = _aioscope.refuser('os.path.islink()')
