"""aioscope_record: record what real asyncio does as an aioscope trace (trace format v1, JSON lines).

Usage
  python3 aioscope_record.py PROG.py [args...] > trace.jsonl     (or: python3 -m aioscope_record PROG.py ...)
  The program runs as __main__ with its own argv; its stdout goes to stderr (stdout is the trace) and every print
  is also a `print` event. Ctrl-C stops the program; the trace written so far is kept and ends with `exit`.

One stdlib-only module for CPython 3.11 to 3.14, used two ways (docs/recorder.md):
  * the recorder of real runs (real clock, real I/O, real threads), `main()` / `record_file()`;
  * the tracer of aioscope's CPython oracle (tests/oracle/oracle.py), which runs the same `Recorder` and
    `TracingLoopMixin` on asyncio's BaseEventLoop driven by a virtual clock.

How it observes asyncio without changing what it does (every point below is documented or a stable private
method of Lib/asyncio 3.11-3.14; the oracle's differential tests prove output and ordering are unchanged):
  * TracingLoopMixin (put before the loop class) overrides `_call_soon` and `call_at` to build the same
    Handle/TimerHandle with an id, label and cause slot, `call_later` (to know a timer's delay),
    `_timer_handle_cancelled` (timer.cancel), `_run_once` (iteration count) and replaces `_ready` with a deque
    subclass: appending a TimerHandle is the timer moving from the heap (timer.fire); the first popleft of an
    iteration sees the whole ready deque (loop.tick). Handles run through their own `_run` (callback.run, cause).
  * Tasks: `create_task` wraps the coroutine in CoroWrapper (send/throw delegate to the real coroutine; task.resume,
    task.suspend with what it awaits, task.done around them). The Task is asyncio's own class or TracedTask, a
    subclass whose only addition is announcing cancel() (task.cancel with the caller and asyncio's reason).
  * asyncio.Queue / Lock / Event / Condition / Semaphore get names (Queue-1, Lock-1 ...) at construction; a queue's
    waiter deques announce waiters; put_nowait / get_nowait announce the new contents (queue.change) before the
    woken waiter is completed, as the simulator does.
Invariant: the Recorder keeps no reference to a task, handle or future beyond what the loop itself holds (ids and
names live in slots/attributes of those objects), so memory stays bounded on long runs.
"""

import asyncio
import asyncio.base_events
import asyncio.events
import asyncio.futures
import asyncio.locks
import asyncio.queues
import asyncio.tasks
import collections
import collections.abc
import heapq
import json
import os
import sys
import threading
import time

__all__ = ['Recorder', 'TracingLoopMixin', 'record_file', 'main', 'install_names']

PY = f'{sys.version_info[0]}.{sys.version_info[1]}'
_ORIG_TASK = asyncio.tasks.Task
_THIS_FILE = __file__ if '__file__' in globals() else '<aioscope_record>'  # = co_filename of its frames


def js_number(x):
    """A number as the simulator writes it in labels (JavaScript's String(x)): 1.0 -> '1', 1e-07 -> '1e-7'."""
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return str(x)
    f = float(x)
    if f != f:
        return 'NaN'
    if f in (float('inf'), float('-inf')):
        return 'Infinity' if f > 0 else '-Infinity'
    if f == int(f) and abs(f) < 1e21:
        return str(int(f))
    r = repr(f)
    if 'e' in r:
        mant, exp = r.split('e')
        sign = '-' if exp.startswith('-') else '+'
        return f'{mant}e{sign}{int(exp.lstrip("+-"))}'
    return r


# --------------------------------------------------------------------------------------------------------------------
# Labels: the same text the simulator gives a handle (docs/trace-format.md: one label per handle).

# qualname of a callback -> the simulator's label (CPython's inner functions are `f.<locals>.g`).
_CALLBACK_LABELS = {
    'gather.<locals>._done_callback': 'gather._done_callback',
    '_wait.<locals>._on_completion': '_wait._on_completion',
    'as_completed.<locals>._on_completion': 'as_completed._handle_completion',
    '_AsCompletedIterator._handle_completion': 'as_completed._handle_completion',
    'shield.<locals>._inner_done_callback': 'shield._inner_done_callback',
    'shield.<locals>._outer_done_callback': 'shield._outer_done_callback',
    'shield.<locals>._clear_awaited_by_callback': '_clear_awaited_by_callback',
    '_log_on_exception': '_log_on_exception',
}

# call_later from these asyncio functions names the timer after its purpose.
_TIMER_LABELS = {
    'wait_for': 'wait_for timeout',
    '_wait': 'wait timeout',
    'as_completed': 'as_completed timeout',
    '_AsCompletedIterator.__init__': 'as_completed timeout',
}

# caller of Task.cancel -> the simulator's `reason`.
_CANCEL_REASONS = {
    '_GatheringFuture.cancel': 'gather cancel',
    '_cancel_and_wait': 'wait_for timeout',
    'TaskGroup._abort': 'TaskGroup abort',
    '_taskgroup_abort': 'TaskGroup abort',
    'TaskGroup._on_task_done': 'TaskGroup abort',
    '_cancel_all_tasks': 'shutdown',
    'Timeout._on_timeout': 'timeout',
}


def _qualname(obj):
    return getattr(obj, '__qualname__', None) or getattr(obj, '__name__', None)


def _code_qualname(code):
    return getattr(code, 'co_qualname', None) or code.co_name


def _unwrap_partial(cb):
    import functools
    while isinstance(cb, functools.partial):
        cb = cb.func
    return cb


_SCHEDULING = frozenset(('call_soon', '_call_soon', 'call_later', 'call_at', 'label_handle', '_callback_label',
                         'call_soon_threadsafe'))


def _scheduling_caller():
    """Qualified name of the function that asked the loop for a handle (sleep, wait_for, ...): the first frame up
    the stack that is not a loop scheduling method."""
    f = sys._getframe(2)
    while f is not None and f.f_code.co_name in _SCHEDULING:
        f = f.f_back
    return _code_qualname(f.f_code) if f is not None else None


