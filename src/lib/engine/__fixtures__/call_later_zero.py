# call_later(0) runs in the next iteration, after what call_soon already queued, before what is queued during it.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, 'soon1')
    loop.call_later(0, print, 'later0')
    loop.call_soon(print, 'soon2')

    def cb():
        print('cb')
        loop.call_soon(print, 'soon-from-cb')

    loop.call_soon(cb)
    await asyncio.sleep(0)
    print('main after sleep0')
    await asyncio.sleep(0)
    print('main end')

asyncio.run(main())
