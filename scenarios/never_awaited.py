# A coroutine that is never awaited
# title.zh: 从未被 await 的协程
# lesson: Calling an async function only creates a coroutine object; without await it never runs and Python warns.
# lesson.zh: 调用 async 函数只会创建协程对象；不 await 它就永远不会运行，Python 会发出警告。
import asyncio


async def save(item):
    await asyncio.sleep(0.5)
    # caption: Only B is saved: the coroutine for A was created but never ran.
    # caption.zh: 只有 B 被保存：A 的协程被创建了，却从未运行。
    print(f"saved {item}")


async def main():
    # caption: Forgot await: this only builds a coroutine object, which is thrown away unrun (RuntimeWarning).
    # caption.zh: 忘了 await：这里只创建了一个协程对象，它没有运行就被丢弃了（RuntimeWarning）。
    save("A")
    await save("B")
    print("main ends")


asyncio.run(main())
# text.zh: "saved {item}" -> "已保存 {item}"
# text.zh: "main ends" -> "main 结束"
