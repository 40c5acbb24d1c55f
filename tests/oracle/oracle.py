"""aioscope's CPython oracle: run a Python asyncio program under REAL CPython on a virtual clock and write trace v1.

Usage
  python3 tests/oracle/oracle.py FILE.py [--passthrough]   trace as JSON lines on stdout; the program's stdout is
                                                           captured into `print` events (--passthrough also echoes
                                                           the program's stdout/stderr to our stderr as it runs);
                                                           the program's stderr is written to stderr at the end;
                                                           exit code = the program's exit code.
  python3 tests/oracle/oracle.py --batch                   stdin: JSON list of {id, source, file?}; stdout: one JSON
                                                           line per program {id, events, stdout, stderr, exitCode}.
  From Python (pyodide): import oracle; oracle.run_batch_json(text) -> JSON-lines text.

Design (why each piece exists; the shared conventions are in /work/notes/brief.md and docs/trace-format.md)
  * VirtualLoop is a BaseEventLoop subclass: its `_selector` is a fake whose select(timeout) moves the global
    virtual clock to EXACTLY the earliest timer's `when` (never now+timeout) and never blocks; `_process_events` is a
    no-op; time() returns the virtual clock; clock_resolution = 1e-9. A select(None) (nothing ready, no timer) means
    the real program would hang: we emit `loop.stuck`, then `error` {type: 'AIO-STUCK'} (the simulator's wording)
    and halt the program (exit code 1).
  * Timers with equal deadlines fire in creation order: call_at pushes a TimerHandle subclass whose `<` breaks ties
    by a sequence number (CPython's heap is not stable; with a real clock equal deadlines do not happen).
  * asyncio.run / Runner / new_event_loop / get_event_loop get a VirtualLoop through the event loop policy, which we
    install by assignment (asyncio.events._event_loop_policy) so 3.14 emits no deprecation warning of its own.
  * Tasks are instrumented WITHOUT changing scheduling: VirtualLoop.create_task wraps the coroutine in _CoroWrapper,
    a collections.abc.Coroutine whose send/throw delegate to the real coroutine and log task.resume / task.suspend /
    task.done around the call. Every task (asyncio.create_task, ensure_future, gather, wait_for, shield,
    as_completed, TaskGroup, a user's set_task_factory, 3.12+ eager_task_factory) goes through loop.create_task, so
    all are seen; the Task is the real C asyncio.Task stepping our wrapper (C Task calls .send/.throw on non-native
    coroutines: same number of loop iterations). The wrapper exposes cr_code/cr_frame/__qualname__ so Task reprs
    are unchanged. Eager tasks step inside the Task constructor: the first send emits the task.create.
  * Task names: the C Task's `Task-N` counter lives in C and cannot be reset, so each program probes it once at start
    (a throwaway Task on a dummy loop) and every auto-named task is renamed Task-(N - base) right after creation (and
    before an eager first step), so the program itself sees the same names as a fresh `python3 FILE.py`. 3.11's
    asyncio.create_task(name=...) still consumes a number (it names after creating), exactly as CPython does.
  * Orders that CPython takes from set iteration (memory addresses) are fixed to creation order, as the issue
    specifies: asyncio.run's shutdown cancellation (runners._cancel_all_tasks), TaskGroup._abort, and as_completed's
    wrapping of bare coroutines (argument order).
  * print, time.sleep/time/monotonic/perf_counter/strftime/localtime/gmtime/ctime are patched (virtual clock; time.time
    = 1767225600.0 + clock, calendar functions in UTC). time.sleep in the loop thread advances the clock and emits
    loop.block.
  * run_in_executor / to_thread: simulated worker threads asyncio_0, asyncio_1, ... (lowest idle one reused; a thread
    is idle once its end time <= now). The function runs synchronously at submission on its own clock start +
    elapsed (time.sleep there advances only that clock); its prints carry thread=asyncio_N, task=null and t = the
    thread's clock; they and thread.end (t = start + duration) are HELD and released into the trace (and stdout) just
    before the first event whose t is >= theirs, exactly like the simulator's tracer, so t never decreases and the
    output order is what a real run prints. The outcome reaches the asyncio future through ONE loop.call_at(end)
    callback. asyncio.run's shutdown_default_executor waits (virtually) for the last thread end.
  * warnings -> `warning` {category, message} (and the usual text on stderr); the asyncio logger (never-retrieved
    exceptions, debug-mode slow callbacks) -> `loop.exception` {message}; uncaught exception -> stderr traceback (our
    frames removed), `error` {type, message}, `exit` {code: 1}; otherwise `exit` {code: 0}; `run.start` is first.
  * Every event: seq (0.. without gaps), t (virtual clock of the loop), line (innermost frame of the user's file on
    the stack, via sys._getframe; null if none).
  * Determinism: the cyclic GC is disabled while a program runs and run explicitly at the end (a real gc pass would
    otherwise fire at allocation-count dependent moments); at the end __main__'s globals are cleared like CPython's
    module teardown (underscore names first) so never-awaited coroutines held in globals warn at that point.

Limits (documented, not hidden)
  * Held worker-thread events are released relative to the events the oracle emits; the simulator emits more kinds
    (timer.fire, loop.tick, ...), but the position among the COMPARED events is the same (t is monotonic).
  * task.suspend's `awaiting` is always {kind:'future', label:''}; task.ready, timer.*, loop.tick, queue.change and
    task.cancel are not emitted (the differential comparison does not use them).
  * `datetime` is CPython's pure-Python implementation (same classes and reprs) reading the patched time functions,
    so datetime.now() = 2026-01-01T00:00:00 UTC + the virtual clock. os.times, threading.Thread, real sockets,
    subprocesses, signals are not virtualised.
  * Never-awaited warnings under debug=True include CPython's "Coroutine created at" traceback, which names
    stdlib paths; the comparison uses the message's first line only.
  * Objects freed at interpreter shutdown are approximated by the teardown described above.
  * A program that never yields (while True without await) is stopped by a real-time alarm in the CPython batch mode
    (not in pyodide) and by an event budget.
"""

