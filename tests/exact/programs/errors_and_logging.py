import asyncio
import enum
import logging
import re


class State(enum.IntFlag):
    READY = 1
    BUSY = 2


logging.basicConfig(format='%(levelname)s:%(message)s', level=logging.INFO)


async def parse(line):
    await asyncio.sleep(0)
    match re.fullmatch(r'(\w+)=(\d+)', line):
        case None:
            logging.warning('bad line %r', line)
            raise ValueError(line)
        case m:
            return m[1], int(m[2])


async def main():
    print(State.READY | State.BUSY)
    results = await asyncio.gather(parse('a=1'), parse('oops'), return_exceptions=True)
    print(results)
    await parse('x')


asyncio.run(main())
