# checks: Task methods: done, result, exception, add_done_callback, get_name/set_name, cancelled
import asyncio

async def ok():
    await asyncio.sleep(0.1)
    return "value"

async def bad():
    await asyncio.sleep(0.1)
    raise LookupError("nope")

async def main():
    t = asyncio.create_task(ok())
    t.add_done_callback(lambda f: print("callback 1:", f.result()))
    t.add_done_callback(lambda f: print("callback 2:", f.get_name()))
    print(t.done())
    await t
    print(t.done(), t.result(), t.exception(), t.cancelled())
    b = asyncio.create_task(bad())
    b.set_name("bad-task")
    await asyncio.sleep(0.2)
    print(b.get_name(), repr(b.exception()))
    try:
        b.result()
    except LookupError as e:
        print("result() raised", e)
    try:
        asyncio.create_task(ok()).result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

asyncio.run(main())
