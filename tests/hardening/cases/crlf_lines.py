import asyncio

async def main():
    print("crlf")

asyncio.run(main())
