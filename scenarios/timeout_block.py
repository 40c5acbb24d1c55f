# asyncio.timeout(): a deadline for a block of code
# title.zh: asyncio.timeout()：给一段代码设定截止时间
# lesson: async with asyncio.timeout(s) cancels what the block is awaiting at the deadline and raises TimeoutError.
# lesson.zh: async with asyncio.timeout(s) 到期时取消代码块中正在等待的操作，并抛出 TimeoutError。
import asyncio

LIMIT = 1.5  # knob: 0.5..4 step 0.5 "time limit (s)" zh "时限（秒）"


async def main():
    try:
        async with asyncio.timeout(LIMIT):
            for i in range(1, 4):
                # caption: [default] The deadline covers the whole block, not each await: three 1 s steps do not fit in {LIMIT} s.
                # caption.zh: [default] 截止时间针对整个代码块而不是每个 await：三个 1 秒的步骤放不进 {LIMIT} 秒。
                await asyncio.sleep(1)
                print(f"step {i} done")
    except TimeoutError:
        # caption: [default] At the deadline the timeout cancelled main's task; leaving the block turned that into TimeoutError.
        # caption.zh: [default] 到期时 timeout 取消了 main 所在的任务；离开代码块时，这次取消被转换成 TimeoutError。
        print("timed out")
    print("main carries on")


asyncio.run(main())
# text.zh: "step {i} done" -> "第 {i} 步完成"
# text.zh: "main carries on" -> "main 继续执行"
# text.zh: "timed out" -> "超时"
