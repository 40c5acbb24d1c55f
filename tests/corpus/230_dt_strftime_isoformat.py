# checks: strftime, isoformat, str and repr of the virtual now
import asyncio
import datetime

async def main():
    await asyncio.sleep(3723.25)
    now = datetime.datetime.now()
    print(now.strftime("%Y-%m-%d %H:%M:%S"), now.isoformat(timespec="milliseconds"))
    print(repr(now), now.date(), now.time(), now.weekday(), now.strftime("%A %B %d %j"))
    print(datetime.date.today(), repr(datetime.date.today()))

asyncio.run(main())
