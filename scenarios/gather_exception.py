# gather and a failing task
# title.zh: gather 与失败的任务
# lesson: gather raises the first exception but does not cancel the others; return_exceptions=True collects errors.
# lesson.zh: gather 会抛出第一个异常，但不会取消其他任务；return_exceptions=True 则把异常当作结果收集起来。
import asyncio

RETURN_EXCEPTIONS = False  # knob: bool "return_exceptions" zh "return_exceptions（返回异常）"


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    # caption: Without return_exceptions, a and c keep running after b failed: gather does not cancel them.
    # caption.zh: 没有 return_exceptions 时，b 失败后 a 和 c 仍在运行：gather 不会取消它们。
    print(f"{name} done")
    return name


async def main():
    try:
        results = await asyncio.gather(
            job("a", 2), job("b", 1, fail=True), job("c", 3),
            return_exceptions=RETURN_EXCEPTIONS,
        )
        # caption: With return_exceptions=True the exception is simply one of the results, in argument order.
        # caption.zh: 使用 return_exceptions=True 时，异常只是结果之一，按参数顺序排列。
        print(f"results: {results}")
    except ValueError as e:
        # caption: b failed at 1 s: its exception reaches main at once, while a and c are still sleeping.
        # caption.zh: b 在 1 秒时失败：异常立即传到 main，而 a 和 c 还在睡眠。
        print(f"caught: {e!r}")
        await asyncio.sleep(3)  # give the other tasks time to finish


asyncio.run(main())
# text.zh: "{name} failed" -> "{name} 出错"
# text.zh: "{name} done" -> "{name} 完成"
# text.zh: "results: {results}" -> "结果: {results}"
# text.zh: "caught: {e!r}" -> "捕获: {e!r}"
# text.zh: "give the other tasks time to finish" -> "给其余任务时间完成"
