# A task cancelled before its first step never runs its body (not even finally).
import asyncio

async def victim():
    try:
        print('victim body')
    finally:
        print('victim finally')

async def main():
    t = asyncio.create_task(victim())
    t.cancel('early')
    try:
        await t
    except asyncio.CancelledError as e:
        print('cancelled', t.cancelled(), e.args)

asyncio.run(main())
