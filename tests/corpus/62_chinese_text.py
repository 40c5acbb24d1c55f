# checks: Chinese text in prints, f-strings and reprs is written byte for byte
import asyncio

async def 下载(名字):
    await asyncio.sleep(0.5)
    return f"{名字} 完成 ✓"

async def main():
    结果 = await asyncio.gather(下载("文件一"), 下载("文件二"))
    print(结果)
    print("你好，世界", "——", repr("引号'里"), sep="|", end="。\n")

asyncio.run(main())