def _task_of_callback(cb):
    """The Task a handle steps (TaskStepMethWrapper / task_wakeup / Task.__step bound to it), else None."""
    owner = getattr(cb, '__self__', None)
    return owner if isinstance(owner, _ORIG_TASK) else None


# --------------------------------------------------------------------------------------------------------------------
# Handles with trace slots.


class _Handle(asyncio.events.Handle):
    """events.Handle plus the trace's id, label, task and cause. `_run` announces plain callbacks (callback.run) and
    makes their completion the cause of what they wake (their timer.fire or the completion they continue)."""

    __slots__ = ('_aio_id', '_aio_label', '_aio_task', '_aio_cause', '_aio_inherit')

    def _run(self):
        loop = self._loop
        rec = getattr(loop, '_aio_rec', None)
        if rec is None:
            return asyncio.events.Handle._run(self)
        prev = rec.cause
        if self._aio_task is None:
            ev = rec.emit('callback.run', label=self._aio_label, handle=self._aio_id)
            seq = ev['seq'] if ev is not None else None
            if (isinstance(self, asyncio.events.TimerHandle) or self._aio_inherit) and self._aio_cause is not None:
                rec.cause = self._aio_cause
            else:
                rec.cause = seq
        try:
            return asyncio.events.Handle._run(self)
        finally:
            rec.cause = prev


class _TimerHandle(asyncio.events.TimerHandle):
    """events.TimerHandle with the same trace slots (see _Handle)."""

    __slots__ = ('_aio_id', '_aio_label', '_aio_task', '_aio_cause', '_aio_inherit')

    _run = _Handle._run


class _ReadyDeque(collections.deque):
    """The loop's ready deque. A TimerHandle appended is a due timer leaving the heap (_run_once): timer.fire. The
    first popleft of an iteration sees exactly the handles this iteration will run: loop.tick."""

    __slots__ = ('_aio_loop',)

    def append(self, handle):
        collections.deque.append(self, handle)
        loop = self._aio_loop
        rec = loop._aio_rec
        if rec is not None and not hasattr(handle, '_aio_id'):
            rec.foreign_ready(loop, handle)  # an I/O callback asyncio made itself (selector, signals)
        elif rec is not None and isinstance(handle, asyncio.events.TimerHandle) and not handle._cancelled:
            hid = getattr(handle, '_aio_id', None)
            ev = rec.emit('timer.fire', _line=0, id=hid, handle=hid)
            if ev is not None and hasattr(handle, '_aio_cause'):
                handle._aio_cause = ev['seq']

    def popleft(self):
        loop = self._aio_loop
        if loop._aio_tick_due:
            loop._aio_tick()
        handle = collections.deque.popleft(self)
        if loop._aio_foreign and not handle._cancelled:
            info = loop._aio_foreign.get(handle)
            if info is not None:  # it runs right now (its _run is asyncio's own): announce it here
                ev = loop._aio_rec.emit('callback.run', _line=0, label=info[1], handle=info[0])
                loop._aio_rec.cause = ev['seq'] if ev is not None else None
        return handle


