# Producer and consumer with a bounded Queue
# title.zh: 生产者与消费者：有界队列
# lesson: A Queue(maxsize=2) makes a fast producer wait for a slow consumer: the queue is a rate limit.
# lesson.zh: Queue(maxsize=2) 让快速的生产者等待缓慢的消费者：队列起到了限流的作用。
import asyncio
import random


async def producer(queue):
    for i in range(5):
        item = random.randint(1, 100)
        # caption: put waits while the queue already holds 2 items: the producer slows to the consumer's pace.
        # caption.zh: 队列里已有 2 个元素时 put 会等待：生产者被迫放慢到消费者的速度。
        await queue.put(item)
        print(f"produced: {item}")
        await asyncio.sleep(0.5)


async def consumer(queue):
    while True:
        item = await queue.get()
        if item is None:  # sentinel: stop
            break
        print(f"consumed: {item}")
        await asyncio.sleep(1)
        # caption: task_done marks one item as fully processed; queue.join() counts these.
        # caption.zh: task_done 表示一个元素已处理完毕；queue.join() 依靠它来计数。
        queue.task_done()


async def main():
    random.seed(2026)
    queue = asyncio.Queue(maxsize=2)  # rate limit
    prod = asyncio.create_task(producer(queue))
    cons = asyncio.create_task(consumer(queue))
    await prod
    await queue.join()  # wait until every item is processed
    # caption: The None sentinel tells the consumer there is nothing more to come.
    # caption.zh: 哨兵值 None 告诉消费者不会再有新数据了。
    await queue.put(None)  # stop the consumer
    await cons


asyncio.run(main())
# seed: 5
# text.zh: "produced: {item}" -> "生产: {item}"
# text.zh: "sentinel: stop" -> "哨兵值，结束"
# text.zh: "consumed: {item}" -> "消费: {item}"
# text.zh: "wait until every item is processed" -> "等待所有元素处理完毕"
# text.zh: "stop the consumer" -> "结束消费者"
# text.zh: "rate limit" -> "限流"
