"""Runs a fixture under CPython with every task's coroutine wrapped, and prints the task step log
(resume/suspend/done per task, in execution order) instead of the program's output:
    python3 steps.py NAME.py > NAME.steps
The engine's trace (task.resume / task.suspend / task.done) must give the same sequence."""
import asyncio
import asyncio.base_events
import collections.abc
import contextlib
import io
import runpy
import sys

log = []


class Traced(collections.abc.Coroutine):
    def __init__(self, coro):
        self._c = coro

    def send(self, v):
        return self._step(lambda: self._c.send(v), None)

    def throw(self, typ, val=None, tb=None):
        exc = typ if val is None else val
        name = type(exc).__name__ if isinstance(exc, BaseException) else typ.__name__
        return self._step(lambda: self._c.throw(exc), name)

    def _step(self, f, thrown):
        name = asyncio.current_task().get_name()
        log.append(f'resume {name}' + (f' throw={thrown}' if thrown else ''))
        try:
            r = f()
        except StopIteration:
            log.append(f'done {name}')
            raise
        except BaseException as e:
            log.append(f'done {name} {type(e).__name__}')
            raise
        log.append(f'suspend {name}')
        return r

    def close(self):
        self._c.close()

    def __await__(self):
        return self._c.__await__()


def factory(loop, coro, **kw):
    return asyncio.Task(Traced(coro), loop=loop, **kw)


_init = asyncio.base_events.BaseEventLoop.__init__


def patched_init(self, *a, **kw):
    _init(self, *a, **kw)
    self._task_factory = factory


asyncio.base_events.BaseEventLoop.__init__ = patched_init
with contextlib.redirect_stdout(io.StringIO()):
    runpy.run_path(sys.argv[1], run_name='__main__')
print('\n'.join(log))
