# checks: after asyncio.run the current loop is unset: get_event_loop raises in both versions
import asyncio

async def main():
    await asyncio.sleep(0.1)
    return "ok"

print(asyncio.run(main()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(main()))
loop.close()
