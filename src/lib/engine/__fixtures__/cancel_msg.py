# Cancel messages travel into CancelledError args; cancelling()/uncancel() counts.
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print('got', e.args, asyncio.current_task().cancelling())
        raise

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel('stop now')
    t.cancel('again')
    try:
        await t
    except asyncio.CancelledError as e:
        print('outer', e.args)
    print(t.cancelling(), t.uncancel(), t.uncancel())

asyncio.run(main())