import asyncio
import asyncio.base_events
import asyncio.events
import asyncio.runners
import asyncio.taskgroups
import asyncio.tasks
import builtins
import collections.abc
import gc
import heapq
import io
import json
import linecache
import logging
import os
import re
import sys
import time as _time_mod
import traceback
import types
import threading
import warnings
import weakref

# Taken before install() patches the time module: `--time` reports real run time for `npm run bench`.
_real_perf_counter = _time_mod.perf_counter

ORACLE_FILE = os.path.abspath(__file__) if '__file__' in globals() else '<oracle>'
FAKE_MODULES = os.path.join(os.path.dirname(ORACLE_FILE), 'fake_modules')
EPOCH = 1767225600.0  # time.time() at virtual 0.0 (2026-01-01T00:00:00Z)
MAX_EVENTS = 400_000  # event budget: a runaway program (endless virtual-time loop) stops here
ALARM_SECONDS = 20  # real-time budget per program (CPython only; pyodide has no signals)
PY = f'{sys.version_info[0]}.{sys.version_info[1]}'

sys.modules.setdefault('aioscope_oracle', sys.modules[__name__])


class _Halt(SystemExit):
    """Raised to abandon the program (stuck loop, budget). A SystemExit so that asyncio lets it escape a task step
    and a callback (they re-raise SystemExit/KeyboardInterrupt) and the loop stops at once."""


# --------------------------------------------------------------------------------------------------------------------
# Per-program state.


class _WorkerThread:
    """A simulated worker thread: name and the virtual time at which its current job ends (idle when <= clock)."""

    __slots__ = ('name', 'busy_until', 'start', 'elapsed')

    def __init__(self, name):
        self.name = name
        self.busy_until = -1.0
        self.start = 0.0  # loop clock at submission of the current job
        self.elapsed = 0.0  # time.sleep total inside the current job; the thread's clock is start + elapsed

    @property
    def clock(self):
        return self.start + self.elapsed


class _State:
    """Everything one program run owns. Invariant: events[i]['seq'] == i; clock never decreases."""

    def __init__(self, filename, passthrough=False, instrument=True):
        self.filename = filename
        self.instrument = instrument  # False: tasks are not wrapped (only prints etc. logged); used to prove the
        # wrapper changes nothing observable
        self.passthrough = passthrough
        self.events = []
        self.held = []  # events at a later time on a worker thread's clock: [t, order, event, stdout text or None]
        self.held_order = 0
        self.last_t = 0.0
        self.clock = 0.0
        self.thread = None  # the _WorkerThread whose function is running now, or None (loop thread)
        self.threads = []
        self.threads_last_end = 0.0
        self.halted = False
        self.loop_kind = 'asyncio'
        self.debug = False
        self.name_base = 0
        self.task_seq = 0
        self.task_order = {}  # id(task) -> creation index (tasks are kept alive by task_refs below)
        self.task_refs = []
        self.last_create = None  # (task, event) of the latest task.create, for 3.11's rename-after-create
        self.stdout = []
        self.stderr = []


S = _State('<none>')


def _user_line(depth=2):
    f = sys._getframe(depth)
    fn = S.filename
    while f is not None:
        if f.f_code.co_filename == fn:
            return f.f_lineno
        f = f.f_back
    return None


def emit(kind, _line=None, **fields):
    """Append one trace event at the loop clock (dropped once the program is halted). _line overrides the
    stack-derived line. Held worker-thread events due by now are released first."""
    if S.halted:
        return None
    _release(S.clock)
    ev = {'kind': kind, 'line': _line if _line is not None else _user_line()}
    ev.update(fields)
    return _write(S.clock, ev)


def emit_at(t, kind, stdout_text=None, **fields):
    """An event at virtual time t on a worker thread's clock. Like the simulator's tracer (src/lib/engine/tracer.ts):
    held back and released, in (t, submission) order, just before the first event whose time is >= t, so it lands
    where a real run would print it; a held print writes its text to stdout only then."""
    if S.halted:
        return
    ev = {'kind': kind, 'line': _user_line()}
    ev.update(fields)
    if t <= S.clock:
        _release(S.clock)
        _write(t, ev, stdout_text)
        return
    S.held.append([t, S.held_order, ev, stdout_text])
    S.held_order += 1
    S.held.sort(key=lambda h: (h[0], h[1]))


def _release(t):
    while S.held and S.held[0][0] <= t:
        ht, _, ev, text = S.held.pop(0)
        _write(ht, ev, text)


def _flush_held():
    while S.held:
        ht, _, ev, text = S.held.pop(0)
        _write(ht, ev, text)


def _write(t, ev, stdout_text=None):
    t = max(t, S.last_t)
    S.last_t = t
    full = {'seq': len(S.events), 't': t}
    full.update(ev)
    S.events.append(full)
    if stdout_text is not None:
        sys.stdout.write(stdout_text)
    if len(S.events) > MAX_EVENTS:
        _halt_with_error('AIO-R-BUDGET', f'trace longer than {MAX_EVENTS} events')
    return full


