# checks: CPython's C Future texts: 'Result is not set.', 'Exception is not set.', 'invalid state'; Task refuses set_result
import asyncio

def attempt(label, fn):
    try:
        fn()
    except (asyncio.InvalidStateError, RuntimeError) as e:
        print(label, type(e).__name__, repr(e))

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    attempt("result pending", f.result)
    attempt("exception pending", f.exception)
    f.set_result(1)
    attempt("set_result done", lambda: f.set_result(2))
    attempt("set_exception done", lambda: f.set_exception(ValueError("x")))
    g = loop.create_future()
    g.cancel()
    attempt("set_result cancelled", lambda: g.set_result(1))
    t = asyncio.create_task(asyncio.sleep(1))
    attempt("task result pending", t.result)
    attempt("task exception pending", t.exception)
    attempt("task set_result", lambda: t.set_result(2))
    attempt("task set_exception", lambda: t.set_exception(ValueError()))
    await t
    attempt("task set_result done", lambda: t.set_result(3))

asyncio.run(main())
