# Lock: protect a read-modify-write across an await
# title.zh: Lock：保护跨越 await 的“读-改-写”
# lesson: If a task awaits between reading and writing shared state, others interleave; an asyncio.Lock prevents it.
# lesson.zh: 如果任务在读取和写回共享状态之间 await，其他任务会插进来；asyncio.Lock 可以防止这种情况。
import asyncio

USE_LOCK = True  # knob: bool "use the lock" zh "使用锁"
balance = 0


async def deposit(name, amount):
    global balance
    current = balance
    # caption: Without the lock, all three read the balance before any of them writes it back.
    # caption.zh: 没有锁时，三个任务都在任何一个写回之前读取了余额。
    await asyncio.sleep(0.1)  # simulated database round trip
    balance = current + amount
    print(f"{name} deposits {amount}, balance {balance}")


async def safe_deposit(lock, name, amount):
    async with lock:  # only one task at a time gets in
        await deposit(name, amount)


async def main():
    lock = asyncio.Lock()
    if USE_LOCK:
        jobs = [safe_deposit(lock, name, 100) for name in "ABC"]
    else:
        jobs = [deposit(name, 100) for name in "ABC"]
    await asyncio.gather(*jobs)
    # caption: With the lock each deposit ends before the next reads: 300 in 0.3 s. Without it two are lost: 100.
    # caption.zh: 有锁时每笔存款完成后下一笔才读取：0.3 秒后余额 300。没有锁则丢失两笔：余额 100。
    print(f"final balance {balance}")


asyncio.run(main())
# text.zh: "simulated database round trip" -> "模拟一次数据库往返"
# text.zh: "{name} deposits {amount}, balance {balance}" -> "{name} 存入 {amount}，余额 {balance}"
# text.zh: "only one task at a time gets in" -> "同一时刻只有一个任务能进入"
# text.zh: "final balance {balance}" -> "最终余额 {balance}"