def _halt_with_error(type_name, message):
    emit('error', type=type_name, message=message)
    S.halted = True
    raise _Halt(message)


def _task_name(task):
    if task is None:
        return None
    try:
        return task.get_name()
    except Exception:
        return None


def _current_task():
    try:
        loop = asyncio.events._get_running_loop()
        if loop is None:
            return None
        return asyncio.tasks.current_task(loop)
    except Exception:
        return None


def _order(task):
    return S.task_order.get(id(task), 1 << 60)


# --------------------------------------------------------------------------------------------------------------------
# Output capture.


class _Capture(io.TextIOBase):
    """sys.stdout/sys.stderr replacement collecting text (and echoing it to the real stderr with --passthrough)."""

    def __init__(self, sink, name):
        self._sink = sink
        self._name = name

    @property
    def encoding(self):
        return 'utf-8'

    @property
    def errors(self):
        return 'strict'

    def writable(self):
        return True

    def isatty(self):
        return False

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        if S.halted:
            return len(s)
        # The program's own sys.stdout.write and a logging handler's write are output like print's (the oracle's
        # and the rest of the stdlib's writes — tracebacks, warnings — are not events)
        if s and _writer_is_program(sys._getframe(1).f_code.co_filename) and _emit_print(s, self._name):
            return len(s)
        self._sink.append(s)
        if S.passthrough:
            sys.__stderr__.write(s)
        return len(s)

    def flush(self):
        pass


_orig_print = builtins.print


def _writer_is_program(filename):
    return filename == S.filename or filename.endswith(os.path.join('logging', '__init__.py'))


def _print(*args, sep=' ', end='\n', file=None, flush=False):
    if sep is None:
        sep = ' '
    elif not isinstance(sep, str):
        raise TypeError(f'sep must be None or a string, not {type(sep).__name__}')
    if end is None:
        end = '\n'
    elif not isinstance(end, str):
        raise TypeError(f'end must be None or a string, not {type(end).__name__}')
    if file is None:
        file = sys.stdout
        if file is None:
            return
    if not isinstance(file, _Capture):
        _orig_print(*args, sep=sep, end=end, file=file, flush=flush)
        return
    text = sep.join([str(a) for a in args]) + end
    if not _emit_print(text, file._name):
        file.write(text)


def _emit_print(text, stream):
    """The `print` event for text written to stdout/stderr; True when the text itself is held (a thread's stdout)."""
    fields = {'task': None if S.thread else _task_name(_current_task()), 'text': text}
    if stream == 'stderr':
        fields['stream'] = 'stderr'
    if S.thread is not None:
        fields['thread'] = S.thread.name
        if stream == 'stdout':
            emit_at(S.thread.clock, 'print', stdout_text=text, **fields)
            return True
        emit_at(S.thread.clock, 'print', **fields)
    else:
        emit('print', **fields)
    return False


# --------------------------------------------------------------------------------------------------------------------
# Virtual time.

_orig_gmtime = _time_mod.gmtime
_orig_strftime = _time_mod.strftime
_orig_asctime = _time_mod.asctime
_orig_sleep = _time_mod.sleep


def _now():
    return S.thread.clock if S.thread is not None else S.clock


def _v_sleep(secs):
    if not isinstance(secs, (int, float)):
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    if secs < 0:
        raise ValueError('sleep length must be non-negative')
    if S.thread is not None:
        S.thread.elapsed += secs
        return
    S.clock += secs
    emit('loop.block', task=_task_name(_current_task()), seconds=secs)


def _v_time():
    return EPOCH + _now()


def _v_gmtime(secs=None):
    return _orig_gmtime(_v_time() if secs is None else secs)


def _v_strftime(fmt, t=None):
    return _orig_strftime(fmt, _v_gmtime() if t is None else t)


def _v_asctime(t=None):
    return _orig_asctime(_v_gmtime() if t is None else t)


def _v_ctime(secs=None):
    return _orig_asctime(_v_gmtime(secs))


_TIME_PATCHES = {
    'sleep': _v_sleep,
    'time': _v_time,
    'time_ns': lambda: int(round(_v_time() * 1e9)),
    'monotonic': _now,
    'monotonic_ns': lambda: int(round(_now() * 1e9)),
    'perf_counter': _now,
    'perf_counter_ns': lambda: int(round(_now() * 1e9)),
    'gmtime': _v_gmtime,
    'localtime': _v_gmtime,
    'strftime': _v_strftime,
    'asctime': _v_asctime,
    'ctime': _v_ctime,
}

# --------------------------------------------------------------------------------------------------------------------
# The coroutine wrapper: logs around each step without adding any step or loop iteration.


def _cancel_detail(exc):
    args = getattr(exc, 'args', ())
    if len(args) == 1 and args[0] is not None:
        return str(args[0])
    return ''


