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
        # step@task.suspend: The queue holds 2 items: put() parks the producer.
        # step.zh@task.suspend: 队列里已有 2 个元素：put() 让生产者停下等待。
        await queue.put(item)
        # step: The producer has put an item.
        # step.zh: 生产者放入了一个元素。
        print(f"生产: {item}")
        await asyncio.sleep(0.5)


async def consumer(queue):
    while True:
        # step@task.suspend: The queue is empty: the consumer waits in get().
        # step.zh@task.suspend: 队列为空：消费者在 get() 中等待。
        item = await queue.get()
        if item is None:  # 哨兵值，结束
            break
        # step: The consumer took an item.
        # step.zh: 消费者取出了一个元素。
        print(f"消费: {item}")
        await asyncio.sleep(1)
        # caption: task_done marks one item as fully processed; queue.join() counts these.
        # caption.zh: task_done 表示一个元素已处理完毕；queue.join() 依靠它来计数。
        queue.task_done()


async def main():
    random.seed(2026)
    # note: Point at the queue in the loop panel: it never holds more than 2 items.
    queue = asyncio.Queue(maxsize=2)  # 限流
    prod = asyncio.create_task(producer(queue))
    cons = asyncio.create_task(consumer(queue))
    await prod
    # step@task.suspend: main waits in join() until every item is marked done.
    # step.zh@task.suspend: main 在 join() 中等待，直到每个元素都被标记为完成。
    await queue.join()  # 等待所有元素处理完毕
    # caption: The None sentinel tells the consumer there is nothing more to come.
    # caption.zh: 哨兵值 None 告诉消费者不会再有新数据了。
    await queue.put(None)  # 结束消费者
    await cons


asyncio.run(main())
