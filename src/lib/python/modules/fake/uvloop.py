"""Fake `uvloop` for aioscope's oracle: the program asked for uvloop, but it runs on the oracle's virtual loop with
asyncio's own scheduling (which is what aioscope simulates); the trace's run.start says loop='uvloop'.

Provided: install(), run(main, *, debug=None, loop_factory=None), new_event_loop(), Loop, EventLoopPolicy.
Unlike the real uvloop, install() emits no DeprecationWarning on 3.12+ and does not go through
asyncio.set_event_loop_policy (which warns on 3.14); a program calling asyncio.set_event_loop_policy itself still gets
CPython's own warning.
"""

import asyncio

import aioscope_oracle as _oracle


class Loop(_oracle.VirtualLoop):
    def __init__(self):
        super().__init__()
        _oracle.note_uvloop()


def new_event_loop():
    return Loop()


class EventLoopPolicy(_oracle.VirtualPolicy):
    _loop_factory = Loop


def install():
    _oracle.set_policy(EventLoopPolicy())


def run(main, *, loop_factory=new_event_loop, debug=None, **run_kwargs):
    with asyncio.Runner(debug=debug, loop_factory=loop_factory) as runner:
        return runner.run(main)