class _CoroWrapper(collections.abc.Coroutine):
    """Delegates send/throw/close to the real coroutine `_coro`; logs task.resume/suspend/done around them.

    Invariants: one wrapper per task; `_task` is the owning Task once known (set by create_task, or at an eager first
    step from current_task()); `_created` says whether its task.create event was emitted.
    """

    __slots__ = ('_coro', '_task', '_parent', '_name_given', '_created', '__weakref__')

    def __init__(self, coro, parent, name_given):
        self._coro = coro
        self._task = None
        self._parent = parent
        self._name_given = name_given
        self._created = False

    # --- what asyncio's reprs and checks read ---
    def __getattr__(self, name):  # __name__ / __qualname__ (cannot be properties in a class body)
        if name in ('__name__', '__qualname__'):
            return getattr(self._coro, name)
        raise AttributeError(name)

    @property
    def cr_code(self):
        return self._coro.cr_code

    @property
    def cr_frame(self):
        return self._coro.cr_frame

    @property
    def cr_running(self):
        return self._coro.cr_running

    @property
    def cr_await(self):
        return self._coro.cr_await

    @property
    def cr_origin(self):
        return self._coro.cr_origin

    def __repr__(self):
        return repr(self._coro)

    def __await__(self):
        return self._coro.__await__()

    def close(self):
        return self._coro.close()

    # --- stepping ---
    def _owner(self):
        task = self._task
        if task is None:
            task = _current_task()
            self._task = task
            if task is not None:
                _adopt(self, task)
        return task

    def send(self, value):
        task = self._owner()
        emit('task.resume', _line=_coro_line(self._coro), task=_task_name(task))
        try:
            r = self._coro.send(value)
        except StopIteration as e:
            _log_return(task, e.value)
            raise
        except BaseException as e:
            _log_raise(task, e)
            raise
        emit('task.suspend', _line=_coro_line(self._coro), task=_task_name(task),
             awaiting={'kind': 'future', 'label': ''})
        return r

    def throw(self, typ, val=None, tb=None):
        task = self._owner()
        exc = typ if val is None else val
        emit('task.resume', _line=_coro_line(self._coro), task=_task_name(task), throw=type(exc).__name__ if isinstance(exc, BaseException)
             else getattr(typ, '__name__', str(typ)))
        try:
            if val is None and tb is None:
                r = self._coro.throw(typ)
            else:
                r = self._coro.throw(typ, val, tb)
        except StopIteration as e:
            _log_return(task, e.value)
            raise
        except BaseException as e:
            _log_raise(task, e)
            raise
        emit('task.suspend', _line=_coro_line(self._coro), task=_task_name(task),
             awaiting={'kind': 'future', 'label': ''})
        return r


def _coro_line(coro):
    """Line of the innermost user frame along the await chain of a suspended coroutine (None if none)."""
    best = None
    depth = 0
    while coro is not None and depth < 100:
        frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
        if frame is not None and frame.f_code.co_filename == S.filename:
            best = frame.f_lineno
        coro = getattr(coro, 'cr_await', None) or getattr(coro, 'gi_yieldfrom', None)
        depth += 1
    return best


def _log_return(task, value):
    if task is not None and getattr(task, '_must_cancel', False):
        msg = getattr(task, '_cancel_message', None)
        emit('task.done', task=_task_name(task), state='cancelled', detail='' if msg is None else str(msg))
    else:
        emit('task.done', task=_task_name(task), state='result', detail=repr(value))


def _log_raise(task, exc):
    if isinstance(exc, _Halt):
        return
    if isinstance(exc, asyncio.CancelledError):
        emit('task.done', task=_task_name(task), state='cancelled', detail=_cancel_detail(exc))
    else:
        emit('task.done', task=_task_name(task), state='exception', detail=repr(exc))


_AUTO_NAME = re.compile(r'Task-(\d+)')


def _adopt(wrapper, task):
    """First sight of a task: record its creation order, rename an auto name to the per-program number, and emit
    task.create (once)."""
    if wrapper._created:
        return
    wrapper._created = True
    if wrapper._name_given is None:
        m = _AUTO_NAME.fullmatch(task.get_name())
        if m and int(m.group(1)) > S.name_base:
            task.set_name(f'Task-{int(m.group(1)) - S.name_base}')
    S.task_order[id(task)] = S.task_seq
    S.task_refs.append(task)
    S.task_seq += 1
    ev = emit('task.create', task=task.get_name(), parent=_task_name(wrapper._parent),
              coro=getattr(wrapper._coro, '__qualname__', type(wrapper._coro).__name__))
    S.last_create = (task, ev)


class _AdoptingTask(asyncio.Task):
    """asyncio.Task as a user's task factory sees it while the oracle runs it (VirtualLoop.create_task): the real C
    Task, which emits task.create (and gets its per-program Task-N name) as soon as it is constructed. A subclass
    only loses C exact-type fast paths, not behaviour (the generic paths call the same methods in the same order)."""

    def __init__(self, coro, *args, **kwargs):
        super().__init__(coro, *args, **kwargs)
        if isinstance(coro, _CoroWrapper):
            if coro._task is None:
                coro._task = self
            coro._name_given = kwargs.get('name')  # what the factory passed, not what create_task got (3.11)
            _adopt(coro, self)
        elif kwargs.get('name') is None:  # not instrumented: only the per-program renumbering
            m = _AUTO_NAME.fullmatch(self.get_name())
            if m and int(m.group(1)) > S.name_base:
                self.set_name(f'Task-{int(m.group(1)) - S.name_base}')


_AdoptingTask.__name__ = _AdoptingTask.__qualname__ = 'Task'


# 3.11 only: asyncio.create_task / TaskGroup.create_task name the task after loop.create_task returned.
_orig_set_task_name = getattr(asyncio.tasks, '_set_task_name', None)


def _set_task_name(task, name):
    _orig_set_task_name(task, name)
    if name is not None and S.last_create is not None and S.last_create[0] is task and S.events \
            and S.events[-1] is S.last_create[1]:
        S.last_create[1]['task'] = task.get_name()