class TracingLoopMixin:
    """Mix in BEFORE an asyncio event loop class (BaseEventLoop subclass). Call `_aio_attach(recorder)` once.

    Invariants: `_ready` is a _ReadyDeque; every handle made by this loop is a _Handle/_TimerHandle with a unique id
    (creation order, one id space); `_aio_iteration` counts _run_once calls; a loop.tick is emitted exactly once per
    iteration (at its first popleft, or at its end when nothing was ready)."""

    _aio_rec = None
    _aio_tick_due = False
    _aio_iteration = 0
    _aio_delay = None
    _aio_timer_class = _TimerHandle

    def _aio_attach(self, rec):
        import weakref
        self._aio_rec = rec
        self._aio_foreign = weakref.WeakKeyDictionary()  # asyncio's own I/O handles -> (id, label)
        ready = _ReadyDeque(self._ready)
        ready._aio_loop = self
        self._ready = ready

    def _aio_tick(self):
        self._aio_tick_due = False
        labels, ids = [], []
        for h in self._ready:
            if not h._cancelled:
                info = self._aio_foreign.get(h) if not hasattr(h, '_aio_id') else None
                labels.append(info[1] if info is not None else self._aio_rec.describe(h))
                ids.append(info[0] if info is not None else h._aio_id)
        self._aio_rec.emit('loop.tick', _line=0, iteration=self._aio_iteration, ready=labels, handles=ids)

    def _run_once(self):
        if self._aio_rec is None:
            return super()._run_once()
        self._aio_iteration += 1
        self._aio_tick_due = True
        if not self._ready:  # the loop may wait in select(): what was recorded so far reaches the file first
            self._aio_rec.idle()
        prev = self._aio_rec.cause
        try:
            super()._run_once()
        finally:
            self._aio_rec.cause = prev
            if self._aio_tick_due:
                self._aio_tick()

    def _call_soon(self, callback, args, context):
        rec = self._aio_rec
        if rec is None:
            return super()._call_soon(callback, args, context)
        handle = _Handle(callback, args, self, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        rec.label_handle(handle, None)
        self._ready.append(handle)
        rec.announce_ready(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        prev, self._aio_delay = self._aio_delay, delay
        try:
            return super().call_later(delay, callback, *args, context=context)
        finally:
            self._aio_delay = prev

    def call_at(self, when, callback, *args, context=None):
        # BaseEventLoop.call_at with the timer class of this loop (also when nothing is recorded: the oracle's
        # timers order equal deadlines by creation).
        rec = self._aio_rec
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = self._aio_timer_class(when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        delay, self._aio_delay = self._aio_delay, None
        if rec is None:
            return timer
        rec.label_handle(timer, delay)
        task = rec.current_task()
        rec.emit('timer.add', id=timer._aio_id, when=when, label=timer._aio_label, task=rec.task_name(task),
                 tid=rec.tid_of(task))
        return timer

    def _timer_handle_cancelled(self, handle):
        rec = self._aio_rec
        if rec is not None and handle._scheduled:
            rec.emit('timer.cancel', id=getattr(handle, '_aio_id', None))
        return super()._timer_handle_cancelled(handle)

    def run_in_executor(self, executor, func, *args):
        rec = self._aio_rec
        if rec is None or rec.threads is None:
            return super().run_in_executor(executor, func, *args)
        fut = super().run_in_executor(executor, rec.threads.wrap(func, rec.current_task()), *args)
        fut._aio_thread = ('executor', _func_label(func))
        return fut

    def create_task(self, coro, **kwargs):
        rec = self._aio_rec
        if rec is None:
            return super().create_task(coro, **kwargs)
        prev = rec.cause
        try:
            wrapper = rec.wrap(coro, kwargs) if rec.instrument_tasks else None
            with traced_task_class():
                task = super().create_task(coro if wrapper is None else wrapper, **kwargs)
            if task._source_traceback:
                del task._source_traceback[-1]
            if wrapper is not None and task.get_coro() is wrapper:
                if wrapper._task is None:
                    wrapper._task = task
                rec.adopt(wrapper, task)
            return task
        finally:
            rec.cause = prev


class traced_task_class:
    """Context: asyncio.tasks.Task is TracedTask while a loop creates a task (BaseEventLoop.create_task looks the
    class up there), unless the program replaced it itself."""

    def __enter__(self):
        self.saved = asyncio.tasks.Task
        if self.saved is _ORIG_TASK:
            asyncio.tasks.Task = TracedTask
        return self

    def __exit__(self, *exc):
        asyncio.tasks.Task = self.saved
        return False


# --------------------------------------------------------------------------------------------------------------------
# Tasks.


class TracedTask(asyncio.Task):
    """asyncio.Task (the C one when available) whose cancel() is announced: task.cancel with the canceller (`by`)
    and asyncio's reason; the waiter it cancels wakes with that event as cause. Nothing else is overridden."""

    def cancel(self, msg=None):
        rec = _recorder_of(self)
        if rec is None or self.done():
            return super().cancel(msg)
        by = rec.current_task()
        reason = _cancel_reason(sys._getframe(1))
        fields = {'task': self.get_name(), 'by': rec.task_name(by), 'msg': msg}
        if reason is not None:
            fields['reason'] = reason
        fields['tid'] = rec.tid_of(self)
        fields['byTid'] = rec.tid_of(by)
        ev = rec.emit('task.cancel', **fields)
        prev = rec.cause
        if ev is not None:
            rec.cause = ev['seq']
        try:
            return super().cancel(msg)
        finally:
            rec.cause = prev


TracedTask.__name__ = TracedTask.__qualname__ = 'Task'


def _cancel_reason(f):
    """Why asyncio itself cancels a task, from the frame that called cancel() (None: the program did)."""
    if f is None:
        return None
    reason = _CANCEL_REASONS.get(_code_qualname(f.f_code))
    if reason == 'wait_for timeout':
        # 3.11's wait_for calls _cancel_and_wait both on timeout and when it is cancelled itself: then its waiter
        # was cancelled with it.
        outer = f.f_back
        if outer is not None and outer.f_code.co_name == 'wait_for' and outer.f_lineno == _wait_for_cancelled_line(
                outer.f_code):
            return 'wait_for cancelled'
    return reason


_wait_for_lines = {}


def _wait_for_cancelled_line(code):
    """3.11's wait_for: the line of the `await _cancel_and_wait(...)` in its `except CancelledError` after `await
    waiter` (the first one after that await; the others are the timeout paths)."""
    line = _wait_for_lines.get(code)
    if line is None:
        import linecache
        line = -1
        seen_await = False
        for n in range(code.co_firstlineno, code.co_firstlineno + 200):
            text = linecache.getline(code.co_filename, n)
            if 'await waiter' in text:
                seen_await = True
            elif seen_await and '_cancel_and_wait(' in text:
                line = n
                break
        _wait_for_lines[code] = line
    return line


def _recorder_of(fut):
    try:
        return getattr(fut.get_loop(), '_aio_rec', None)
    except Exception:
        return None


class CoroWrapper(collections.abc.Coroutine):
    """Delegates send/throw/close to the real coroutine `_coro`; logs task.resume / task.suspend / task.done.

    Invariants: one wrapper per task; `_task` is the owning Task once known (set by create_task, or at an eager first
    step from current_task()); `_created` says whether its task.create was emitted. No step is added: a C Task calls
    .send/.throw on a non-native coroutine, in the same loop iterations."""

    __slots__ = ('_coro', '_task_ref', '_parent_name', '_parent_tid', '_name_given', '_created', '_rec',
                 '__weakref__')

    def __init__(self, rec, coro, parent, name_given):
        self._rec = rec
        self._coro = coro
        self._task_ref = None
        # the parent's name and id, not the parent itself: a wrapper must not keep tasks alive
        self._parent_name = rec.task_name(parent)
        self._parent_tid = rec.tid_of(parent)
        self._name_given = name_given
        self._created = False

    @property
    def _task(self):
        """The owning Task, held weakly (the Task holds this wrapper: a strong reference back would be a cycle that
        only the cyclic GC frees, delaying what CPython does when a task is freed)."""
        ref = self._task_ref
        return None if ref is None else ref()

    @_task.setter
    def _task(self, task):
        import weakref
        self._task_ref = None if task is None else weakref.ref(task)

    def __getattr__(self, name):
        if name in ('__name__', '__qualname__'):
            return getattr(self._coro, name)
        raise AttributeError(name)

    # what asyncio's reprs and checks read: the real coroutine's (cr_code, cr_frame, cr_running, cr_await, cr_origin)
    cr_code = property(lambda self: self._coro.cr_code)
    cr_frame = property(lambda self: self._coro.cr_frame)
    cr_running = property(lambda self: self._coro.cr_running)
    cr_await = property(lambda self: self._coro.cr_await)
    cr_origin = property(lambda self: self._coro.cr_origin)

    def __repr__(self):
        return repr(self._coro)

    def __await__(self):
        return self._coro.__await__()

    def close(self):
        return self._coro.close()

    def _owner(self):
        task = self._task
        if task is None:
            task = self._rec.current_task()
            self._task = task
            if task is not None:
                self._rec.adopt(self, task)
        return task

    def send(self, value):
        return self._step(None, self._coro.send, value)

    def throw(self, typ, val=None, tb=None):
        exc = typ if val is None else val
        name = type(exc).__name__ if isinstance(exc, BaseException) else getattr(typ, '__name__', str(typ))
        if val is None and tb is None:
            return self._step(name, self._coro.throw, typ)
        return self._step(name, self._coro.throw, typ, val, tb)

    def _step(self, throw, advance, *args):
        """One step of the real coroutine (advance = its send or throw), announced around."""
        rec = self._rec
        task = self._owner()
        rec.step_started(task, self._coro, throw)
        try:
            r = advance(*args)
        except StopIteration as e:
            rec.step_returned(task, e.value)
            raise
        except BaseException as e:
            rec.step_raised(task, e)
            raise
        rec.step_suspended(task, self._coro, r)
        return r


# --------------------------------------------------------------------------------------------------------------------
# Synchronisation objects: names and waiters.

_NAMED_KINDS = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Queue', 'LifoQueue', 'PriorityQueue')
_current_recorder = [None]  # the recorder that names objects being constructed (one program at a time)
_in_queue_init = [0]


def _kind_of(obj):
    for cls in type(obj).__mro__:
        if cls.__module__ in ('asyncio.locks', 'asyncio.queues') and cls.__name__ in _NAMED_KINDS:
            return cls.__name__
    return type(obj).__name__


class _WaiterDeque(collections.deque):
    """A queue's _getters/_putters: appending a waiter (a blocking get/put) is a queue.change."""

    __slots__ = ('_aio_queue', '_aio_kind')

    def append(self, fut):
        collections.deque.append(self, fut)
        q = self._aio_queue
        try:
            fut._aio_awaiting = {'kind': self._aio_kind, 'queue': q._aio_name, 'label': f'{q._aio_name}.'
                                 f'{self._aio_kind.split(".")[1]}()'}
        except AttributeError:
            pass
        rec = _current_recorder[0]
        if rec is not None:
            rec.queue_changed(q)


_patched = []


def install_names():
    """Patch asyncio's Queue and lock classes (idempotent): names at construction, queue changes announced. A
    patched method does exactly what the original does, in the same order, plus emitting trace events."""
    if _patched:
        return
    Q = asyncio.queues.Queue
    for cls in (asyncio.locks.Lock, asyncio.locks.Event, asyncio.locks.Condition, asyncio.locks.Semaphore,
                asyncio.queues.Queue):
        _patch_init(cls)
    orig_put_nowait, orig_get_nowait, orig_wakeup_next = Q.put_nowait, Q.get_nowait, Q._wakeup_next

    def put_nowait(self, item):
        if _current_recorder[0] is None:
            return orig_put_nowait(self, item)
        self._aio_change_pending = True
        try:
            orig_put_nowait(self, item)
        except BaseException:
            self._aio_change_pending = False  # nothing changed (QueueFull, QueueShutDown)
            raise
        _flush_change(self)

    def get_nowait(self):
        if _current_recorder[0] is None:
            return orig_get_nowait(self)
        self._aio_change_pending = True
        try:
            item = orig_get_nowait(self)
        except BaseException:
            self._aio_change_pending = False
            raise
        _flush_change(self)
        return item

    def _wakeup_next(self, waiters):
        if _current_recorder[0] is None:
            return orig_wakeup_next(self, waiters)
        # CPython's _wakeup_next: drop done waiters, complete the first pending one. Here the change it answers is
        # announced first (the woken waiter already out of the deque), then the waiter completes with it as cause.
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                seq = _flush_change(self)
                rec = _current_recorder[0]
                prev = rec.cause if rec is not None else None
                if rec is not None and seq is not None:
                    rec.cause = seq
                try:
                    waiter.set_result(None)
                finally:
                    if rec is not None:
                        rec.cause = prev
                break

    put_nowait.__qualname__, get_nowait.__qualname__ = 'Queue.put_nowait', 'Queue.get_nowait'
    _wakeup_next.__qualname__ = 'Queue._wakeup_next'
    Q.put_nowait, Q.get_nowait, Q._wakeup_next = put_nowait, get_nowait, _wakeup_next
    _patched.append(True)


def _flush_change(q):
    if not getattr(q, '_aio_change_pending', False):
        return None
    q._aio_change_pending = False
    rec = _current_recorder[0]
    return rec.queue_changed(q) if rec is not None else None


def _constructed_by():
    """Qualified name of the function constructing the object (skipping __init__ frames)."""
    f = sys._getframe(2)
    while f is not None and f.f_code.co_name == '__init__' and f.f_code.co_filename in (_THIS_FILE, _QUEUES_FILE):
        f = f.f_back
    return _code_qualname(f.f_code) if f is not None else None


_QUEUES_FILE = asyncio.queues.__file__


def _patch_init(cls):
    orig = cls.__init__

    def __init__(self, *args, **kwargs):
        if _current_recorder[0] is None:  # nothing is recorded: exactly the original
            return orig(self, *args, **kwargs)
        is_queue = isinstance(self, asyncio.queues.Queue)
        if is_queue:
            _in_queue_init[0] += 1
        try:
            orig(self, *args, **kwargs)
        finally:
            if is_queue:
                _in_queue_init[0] -= 1
        rec = _current_recorder[0]
        if getattr(self, '_aio_name', None) is None:
            if not is_queue and _in_queue_init[0] and cls is asyncio.locks.Event:
                self._aio_name = None  # the queue's own _finished event: named after the queue below
            else:
                kind = _kind_of(self)
                if is_queue and _constructed_by() in ('as_completed', '_AsCompletedIterator.__init__'):
                    kind = 'as_completed'  # as_completed's own queue of done futures
                self._aio_name = rec.next_object_name(kind) if rec is not None else kind
        if is_queue:
            fin = getattr(self, '_finished', None)
            if fin is not None:
                fin._aio_name = f'{self._aio_name}._finished'
                fin._aio_join_of = self._aio_name
            for attr, kind in (('_getters', 'queue.get'), ('_putters', 'queue.put')):
                d = _WaiterDeque(getattr(self, attr))
                d._aio_queue, d._aio_kind = self, kind
                setattr(self, attr, d)

    __init__.__qualname__ = f'{cls.__name__}.__init__'
    __init__.__wrapped__ = orig
    cls.__init__ = __init__


# --------------------------------------------------------------------------------------------------------------------
# The recorder.


class Recorder:
    """Turns what the instrumented loop, tasks and queues report into trace events through `emit`.

    emit(kind, _line=None, **fields) -> the written event dict (with 'seq') or None: supplied by the user (the
    oracle's virtual-clock writer, or StreamWriter for real runs). `cause` is the seq of the event being processed
    (task.resume of the running step, callback.run / timer.fire of a callback, task.done / task.cancel /
    queue.change while they wake waiters), stamped on every task.ready / callback.ready meanwhile."""

    def __init__(self, emit, filename, on_adopt=None, on_created=None, instrument_tasks=True):
        self.emit = emit
        self.filename = filename
        self.on_adopt = on_adopt  # on_adopt(wrapper, task): called at a task's first sight, before task.create
        self.on_created = on_created  # on_created(task, event): right after task.create
        self.instrument_tasks = instrument_tasks
        self.cause = None
        self.next_handle = 0
        self.next_tid = 1
        self.object_counters = {}
        self.threads = None  # real runs: RealThreads (executor threads recorded); the oracle simulates its own

    def idle(self):
        flush = getattr(self.emit, 'flush', None)
        if flush is not None:
            flush()

    def activate(self):
        install_names()
        _current_recorder[0] = self

    def deactivate(self):
        if _current_recorder[0] is self:
            _current_recorder[0] = None

    # --- names and ids ---
    def next_object_name(self, kind):
        n = self.object_counters.get(kind, 0) + 1
        self.object_counters[kind] = n
        return f'{kind}-{n}'

    @staticmethod
    def current_task():
        try:
            loop = asyncio.events._get_running_loop()
            return None if loop is None else asyncio.tasks.current_task(loop)
        except Exception:
            return None

    @staticmethod
    def task_name(task):
        if task is None:
            return None
        try:
            return task.get_name()
        except Exception:
            return None

    @staticmethod
    def tid_of(task):
        return None if task is None else getattr(task, '_aio_tid', None)

    def foreign_ready(self, loop, handle):
        info = (self.next_handle, self._callback_label(handle._callback, handle._args, None))
        self.next_handle += 1
        try:
            loop._aio_foreign[handle] = info
        except TypeError:
            return
        self.emit('callback.ready', _line=0, handle=info[0], label=info[1])

    def describe(self, handle):
        """The ready-deque label: a task step shows its task's current name."""
        task = getattr(handle, '_aio_task', None)
        if task is not None:
            return task.get_name()
        return getattr(handle, '_aio_label', None) or 'callback'

    def label_handle(self, handle, delay):
        handle._aio_id = self.next_handle
        self.next_handle += 1
        cb = handle._callback
        task = _task_of_callback(cb)
        handle._aio_task = task
        handle._aio_cause = None
        args = handle._args
        handle._aio_inherit = bool(args) and len(args) == 1 and asyncio.futures.isfuture(args[0]) and args[0].done()
        if task is not None:
            handle._aio_label = f'{task.get_name()}.__step'
            return
        handle._aio_label = label = self._callback_label(cb, args, delay)
        if label == 'shield._outer_done_callback' and args:
            args[0]._aio_shield_inner = _closure_var(cb, 'inner')  # (the outer's callbacks are gone once it is done)

    def _callback_label(self, cb, args, delay):
        explicit = getattr(cb, '_aio_label', None)
        if explicit is not None:
            return explicit
        base = _unwrap_partial(cb)
        q = _qualname(base)
        if delay is not None:
            caller = _scheduling_caller()
            if q == '_set_result_unless_cancelled':
                if caller == 'sleep':
                    return f'sleep({js_number(delay)}) timer'
            elif caller in _TIMER_LABELS:
                return _TIMER_LABELS[caller]
        if q in _CALLBACK_LABELS:
            return _CALLBACK_LABELS[q]
        if q is None:
            return type(base).__name__
        return q

    def announce_ready(self, handle):
        task = handle._aio_task
        if task is not None and getattr(task, '_aio_tid', None) is None:
            coro = task.get_coro()
            if isinstance(coro, CoroWrapper) and coro._rec is self and not coro._created:
                # The Task's constructor schedules its first step: the task is announced (task.create) first.
                if coro._task is None:
                    coro._task = task
                self.adopt(coro, task)
        cause = self.cause
        handle._aio_cause = cause
        if task is not None:
            fields = {'task': task.get_name()}
            tid = self.tid_of(task)
            if tid is not None:
                fields['tid'] = tid
            if cause is not None:
                fields['cause'] = cause
            fields['handle'] = handle._aio_id
            self.emit('task.ready', **fields)
        else:
            fields = {'handle': handle._aio_id, 'label': handle._aio_label}
            if cause is not None:
                fields['cause'] = cause
            self.emit('callback.ready', **fields)

    # --- tasks ---
    def wrap(self, coro, kwargs):
        """The CoroWrapper for a new task's coroutine, or None (not a native coroutine, or already wrapped)."""
        import types
        if isinstance(coro, CoroWrapper) or not isinstance(coro, types.CoroutineType):
            return None
        return CoroWrapper(self, coro, self.current_task(), kwargs.get('name'))

    def adopt(self, wrapper, task):
        """First sight of a task: its tid, the caller's hook (oracle: per-program Task-N), then task.create."""
        if wrapper._created:
            return
        wrapper._created = True
        try:
            task._aio_tid = self.next_tid
        except AttributeError:
            pass
        self.next_tid += 1
        if self.on_adopt is not None:
            self.on_adopt(wrapper, task)
        ev = self.emit('task.create', task=task.get_name(), parent=wrapper._parent_name,
                       coro=wrapper._coro.__qualname__, tid=self.tid_of(task), parentTid=wrapper._parent_tid)
        if ev is not None:
            self.cause = ev['seq']
            if self.on_created is not None:
                self.on_created(task, ev)
        return ev

    def coro_line(self, coro):
        """Line of the innermost frame of the program's file along a coroutine's await chain (None if none)."""
        best, depth = None, 0
        fn = self.filename
        while coro is not None and depth < 100:
            frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
            if frame is not None and frame.f_code.co_filename == fn:
                best = frame.f_lineno
            coro = getattr(coro, 'cr_await', None) or getattr(coro, 'gi_yieldfrom', None)
            depth += 1
        return best

    def step_started(self, task, coro, throw):
        fields = {'task': self.task_name(task)}
        if throw is not None:
            fields['throw'] = throw
        fields['tid'] = self.tid_of(task)
        ev = self.emit('task.resume', _line=self.coro_line(coro), **fields)
        if ev is not None:
            self.cause = ev['seq']

    def step_suspended(self, task, coro, yielded):
        self.emit('task.suspend', _line=self.coro_line(coro), task=self.task_name(task),
                  awaiting=self.awaiting(coro, yielded), tid=self.tid_of(task))

    def step_returned(self, task, value):
        if task is not None and getattr(task, '_must_cancel', False):
            msg = getattr(task, '_cancel_message', None)
            self._done(task, 'cancelled', '' if msg is None else str(msg))
        else:
            self._done(task, 'result', repr(value))

    def step_raised(self, task, exc):
        if isinstance(exc, asyncio.CancelledError):
            args = getattr(exc, 'args', ())
            self._done(task, 'cancelled', str(args[0]) if len(args) == 1 and args[0] is not None else '')
        elif not getattr(exc, '_aio_silent', False):
            self._done(task, 'exception', repr(exc))

    def _done(self, task, state, detail):
        ev = self.emit('task.done', task=self.task_name(task), state=state, detail=detail, tid=self.tid_of(task))
        if ev is not None:
            self.cause = ev['seq']

    # --- what a task waits on ---
    def awaiting(self, coro, yielded):
        """task.suspend's `awaiting`, as the simulator describes it (docs/trace-format.md)."""
        if yielded is None:
            return {'kind': 'yield', 'label': 'sleep(0)'}
        chain = []
        c, depth = coro, 0
        while c is not None and depth < 100:
            code = getattr(c, 'cr_code', None) or getattr(c, 'gi_code', None)
            frame = getattr(c, 'cr_frame', None) or getattr(c, 'gi_frame', None)
            if code is not None:
                chain.append((_code_qualname(code), frame))
            c = getattr(c, 'cr_await', None) or getattr(c, 'gi_yieldfrom', None)
            depth += 1
        return self._awaiting_of(yielded, chain)

    def _awaiting_of(self, fut, chain):
        for q, frame in chain:
            if q == 'Queue.join':
                name = getattr(frame.f_locals.get('self') if frame is not None else None, '_aio_name', 'Queue')
                return {'kind': 'queue.join', 'queue': name, 'label': f'{name}.join()'}
        for q, frame in reversed(chain):
            loc = frame.f_locals if frame is not None else {}
            if q == 'sleep' and 'h' in loc or q == 'sleep' and 'future' in loc:
                h = loc.get('h')
                delay = loc.get('delay')
                until = h.when() if h is not None else None
                return {'kind': 'sleep', 'until': until, 'label': f'sleep({js_number(delay)})'}
            if q == 'Queue.join':
                name = getattr(loc.get('self'), '_aio_name', 'Queue')
                return {'kind': 'queue.join', 'queue': name, 'label': f'{name}.join()'}
            if q in ('Queue.get', 'Queue.put'):
                aw = getattr(fut, '_aio_awaiting', None)
                if aw is not None:
                    return dict(aw)
            if q == 'Lock.acquire':
                return {'kind': 'lock', 'label': f'{_name(loc.get("self"))}.acquire()'}
            if q == 'Event.wait':
                return {'kind': 'event', 'label': f'{_name(loc.get("self"))}.wait()'}
            if q == 'Condition.wait':
                return {'kind': 'condition', 'label': f'{_name(loc.get("self"))}.wait()'}
            if q == 'Semaphore.acquire':
                return {'kind': 'semaphore', 'label': f'{_name(loc.get("self"))}.acquire()'}
            if q == '_cancel_and_wait' and loc.get('fut') is not None:
                return self._awaiting_of(loc['fut'], [])
            if q == 'wait_for' and 'waiter' in loc and loc.get('waiter') is fut:
                inner = loc.get('fut')
                timeout = js_number(loc.get('timeout'))
                if isinstance(inner, _ORIG_TASK):
                    return {'kind': 'task', 'task': inner.get_name(), 'tid': self.tid_of(inner),
                            'label': f'wait_for({inner.get_name()}, {timeout})'}
                return {'kind': 'future', 'label': f'wait_for({timeout})'}
            if q == '_wait' and loc.get('waiter') is fut:
                # asyncio.wait takes a set (memory order): shown in creation order (docs/trace-format.md)
                fs = sorted(loc.get('fs') or (), key=lambda f: getattr(f, '_aio_tid', 1 << 60))
                return self._children('wait', fs, None)
            if q == 'TaskGroup.__aexit__':
                tg = loc.get('self')
                tasks = list(getattr(tg, '_tasks', ()) or ())
                tasks.sort(key=lambda t: getattr(t, '_aio_tid', 0))
                return self._children('wait', tasks, 'TaskGroup.__aexit__')
        thread = getattr(fut, '_aio_thread', None)
        if thread is not None:
            return {'kind': 'thread', 'thread': thread[0], 'label': f'to_thread({thread[1]})'}
        if isinstance(fut, _ORIG_TASK):
            return {'kind': 'task', 'task': fut.get_name(), 'tid': self.tid_of(fut), 'label': f'await {fut.get_name()}'}
        if type(fut).__name__ == '_GatheringFuture':
            return self._children('gather', list(getattr(fut, '_children', ()) or ()), None)
        aw = getattr(fut, '_aio_awaiting', None)
        if aw is not None:
            return dict(aw)
        inner = _shielded(fut)
        if inner is not None:
            aw = self._awaiting_of(inner, [])
            aw['label'] = f'shield({aw["label"]})'
            return aw
        return {'kind': 'future', 'label': 'Future'}

    def _children(self, kind, futs, label):
        names = [f.get_name() if isinstance(f, _ORIG_TASK) else 'Future' for f in futs]
        ids = [self.tid_of(f) if isinstance(f, _ORIG_TASK) else None for f in futs]
        return {'kind': kind, 'children': names, 'childIds': ids,
                'label': label if label is not None else f'{kind}({", ".join(names)})'}

    # --- queues ---
    def queue_changed(self, q):
        items = [repr(x) for x in list(q._queue)]
        ev = self.emit('queue.change', queue=getattr(q, '_aio_name', 'Queue'), items=items,
                       getters=_live(q._getters), putters=_live(q._putters))
        return None if ev is None else ev['seq']


def user_line(filename, frame):
    """Line of the innermost frame of `filename` from `frame` outwards (None if the program's file is not on it)."""
    f = frame
    while f is not None:
        if f.f_code.co_filename == filename:
            return f.f_lineno
        f = f.f_back
    return None


def _closure_var(fn, name):
    code = getattr(fn, '__code__', None)
    for var, cell in zip(code.co_freevars if code else (), getattr(fn, '__closure__', None) or ()):
        if var == name:
            return cell.cell_contents
    return None


def _shielded(outer):
    """The future that asyncio.shield(inner) protects, when `outer` is shield's outer future (found through its
    _outer_done_callback's closure), else None."""
    inner = getattr(outer, '_aio_shield_inner', None)
    if inner is not None:
        return inner
    for entry in list(getattr(outer, '_callbacks', None) or ()):
        cb = entry[0] if isinstance(entry, tuple) else entry
        code = getattr(cb, '__code__', None)
        if code is None or not _code_qualname(code).endswith('_outer_done_callback'):
            continue
        for name, cell in zip(code.co_freevars, cb.__closure__ or ()):
            if name == 'inner':
                return cell.cell_contents
    return None


def _live(waiters):
    return len(waiters)


def _name(obj):
    return getattr(obj, '_aio_name', None) or type(obj).__name__


# --------------------------------------------------------------------------------------------------------------------
# Real runs.


_encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode  # made once (json.dumps with options
# builds an encoder per call)


class StreamWriter:
    """emit() for real runs: each event becomes one JSON line at once; lines are written out in small batches (every
    FLUSH_EVENTS events, FLUSH_SECONDS, when the loop is about to wait, and at the end), so memory stays bounded, a
    waiting program's trace is on disk and an interrupted run keeps it. t = seconds since the run's start on the
    loop's clock (time.monotonic), never decreasing."""

    FLUSH_EVENTS = 512
    FLUSH_SECONDS = 0.25

    def __init__(self, out, filename):
        self.out = out
        self.filename = filename
        self.seq = 0
        self.t0 = time.monotonic()
        self.last_t = 0.0
        self.last_flush = 0.0
        self.pending = []
        try:
            out.flush()
            self.fd = out.fileno()  # a real file or pipe: written with os.write (see _flush)
        except (AttributeError, OSError, ValueError):  # (io.UnsupportedOperation is an OSError and a ValueError)
            self.fd = None
        # reentrant: a signal handler may emit while this thread is inside an emit (see __call__)
        self.lock = threading.RLock()
        self.depth = 0
        self.reentered = []

    def __call__(self, kind, _line=None, **fields):
        line = None if _line == 0 else (_line if _line is not None else user_line(self.filename, sys._getframe(1)))
        ev = {'seq': None, 't': 0.0, 'line': line, 'kind': kind}
        ev.update(fields)
        with self.lock:
            if self.depth:
                # Re-entered on this thread: a signal handler (asyncio's Ctrl-C handler cancels the main task)
                # interrupted an emit. Written right after the interrupted one, in order (its seq is not known yet).
                self.reentered.append(ev)
                return ev
            self.depth += 1
            try:
                self._stamp(ev)
                while self.reentered:
                    self._stamp(self.reentered.pop(0))
            finally:
                self.depth -= 1
        return ev

    def _stamp(self, ev):
        t = time.monotonic() - self.t0
        if t < self.last_t:
            t = self.last_t
        self.last_t = t
        ev['seq'] = self.seq
        ev['t'] = round(t, 9)
        self.seq += 1
        self.pending.append(_encode(ev))
        if len(self.pending) >= self.FLUSH_EVENTS or t - self.last_flush >= self.FLUSH_SECONDS:
            self._flush(t)

    def _flush(self, t):
        if self.fd is None:
            lines, self.pending = self.pending, []
            if lines:
                self.out.write('\n'.join(lines) + '\n')
            self.out.flush()
        elif self.pending:
            # Straight to the file descriptor with Ctrl-C held back for the write's duration: a KeyboardInterrupt
            # raised mid-batch would repeat or drop lines; the held signal is delivered right after.
            was_blocked = True
            try:
                was_blocked = _block_sigint()
                lines, self.pending = self.pending, []
                view = memoryview(('\n'.join(lines) + '\n').encode('utf-8'))
                while view:
                    view = view[os.write(self.fd, view):]
            finally:
                if not was_blocked:
                    _unblock_sigint()
        self.last_flush = t

    def flush(self):
        with self.lock:
            self.depth += 1
            try:
                self._flush(self.last_t)
                while self.reentered:
                    self._stamp(self.reentered.pop(0))
            finally:
                self.depth -= 1


def _block_sigint():
    """Hold SIGINT back on this thread; returns whether it was held already (then it is left so)."""
    import signal
    mask = getattr(signal, 'pthread_sigmask', None)
    if mask is None:
        return True
    return signal.SIGINT in mask(signal.SIG_BLOCK, {signal.SIGINT})


def _unblock_sigint():
    import signal
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _func_label(func):
    """A worker function's name as the trace shows it: to_thread submits partial(Context.run, func, *args)."""
    import functools
    while isinstance(func, functools.partial):
        if getattr(func.func, '__name__', '') == 'run' and func.args and callable(func.args[0]):
            func = func.args[0]
        else:
            func = func.func
    return getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)


class RealThreads:
    """Real runs: a function given to run_in_executor / to_thread is wrapped so that the worker thread itself
    announces thread.start and thread.end (its real name, e.g. asyncio_0; the clock of the moment)."""

    def __init__(self, rec):
        self.rec = rec

    def wrap(self, func, task):
        import functools
        rec = self.rec
        label = _func_label(func)
        task_name, tid = rec.task_name(task), rec.tid_of(task)

        @functools.wraps(func)
        def run_in_worker(*args):
            name = threading.current_thread().name
            rec.emit('thread.start', _line=0, thread=name, func=label, task=task_name, tid=tid)
            try:
                value = func(*args)
            except BaseException as e:
                rec.emit('thread.end', _line=0, thread=name, state='exception', detail=repr(e))
                raise
            rec.emit('thread.end', _line=0, thread=name, state='result', detail=repr(value))
            return value

        return run_in_worker


class _Forward:
    """The program's sys.stdout during a recording: writes go to another stream (stderr by default), and it stays a
    distinct object from sys.stderr so print(file=sys.stderr) is still told apart."""

    def __init__(self, target):
        self._target = target

    def write(self, s):
        return self._target.write(s)

    def __getattr__(self, name):
        return getattr(self._target, name)


def _traced_loop_class():
    """The platform's default event loop class with the tracer mixed in."""
    base = asyncio.SelectorEventLoop
    if sys.platform == 'win32' and hasattr(asyncio, 'ProactorEventLoop'):
        base = asyncio.ProactorEventLoop
    return type('TracedEventLoop', (TracingLoopMixin, base), {})


def record_file(path, argv, out, stdout=None):
    """Run the Python file `path` as __main__ with sys.argv = [path, *argv] on asyncio's real loop, writing trace v1
    JSON lines to `out` as they happen. The program's stdout goes to `stdout` (default: sys.stderr, since the trace
    usually is stdout). Returns the exit code (130 after Ctrl-C; the trace then ends with error + exit)."""
    import builtins
    import logging
    import runpy
    import traceback
    import warnings

    writer = StreamWriter(out, path)
    rec = Recorder(writer, path)
    rec.threads = RealThreads(rec)
    loop_class = _traced_loop_class()

    def new_loop():
        loop = loop_class()
        loop._aio_attach(rec)
        return loop

    policy_base = getattr(asyncio.events, 'BaseDefaultEventLoopPolicy', None) or asyncio.events._BaseDefaultEventLoopPolicy

    class TracedPolicy(policy_base):
        def new_event_loop(self):
            return new_loop()

    program_out = _Forward(stdout if stdout is not None else sys.stderr)
    orig_print = builtins.print

    def traced_print(*args, sep=' ', end='\n', file=None, flush=False):
        target = sys.stdout if file is None else file
        if target is not sys.stdout and target is not sys.stderr:
            return orig_print(*args, sep=sep, end=end, file=file, flush=flush)
        text = (' ' if sep is None else sep).join(str(a) for a in args) + ('\n' if end is None else end)
        on_loop_thread = threading.current_thread() is threading.main_thread()
        task = rec.current_task() if on_loop_thread else None
        fields = {'task': rec.task_name(task), 'text': text}
        if target is sys.stderr:
            fields['stream'] = 'stderr'
        if not on_loop_thread:
            fields['thread'] = threading.current_thread().name
        fields['tid'] = rec.tid_of(task)
        rec.emit('print', **fields)
        target.write(text)
        if flush:
            target.flush()

    traced_print.__name__ = traced_print.__qualname__ = 'print'

    class LogHandler(logging.Handler):
        def emit(self, record):
            try:
                msg = record.getMessage()
            except Exception:
                msg = str(record.msg)
            rec.emit('loop.exception', message=msg.split('\n', 1)[0])
            if not logging.getLogger().handlers:
                text = self.format(record) if record.exc_info else msg
                sys.stderr.write(text + '\n')

    orig_showwarning = warnings.showwarning

    def showwarning(message, category, filename, lineno, file=None, line=None):
        rec.emit('warning', category=category.__name__, message=str(message))
        orig_showwarning(message, category, filename, lineno, file=file, line=line)

    handler = LogHandler(logging.WARNING)
    handler.setFormatter(logging.Formatter('%(message)s'))
    saved = (sys.argv, sys.stdout, builtins.print, warnings.showwarning, asyncio.events._event_loop_policy)
    code = 0
    rec.activate()
    writer('run.start', _line=0, version=1, python=PY, loop='asyncio', debug=False, file=path)
    try:
        sys.argv = [path, *argv]
        sys.stdout = program_out
        builtins.print = traced_print
        warnings.showwarning = showwarning
        logging.getLogger('asyncio').addHandler(handler)
        asyncio.events._event_loop_policy = TracedPolicy()
        sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
        try:
            runpy.run_path(path, run_name='__main__')
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
            if e.code is not None and not isinstance(e.code, int):
                sys.stderr.write(f'{e.code}\n')
        except KeyboardInterrupt:
            writer('error', _line=0, type='KeyboardInterrupt', message='interrupted (Ctrl-C): the trace ends here')
            code = 130
        except BaseException as e:
            traceback.print_exc()
            writer('error', type=type(e).__name__, message=str(e))
            code = 1
    finally:
        sys.argv, sys.stdout, builtins.print, warnings.showwarning, asyncio.events._event_loop_policy = saved
        logging.getLogger('asyncio').removeHandler(handler)
        rec.deactivate()
        writer('exit', _line=0, code=code)
        writer.flush()
    return code


def main(argv=None):
    """Command line: aioscope_record.py PROG.py [args...] > trace.jsonl"""
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] in ('-h', '--help'):
        sys.stderr.write('usage: python3 aioscope_record.py PROG.py [args...] > trace.jsonl\n'
                         '       (the trace is written to stdout; the program\'s own stdout goes to stderr)\n')
        return 0 if argv else 2
    path = argv[0]
    if not os.path.isfile(path):
        sys.stderr.write(f'aioscope_record: no such file: {path}\n')
        return 2
    out = sys.stdout
    return record_file(path, argv[1:], out)


if __name__ == '__main__':
    sys.exit(main())
