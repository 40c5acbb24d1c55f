# shield: protect an operation from cancellation
# title.zh: shield：保护操作不被取消
# lesson: When wait_for times out on a shielded task, only the shield is cancelled; the task itself keeps running.
# lesson.zh: wait_for 对被 shield 保护的任务超时时，只有外层的 shield 被取消，任务本身继续运行。
import asyncio


async def save_order():
    await asyncio.sleep(2)
    # caption: The save finished after 2 s even though main stopped waiting at 1 s.
    # caption.zh: 尽管 main 在 1 秒时就不再等待，保存操作仍在 2 秒时完成。
    print("order saved")
    return "ok"


async def main():
    task = asyncio.create_task(save_order())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=1)
    except TimeoutError:
        # caption: At 1 s wait_for cancelled the shield, not the task behind it.
        # caption.zh: 到 1 秒时 wait_for 取消的是 shield，而不是它背后的任务。
        print(f"timed out; task cancelled? {task.cancelled()}")
    result = await task
    print(f"result: {result}")


asyncio.run(main())
# text.zh: "order saved" -> "订单已保存"
# text.zh: "timed out; task cancelled? {task.cancelled()}" -> "等待超时，任务已取消? {task.cancelled()}"
# text.zh: "result: {result}" -> "结果: {result}"