# --------------------------------------------------------------------------------------------------------------------
# The virtual loop.


class _SeqTimerHandle(asyncio.events.TimerHandle):
    """TimerHandle ordered by (when, creation sequence): equal deadlines fire in creation order."""

    __slots__ = ('_aio_seq',)
    _counter = 0

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        _SeqTimerHandle._counter += 1
        self._aio_seq = _SeqTimerHandle._counter

    def __lt__(self, other):
        if isinstance(other, _SeqTimerHandle):
            return (self._when, self._aio_seq) < (other._when, other._aio_seq)
        return super().__lt__(other)

    def __le__(self, other):
        if isinstance(other, _SeqTimerHandle):
            return (self._when, self._aio_seq) <= (other._when, other._aio_seq)
        return super().__le__(other)

    def __gt__(self, other):
        if isinstance(other, _SeqTimerHandle):
            return (self._when, self._aio_seq) > (other._when, other._aio_seq)
        return super().__gt__(other)

    def __ge__(self, other):
        if isinstance(other, _SeqTimerHandle):
            return (self._when, self._aio_seq) >= (other._when, other._aio_seq)
        return super().__ge__(other)


class _VirtualSelector:
    """select() never blocks: it moves the clock to the earliest timer's deadline, or reports a stuck loop."""

    def __init__(self, loop):
        self._loop = loop

    def select(self, timeout=None):
        loop = self._loop
        if timeout is None:
            pending = [t for t in asyncio.tasks.all_tasks(loop) if not t.done()]
            pending.sort(key=_order)
            names = [t.get_name() for t in pending]
            emit('loop.stuck', pending=names)
            # Convention shared with the simulator (src/lib/engine/context.ts): an AIO-STUCK error, exit code 1.
            msg = ('the program would hang: nothing is ready, no timer is set, no thread runs '
                   f"(pending: {', '.join(names) or 'none'})")
            emit('error', type='AIO-STUCK', message=msg)
            sys.stderr.write(f'{S.filename}: the program would wait forever: {msg}\n')
            S.halted = True
            raise _Halt('loop stuck')
        if timeout > 0 and loop._scheduled:
            when = loop._scheduled[0]._when
            if when > S.clock:
                S.clock = when
        return []

    def close(self):
        pass


class _OrderedWeakSet:
    """The WeakSet operations BaseEventLoop uses on _asyncgens, iterating in insertion order."""

    def __init__(self):
        self._refs = {}

    def add(self, obj):
        key = id(obj)
        if key not in self._refs:
            self._refs[key] = weakref.ref(obj, lambda _r, k=key: self._refs.pop(k, None))

    def discard(self, obj):
        self._refs.pop(id(obj), None)

    def clear(self):
        self._refs.clear()

    def __len__(self):
        return len(self._refs)

    def __iter__(self):
        return iter([o for o in (r() for r in list(self._refs.values())) if o is not None])


async def _athrow_probe():
    yield


# agen.aclose() objects: tasks shutdown_asyncgens and the async-generator finalizer create on them are instrumented too
_ATHROW_TYPE = type(_athrow_probe().aclose())


