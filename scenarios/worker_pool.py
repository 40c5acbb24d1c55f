# A pool of consumers sharing one queue
# title.zh: 多个消费者共享一个队列
# lesson: [default] {WORKERS} workers take jobs from one queue, so six 1-second jobs finish in 2 s; join waits for all of them.
# lesson.zh: [default] {WORKERS} 个工作者从同一个队列取任务，六个各需 1 秒的任务 2 秒就能完成；join 会等待全部完成。
import asyncio

WORKERS = 3  # knob: 1..6 "number of workers" zh "工作者数量"


async def worker(name, queue):
    while True:
        # caption: An idle worker waits here; the first one to ask gets the next job.
        # caption.zh: 空闲的工作者在这里等待；先来的先拿到下一个任务。
        job = await queue.get()
        print(f"{name} starts job{job}")
        await asyncio.sleep(1)
        queue.task_done()


async def main():
    start = asyncio.get_running_loop().time()
    queue = asyncio.Queue()
    for job in range(6):
        queue.put_nowait(job)
    workers = [asyncio.create_task(worker(f"w{i}", queue)) for i in range(WORKERS)]
    await queue.join()
    # caption: join returned once all six jobs were marked task_done.
    # caption.zh: 六个任务都调用过 task_done 后，join 才返回。
    print(f"all done in {asyncio.get_running_loop().time() - start:.0f} s")
    for w in workers:
        # caption: The workers loop forever, so we cancel them once the queue is drained.
        # caption.zh: 工作者是无限循环，所以队列清空后要把它们取消。
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
# text.zh: "{name} starts job{job}" -> "{name} 开始 job{job}"
# text.zh: "all done in {asyncio.get_running_loop().time() - start:.0f} s" -> "全部完成，用时 {asyncio.get_running_loop().time() - start:.0f} 秒"
