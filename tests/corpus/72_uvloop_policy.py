# checks: asyncio.set_event_loop_policy(uvloop.EventLoopPolicy()) (3.14 warns that the policy API is deprecated)
import asyncio
import uvloop

async def main():
    await asyncio.sleep(0.1)
    print("policy loop ok")

asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
asyncio.run(main())