class VirtualLoop(asyncio.base_events.BaseEventLoop):
    """asyncio's own BaseEventLoop (real _run_once, real handles, real ready deque) on the virtual clock; named
    like the loop `python3` makes on Linux, so repr(loop) prints the same."""

    def __init__(self):
        super().__init__()
        self._selector = _VirtualSelector(self)
        self._clock_resolution = 1e-9
        self._asyncgens = _OrderedWeakSet()  # shutdown_asyncgens closes in first-iteration order, not address order
        # BaseSelectorEventLoop.__init__'s debug record, made at its own file and line as python3 makes it
        log = asyncio.log.logger
        if log.isEnabledFor(logging.DEBUG):
            sel = sys.modules['asyncio.selector_events']
            log.handle(log.makeRecord('asyncio', logging.DEBUG, sel.__file__, 54 if PY == '3.11' else 64,
                                      'Using selector: %s', ('EpollSelector',), None, '__init__'))

    def time(self):
        return S.clock

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass

    def set_debug(self, enabled):
        super().set_debug(enabled)
        if enabled:
            S.debug = True

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = _SeqTimerHandle(when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def create_task(self, coro, **kwargs):
        if isinstance(coro, _CoroWrapper) or not isinstance(coro, (types.CoroutineType, _ATHROW_TYPE)):
            return super().create_task(coro, **kwargs)
        if not S.instrument:
            task = self._create_task_seeing_factory(coro, kwargs)
            if kwargs.get('name') is None and not isinstance(task, _AdoptingTask):  # (that one renamed itself)
                m = _AUTO_NAME.fullmatch(task.get_name())
                if m and int(m.group(1)) > S.name_base:
                    task.set_name(f'Task-{int(m.group(1)) - S.name_base}')
            S.task_order.setdefault(id(task), len(S.task_order))
            S.task_refs.append(task)
            return task
        wrapper = _CoroWrapper(coro, _current_task(), kwargs.get('name'))
        task = self._create_task_seeing_factory(wrapper, kwargs)
        if task._source_traceback:  # debug mode: drop this frame as asyncio drops its own
            del task._source_traceback[-1]
        if task.get_coro() is wrapper:
            if wrapper._task is None:
                wrapper._task = task
            _adopt(wrapper, task)
        return task

    def _create_task_seeing_factory(self, coro, kwargs):
        if self._task_factory is None:
            return super().create_task(coro, **kwargs)
        # A user's factory runs code (prints, get_name) between the Task's construction and our return: the Task it
        # builds with asyncio.Task(...) gets its per-program name (and is adopted) at construction, as in the simulator.
        saved = asyncio.Task, asyncio.tasks.Task
        asyncio.Task = asyncio.tasks.Task = _AdoptingTask
        try:
            return super().create_task(coro, **kwargs)
        finally:
            asyncio.Task, asyncio.tasks.Task = saved

    def run_until_complete(self, future):
        if S.halted:
            if asyncio.iscoroutine(future):
                future.close()
            raise _Halt('halted')
        return super().run_until_complete(future)

    # --- simulated worker threads ---
    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        fut = self.create_future()
        now = S.clock
        th = None
        for cand in S.threads:
            if cand.busy_until <= now:
                th = cand
                break
        if th is None:
            th = _WorkerThread(f'asyncio_{len(S.threads)}')
            S.threads.append(th)
        emit('thread.start', thread=th.name, func=_func_name(func), task=_task_name(_current_task()))
        th.start, th.elapsed, th.busy_until = now, 0.0, float('inf')
        prev, S.thread = S.thread, th
        ok, value = True, None
        try:
            value = func(*args)
        except _Halt:
            raise
        except BaseException as e:  # a worker thread catches everything and stores it in the future
            ok, value = False, e
        finally:
            S.thread = prev
        end = now + th.elapsed  # start + duration
        th.busy_until = end
        S.threads_last_end = max(S.threads_last_end, end)
        emit_at(end, 'thread.end', thread=th.name, state='result' if ok else 'exception', detail=repr(value))

        def _complete():
            if fut.cancelled():
                return
            if ok:
                fut.set_result(value)
            else:
                fut.set_exception(value)

        self.call_at(end, _complete)
        return fut

    async def shutdown_default_executor(self, timeout=None):
        # Like CPython: nothing to do without an executor; else wait for the workers (here: until the last
        # simulated thread's end, at least one loop callback later, as the real shutdown thread's wake-up is).
        if not S.threads:
            return
        waiter = self.create_future()
        self.call_at(max(S.clock, S.threads_last_end), lambda: waiter.done() or waiter.set_result(None))
        await waiter


# The trace names the coroutine as CPython's own method (asyncio.Runner.close runs it as a task).
VirtualLoop.shutdown_default_executor.__qualname__ = 'BaseEventLoop.shutdown_default_executor'


def _func_name(func):
    import functools
    while isinstance(func, functools.partial):
        # to_thread submits functools.partial(contextvars.Context.run, func, *args)
        if getattr(func.func, '__name__', '') == 'run' and func.args and callable(func.args[0]):
            func = func.args[0]
        else:
            func = func.func
    return getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)


class VirtualPolicy(asyncio.events.BaseDefaultEventLoopPolicy if hasattr(asyncio.events, 'BaseDefaultEventLoopPolicy')
                    else asyncio.events._BaseDefaultEventLoopPolicy):
    _loop_factory = VirtualLoop


def set_policy(policy):
    """Install a policy without asyncio.set_event_loop_policy (deprecated with a warning in 3.14)."""
    asyncio.events._event_loop_policy = policy


def note_uvloop():
    S.loop_kind = 'uvloop'


# --------------------------------------------------------------------------------------------------------------------
# Orders CPython takes from set iteration, fixed to creation order (see the issue, section 2).


