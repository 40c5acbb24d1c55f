import asyncio

async def main():
    import socket
    print(socket)

asyncio.run(main())
