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


def _refuse(what):
    def refused(*args, **kwargs):
        _aioscope.unsupported(what)

    refused.__name__ = what
    return refused


getcwd = _refuse('os.getcwd()')
listdir = _refuse('os.listdir()')
scandir = _refuse('os.scandir()')
mkdir = _refuse('os.mkdir()')
makedirs = _refuse('os.makedirs()')
remove = _refuse('os.remove()')
unlink = _refuse('os.unlink()')
rename = _refuse('os.rename()')
rmdir = _refuse('os.rmdir()')
stat = _refuse('os.stat()')
walk = _refuse('os.walk()')
system = _refuse('os.system()')
urandom = _refuse('os.urandom()')
chdir = _refuse('os.chdir()')
kill = _refuse('os.kill()')
fork = _refuse('os.fork()')
popen = _refuse('os.popen()')
open = _refuse('os.open()')
read = _refuse('os.read()')
write = _refuse('os.write()')
getlogin = _refuse('os.getlogin()')
times = _refuse('os.times()')