def _cancel_all_tasks(loop):
    if S.halted:
        return
    to_cancel = sorted(asyncio.tasks.all_tasks(loop), key=_order)
    if not to_cancel:
        return
    emit('run.shutdown', cancelling=[t.get_name() for t in to_cancel])
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(asyncio.tasks.gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def _taskgroup_abort(self):
    self._aborting = True
    for t in sorted(self._tasks, key=_order):
        if not t.done():
            t.cancel()


_orig_as_completed = asyncio.tasks.as_completed


def _ordered_awaitables(fs):
    get = getattr(asyncio.events, '_get_event_loop', None) or asyncio.events.get_event_loop
    loop = get()
    out, seen = [], set()
    for f in fs:
        if id(f) in seen:
            continue
        seen.add(id(f))
        out.append(asyncio.tasks.ensure_future(f, loop=loop))
    return out


if sys.version_info >= (3, 13):
    def _as_completed(fs, *, timeout=None):
        if asyncio.futures.isfuture(fs) or asyncio.iscoroutine(fs):
            raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
        return _orig_as_completed(_ordered_awaitables(fs), timeout=timeout)
else:
    def _as_completed(fs, *, timeout=None):  # a generator, like 3.11's: tasks are created at the first next()
        if asyncio.futures.isfuture(fs) or asyncio.iscoroutine(fs):
            raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
        return (yield from _orig_as_completed(_ordered_awaitables(fs), timeout=timeout))


# --------------------------------------------------------------------------------------------------------------------
# Warnings and the asyncio logger.

_orig_showwarning = warnings.showwarning
_SAVED_FILTERS = list(warnings.filters)


def _showwarning(message, category, filename, lineno, file=None, line=None):
    if S.halted:
        return
    emit('warning', category=category.__name__, message=str(message))
    _orig_showwarning(message, category, filename, lineno, file=file, line=line)


_LOG_LEVEL_NAMES = (dict(logging._levelToName), dict(logging._nameToLevel))


def _reset_logging():
    """A fresh logging configuration per program of a batch (root WARNING without handlers, no other loggers)."""
    root = logging.getLogger()
    for h in root.handlers[:]:
        root.removeHandler(h)
    root.setLevel(logging.WARNING)
    logging.disable(logging.NOTSET)
    mgr = logging.Logger.manager
    for name in list(mgr.loggerDict):
        if name != 'asyncio':
            del mgr.loggerDict[name]
    aio = logging.getLogger('asyncio')
    aio.setLevel(logging.NOTSET)
    aio.propagate, aio.disabled, aio.filters, aio.handlers = True, False, [], [_LOG_HANDLER]
    mgr._clear_cache()
    logging._levelToName.clear()
    logging._levelToName.update(_LOG_LEVEL_NAMES[0])
    logging._nameToLevel.clear()
    logging._nameToLevel.update(_LOG_LEVEL_NAMES[1])


def _reset_warnings():
    warnings.resetwarnings()
    warnings.filters[:] = _SAVED_FILTERS
    for name in ('_filters_mutated', '_filters_mutated_lock_held'):
        fn = getattr(warnings, name, None)
        if fn is not None:
            try:
                fn()
                break
            except Exception:
                pass
    for name in ('onceregistry', '_onceregistry'):
        reg = getattr(warnings, name, None)
        if isinstance(reg, dict):
            reg.clear()


class _AsyncioLogHandler(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)

    def emit(self, record):
        if S.halted:
            return
        try:
            msg = record.getMessage()
        except Exception:
            msg = str(record.msg)
        emit('loop.exception', message=msg)
        if not logging.getLogger().handlers:  # otherwise the program's own logging config prints it
            text = msg
            if record.exc_info and record.exc_info[1] is not None:
                text += '\n' + _format_exception(record.exc_info[1]).rstrip('\n')
            sys.stderr.write(text + '\n')


_LOG_HANDLER = _AsyncioLogHandler()


def _format_exception(exc):
    te = traceback.TracebackException.from_exception(exc)
    _strip_oracle_frames(te, set())
    return ''.join(te.format())


def _strip_oracle_frames(te, seen):
    if te is None or id(te) in seen:
        return
    seen.add(id(te))
    te.stack = traceback.StackSummary.from_list([f for f in te.stack if f.filename != ORACLE_FILE])
    _strip_oracle_frames(te.__cause__, seen)
    _strip_oracle_frames(te.__context__, seen)
    for sub in getattr(te, 'exceptions', None) or ():
        _strip_oracle_frames(sub, seen)


# --------------------------------------------------------------------------------------------------------------------
# Task-N numbering: probe the C counter once per program.


class _ProbeLoop:
    def get_debug(self):
        return False

    def call_soon(self, *args, **kwargs):
        return None

    def call_exception_handler(self, context):
        pass

    def is_running(self):
        return False


async def _probe_coro():
    pass


def _probe_task_counter():
    coro = _probe_coro()
    task = asyncio.Task(coro, loop=_ProbeLoop())
    name = task.get_name()
    coro.close()
    m = _AUTO_NAME.fullmatch(name)
    return int(m.group(1)) if m else 0


VirtualLoop.__name__ = VirtualLoop.__qualname__ = '_UnixSelectorEventLoop'


# --------------------------------------------------------------------------------------------------------------------
# Patching (idempotent; done once per process).

_installed = False


def install():
    global _installed
    if _installed:
        return
    _installed = True
    if os.path.isdir(FAKE_MODULES) and FAKE_MODULES not in sys.path:
        sys.path.insert(0, FAKE_MODULES)
    builtins.print = _print
    for name, fn in _TIME_PATCHES.items():
        setattr(_time_mod, name, fn)
    warnings.showwarning = _showwarning
    asyncio.runners._cancel_all_tasks = _cancel_all_tasks
    asyncio.taskgroups.TaskGroup._abort = _taskgroup_abort
    asyncio.tasks.as_completed = _as_completed
    asyncio.as_completed = _as_completed
    if _orig_set_task_name is not None:
        asyncio.tasks._set_task_name = _set_task_name
    logging.getLogger('asyncio').addHandler(_LOG_HANDLER)
    _install_pure_datetime()
    _install_virtual_os()
    threading.current_thread = _current_thread


class _SimulatedThread:
    """What threading.current_thread() is inside a simulated worker thread (its name, as logging records show)."""

    daemon = True

    def __init__(self, name):
        self.name = name

    def is_alive(self):
        return True


_real_current_thread = threading.current_thread


def _current_thread():
    th = S.thread
    return _real_current_thread() if th is None else _SimulatedThread(th.name)


class _VirtualEnviron(dict):
    def __repr__(self):
        return 'environ(' + dict.__repr__(self) + ')'


def _install_virtual_os():
    """The deterministic process facts the simulator's os module documents (src/lib/python/modules/py/os.py)."""
    os.getpid = lambda: 4242
    os.cpu_count = lambda: 4
    if hasattr(os, 'process_cpu_count'):
        os.process_cpu_count = lambda: 4
    os.environ = _VirtualEnviron({'HOME': '/home/aioscope', 'LANG': 'C.UTF-8',
                                  'PATH': '/usr/local/bin:/usr/bin:/bin', 'USER': 'aioscope'})


def _install_pure_datetime():
    """`datetime` on the virtual clock: CPython's pure-Python datetime (its C accelerator blocked) reads the patched
    time.time/localtime, so datetime.now() and date.today() are 2026-01-01T00:00:00 UTC plus the virtual clock."""
    sys.modules.pop('datetime', None)
    saved = sys.modules.get('_datetime')
    sys.modules['_datetime'] = None
    try:
        import datetime  # noqa: F401  (stays in sys.modules for the programs)
    finally:
        if saved is None:
            del sys.modules['_datetime']
        else:
            sys.modules['_datetime'] = saved


# --------------------------------------------------------------------------------------------------------------------
# Running one program.


def _teardown_namespace(ns):
    """Clear __main__'s globals roughly like CPython's module teardown: underscore names first, then the rest."""
    keys = list(ns)
    for k in keys:
        if k.startswith('_') and k != '__builtins__':
            ns[k] = None
    for k in keys:
        if not k.startswith('_'):
            ns[k] = None
    ns.clear()


def _alarm(signum, frame):
    _halt_with_error('AIO-R-TIME', f'program ran longer than {ALARM_SECONDS} s of real time')


def run_program(source, filename='<program>', passthrough=False, instrument=True):
    """Run one program in a fresh __main__ namespace; return {events, stdout, stderr, exitCode}."""
    global S
    install()
    # Preparation runs on a halted throwaway state: garbage of the previous program logs nothing into this one.
    S = _State('<prepare>')
    S.halted = True
    _SeqTimerHandle._counter = 0
    set_policy(VirtualPolicy())
    asyncio.events._set_running_loop(None)
    _reset_warnings()
    _reset_logging()
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    if gc.isenabled():  # first program of a batch; later ones start right after the previous teardown's collect
        gc.collect()
    gc.disable()
    base = _probe_task_counter()
    S = _State(filename, passthrough, instrument)
    S.name_base = base

    old_main = sys.modules.get('__main__')
    old_out, old_err = sys.stdout, sys.stderr
    mod = types.ModuleType('__main__')
    mod.__file__ = filename
    mod.__builtins__ = builtins
    sys.modules['__main__'] = mod
    sys.stdout = _Capture(S.stdout, 'stdout')
    sys.stderr = _Capture(S.stderr, 'stderr')
    start_ev = emit('run.start', version=1, python=PY, loop='asyncio', debug=False, file=filename)
    use_alarm = hasattr(__import__('signal'), 'setitimer') and sys.platform != 'emscripten'
    if use_alarm:
        import signal
        old_handler = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, ALARM_SECONDS)
    code = 0
    try:
        try:
            compiled = compile(source, filename, 'exec')
            exec(compiled, mod.__dict__)
        except _Halt:
            code = 1
        except SystemExit as e:
            if e.code is None:
                code = 0
            elif isinstance(e.code, int):
                code = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                code = 1
        except BaseException as e:
            sys.stderr.write(_format_exception(e))
            emit('error', type=type(e).__name__, message=str(e))
            code = 1
        # Module teardown: objects held by globals are freed (never-awaited coroutines warn here).
        try:
            _teardown_namespace(mod.__dict__)
            del mod
            sys.modules['__main__'] = old_main
            gc.collect()
        except _Halt:
            code = 1
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old_handler)
        sys.stdout, sys.stderr = old_out, old_err
        sys.modules['__main__'] = old_main
        gc.enable()
        S.thread = None
    S.halted = False
    sys.stdout, sys.stderr = _Capture(S.stdout, 'stdout'), _Capture(S.stderr, 'stderr')
    _flush_held()  # worker-thread events still held (a thread outliving the loop): in time order, before exit
    sys.stdout, sys.stderr = old_out, old_err
    emit('exit', code=code)
    start_ev['loop'] = S.loop_kind
    start_ev['debug'] = S.debug
    for ev in S.events:  # events emitted outside any user frame may still have picked a stale line: keep as is
        pass
    result = {'events': S.events, 'stdout': ''.join(S.stdout), 'stderr': ''.join(S.stderr), 'exitCode': code}
    S.task_refs = []
    asyncio.events._set_running_loop(None)
    set_policy(VirtualPolicy())
    return result


