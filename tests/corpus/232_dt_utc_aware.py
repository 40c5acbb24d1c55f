# checks: timezone-aware now(timezone.utc), offsets and astimezone
import asyncio
from datetime import datetime, timezone, timedelta

async def main():
    await asyncio.sleep(90)
    utc = datetime.now(timezone.utc)
    print(utc, repr(utc))
    tokyo = utc.astimezone(timezone(timedelta(hours=9)))
    print(tokyo, tokyo.utcoffset(), tokyo.tzname())
    print(utc == tokyo, utc.timestamp())

asyncio.run(main())
