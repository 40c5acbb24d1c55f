import asyncio

async def w():
    print("<script>alert(1)</script>")
    print("<img src=x onerror=alert(1)> & \"quotes\" 'single'")

async def main():
    await asyncio.create_task(w(), name="<b>evil</b><script>x()</script>")

asyncio.run(main())
