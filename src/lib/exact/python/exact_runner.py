"""aioscope's exact engine, Python side: run one program under the real CPython that pyodide provides.

This is the ONE adapter between the exact engine and the tracer module. Everything else (the Node CLI, the browser
worker) only calls `prepare()` once and `run_json()` per program; which tracer records the run is decided here, on
the `import` line below, so switching tracer is a one-line change.

What it does
  * prepare(): imports the tracer (it patches print, time and asyncio's policy for a virtual-clock loop), then seals
    the JavaScript bridges so the program cannot leave Python: pyodide's `js`, `pyodide_js`, `pyodide.ffi`,
    `pyodide.code.run_js`, `pyodide.http.pyfetch`, `micropip` and the C modules behind them are removed from
    sys.modules and refused by a meta-path finder placed first; gc's object-graph walkers (which could find a
    bridge object still referenced by pyodide's internals) raise. The worker also deletes its network functions on
    the JavaScript side, and its Content-Security-Policy forbids eval (docs/exact-engine.md).
  * run_json(source, file): one program, isolated by the tracer, returns JSON text {events, stdout, stderr,
    exitCode}; `run.start` carries `engine: "cpython"` (docs/trace-format.md).

Invariants: prepare() runs before any user code and is idempotent; after it, no import of a blocked name succeeds
in this interpreter, including the engine's own later imports (none needs them).
"""

import gc
import json
import sys

import asyncio
import asyncio.runners
import time

# pyodide wraps asyncio.run and time.sleep to hand work to the browser's event loop (pyodide.webloop). The program
# must get CPython's own functions (the tracer drives them on its virtual clock), and the tracer, which keeps the
# originals it finds, must not keep a reference into pyodide's modules: restore them before importing it.
asyncio.run = asyncio.runners.run
while getattr(time.sleep, '__module__', None) == 'pyodide.webloop' and hasattr(time.sleep, '__wrapped__'):
    time.sleep = time.sleep.__wrapped__

import oracle as tracer  # noqa: E402  the virtual-clock tracer (docs/recorder.md): exact/py/oracle.py on the site

ENGINE = 'cpython'

# Top-level names whose modules reach JavaScript (or the network through it) in pyodide.
BLOCKED = frozenset({
    'js', 'pyodide_js', 'pyodide', '_pyodide', '_pyodide_core', 'micropip', 'pyodide_http', '_pyodide_importhook',
    'pyodide_kernel', 'pyxterm',
})

BLOCK_MESSAGE = "AIO-E003: module '{name}' is not available in the exact engine: it would reach JavaScript"


def _blocked(name):
    return name.split('.', 1)[0] in BLOCKED


class _BridgeBlocker:
    """A meta-path finder consulted before every other: refuses the bridge modules by name."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if _blocked(name):
            raise ModuleNotFoundError(BLOCK_MESSAGE.format(name=name), name=name)
        return None

    @staticmethod
    def invalidate_caches():
        pass


def _refuse(*_args, **_kwargs):
    raise RuntimeError("gc object-graph inspection is not available in aioscope's exact engine (AIO-E003)")


def _from_pyodide(obj):
    mod = getattr(obj, '__module__', None) or getattr(type(obj), '__module__', '')
    return _blocked(mod)


_prepared = False


def prepare():
    global _prepared
    if _prepared:
        return
    _prepared = True
    tracer.install()
    for name in list(sys.modules):
        if _blocked(name):
            del sys.modules[name]
    # pyodide's own finders (JS modules, its unvendored-stdlib hints) go: they hold the registry of JS modules.
    sys.meta_path[:] = [_BridgeBlocker] + [f for f in sys.meta_path if not _from_pyodide(f)]
    # The import system also caches finders per path entry and keeps a list of hooks: neither can load a bridge
    # (they are builtins registered by pyodide, which the first finder refuses), but clear caches anyway.
    sys.path_importer_cache.clear()
    for fn in ('get_objects', 'get_referrers', 'get_referents'):
        setattr(gc, fn, _refuse)


_baseline = None


def _snapshot():
    """What a fresh `python3 FILE.py` starts with, as far as one program can change it for the next: the imported
    modules and the logging configuration (logging.basicConfig is a no-op once the root logger has a handler)."""
    import logging
    root = logging.getLogger()
    return set(sys.modules), list(root.handlers), root.level, set(logging.Logger.manager.loggerDict)


def _restore(baseline):
    import logging
    modules, handlers, level, loggers = baseline
    for name in [m for m in sys.modules if m not in modules]:
        del sys.modules[name]
    root = logging.getLogger()
    root.handlers[:] = handlers
    root.setLevel(level)
    logging.disable(logging.NOTSET)
    for name in [n for n in logging.Logger.manager.loggerDict if n not in loggers]:
        del logging.Logger.manager.loggerDict[name]


def run_json(source, file='main.py'):
    """Runs one program as a fresh process would see it (modules it imported and its logging set-up are undone
    afterwards, so the next program in this interpreter starts alike)."""
    global _baseline
    prepare()
    _baseline = _baseline or _snapshot()
    try:
        res = tracer.run_virtual(source, file)
    finally:
        _restore(_baseline)
    events = res['events']
    if events and events[0].get('kind') == 'run.start':
        events[0]['engine'] = ENGINE
    return json.dumps(res, ensure_ascii=False)


def version():
    return tracer.PY
