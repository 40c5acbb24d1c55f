import asyncio, re, enum, logging, contextvars
from dataclasses import dataclass

class Color(enum.Enum):
    RED = 1
    GREEN = 2

logging.basicConfig(level=logging.INFO, format='%(levelname)s %(name)s %(message)s')
log = logging.getLogger('demo')
request_id = contextvars.ContextVar('request_id', default='-')

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i

def describe(cmd):
    match cmd:
        case {'op': 'add', 'args': [a, b]}:
            return a + b
        case [x, *rest]:
            return f'list {x} {rest}'
        case Color.RED:
            return 'red!'
        case _:
            return 'other'

async def worker(name):
    request_id.set(name)
    await asyncio.sleep(0.2)
    log.info('worker %s sees %s', name, request_id.get())
    return re.sub(r'(\d+)', r'<\1>', f'{name} 42 7')

async def main():
    async for i in ticker(3):
        print('tick', i)
    print(describe({'op': 'add', 'args': [1, 2]}), describe([1, 2, 3]), describe(Color.RED), describe(3.5))
    print(await asyncio.gather(worker('a'), worker('b')))
    print(request_id.get(), Color.GREEN, repr(Color.GREEN), list(Color))
    m = re.match(r'(?P<word>\w+)-(?P<num>\d+)', 'job-17')
    print(m.groupdict())

asyncio.run(main())
