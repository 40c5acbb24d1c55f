# Event: many tasks wait for one signal
# title.zh: Event：多个任务等待同一个信号
# lesson: event.wait() suspends until some task calls event.set(); then every waiter wakes up, in order.
# lesson.zh: event.wait() 会一直挂起，直到某个任务调用 event.set()；之后所有等待者依次被唤醒。
import asyncio


async def waiter(event, name):
    print(f"{name} waits for the signal")
    await event.wait()
    # caption: set() woke all three waiters; they resume in the order they started waiting.
    # caption.zh: set() 唤醒了全部三个等待者；它们按开始等待的顺序恢复运行。
    print(f"{name} got the signal")


async def main():
    event = asyncio.Event()
    waiters = [asyncio.create_task(waiter(event, f"w{i}")) for i in range(3)]
    await asyncio.sleep(1)
    # caption: One second later main sets the event; set() itself does not suspend main.
    # caption.zh: 一秒后 main 设置事件；set() 本身不会挂起 main。
    print("signal sent")
    event.set()
    print("main continues")
    await asyncio.gather(*waiters)


asyncio.run(main())
# text.zh: "{name} waits for the signal" -> "{name} 等待信号"
# text.zh: "{name} got the signal" -> "{name} 收到信号"
# text.zh: "signal sent" -> "发出信号"
# text.zh: "main continues" -> "main 继续"
