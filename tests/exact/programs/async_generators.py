import asyncio
import contextvars

current = contextvars.ContextVar('current', default='main')


async def countdown(name, n, delay):
    current.set(name)
    try:
        while n:
            await asyncio.sleep(delay)
            yield f'{current.get()}:{n}'
            n -= 1
    finally:
        print('closed', name)


async def collect(name, n, delay):
    return [x async for x in countdown(name, n, delay)]


async def main():
    results = await asyncio.gather(collect('a', 3, 0.1), collect('b', 2, 0.15))
    print(results)
    gen = countdown('c', 5, 0.01)
    print(await anext(gen))
    await gen.aclose()
    ctx = contextvars.copy_context()
    print(ctx.run(current.get), current.get())


asyncio.run(main())