def run_batch_json(text):
    """Batch entry point shared by the CLI and pyodide: JSON list of {id, source, file?} -> JSON lines."""
    out = []
    for item in json.loads(text):
        res = run_program(item['source'], item.get('file') or f"{item['id']}",
                          instrument=item.get('instrument', True))
        res = {'id': item['id'], **res}
        out.append(json.dumps(res, ensure_ascii=False))
    return '\n'.join(out) + ('\n' if out else '')


def main(argv):
    if '--batch' in argv:
        data = sys.stdin.read()
        items = json.loads(data)
        w = sys.stdout
        for item in items:
            res = run_program(item['source'], item.get('file') or f"{item['id']}",
                              instrument=item.get('instrument', True))
            w.write(json.dumps({'id': item['id'], **res}, ensure_ascii=False) + '\n')
            w.flush()
        return 0
    files = [a for a in argv if not a.startswith('--')]
    if len(files) != 1:
        sys.stderr.write('usage: oracle.py FILE.py [--passthrough] [--time] | oracle.py --batch < programs.json\n')
        return 2
    path = files[0]
    with open(path, encoding='utf-8') as fh:
        source = fh.read()
    started = _real_perf_counter()
    res = run_program(source, path, passthrough='--passthrough' in argv)
    if '--time' in argv:  # run time only: interpreter start-up and imports excluded (see bin/bench.mjs)
        sys.stderr.write('oracle-run-ms: %.3f\n' % ((_real_perf_counter() - started) * 1000))
    out = sys.stdout
    for ev in res['events']:
        out.write(json.dumps(ev, ensure_ascii=False) + '\n')
    out.flush()
    sys.stderr.write(res['stderr'])
    return res['exitCode']


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
