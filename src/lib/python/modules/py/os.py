"""aioscope's `os`: what asyncio tutorials use, with documented deterministic values (the oracle patches CPython's
os to the same): getpid() is 4242, cpu_count() is 4, environ holds a fixed small environment, path is posixpath's
string functions. Anything touching the file system, processes or randomness is refused (AIO-U004: the exact engine
runs it). Plain Python run by aioscope's interpreter.
"""
import _aioscope
import os.path as path

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
linesep = '\n'
devnull = '/dev/null'


class _Environ(dict):
    def __repr__(self):
        return 'environ(' + dict.__repr__(self) + ')'


environ = _Environ(
    {
        'HOME': '/home/aioscope',
        'LANG': 'C.UTF-8',
        'PATH': '/usr/local/bin:/usr/bin:/bin',
        'USER': 'aioscope',
    }
)


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def getpid():
    return _aioscope.pid


def getppid():
    return 1


def cpu_count():
    return _aioscope.cpu_count


def process_cpu_count():
    return _aioscope.cpu_count


def fspath(p):
    if isinstance(p, str):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(p).__name__)
    return f(p)


getcwd = _aioscope.refuser('os.getcwd()')
listdir = _aioscope.refuser('os.listdir()')
scandir = _aioscope.refuser('os.scandir()')
mkdir = _aioscope.refuser('os.mkdir()')
makedirs = _aioscope.refuser('os.makedirs()')
remove = _aioscope.refuser('os.remove()')
unlink = _aioscope.refuser('os.unlink()')
rename = _aioscope.refuser('os.rename()')
rmdir = _aioscope.refuser('os.rmdir()')
stat = _aioscope.refuser('os.stat()')
walk = _aioscope.refuser('os.walk()')
system = _aioscope.refuser('os.system()')
urandom = _aioscope.refuser('os.urandom()')
chdir = _aioscope.refuser('os.chdir()')
kill = _aioscope.refuser('os.kill()')
fork = _aioscope.refuser('os.fork()')
popen = _aioscope.refuser('os.popen()')
open = _aioscope.refuser('os.open()')
read = _aioscope.refuser('os.read()')
write = _aioscope.refuser('os.write()')
getlogin = _aioscope.refuser('os.getlogin()')
times = _aioscope.refuser('os.times()')
