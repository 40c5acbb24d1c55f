/**
 * The gallery's order: a "start here" path that tells asyncio's story in six steps, then every other scenario by
 * topic. Content, not layout: the home page renders it, and library.test.ts checks that every scenario appears
 * exactly once (a new scenario must be given a place).
 */
import type { Text } from './types';

export interface GalleryStep {
  /** What this step of the path teaches, shown above its card(s). */
  title: Text;
  /** The scenarios of the step, in order (the pitfalls step has several). */
  ids: string[];
}

export interface GalleryTopic {
  id: string;
  title: Text;
  ids: string[];
}

/** sequential → concurrent → gather → producer–consumer → timeout → the pitfalls. */
export const START_HERE: GalleryStep[] = [
  { title: { en: 'One thing after another', zh: '一个接一个' }, ids: ['say_after_sequential'] },
  { title: { en: 'Two things at once', zh: '同时做两件事' }, ids: ['say_after'] },
  { title: { en: 'Many at once, results in order', zh: '同时做很多件事，结果按顺序返回' }, ids: ['gather_fetch'] },
  { title: { en: 'Pass work through a queue', zh: '用队列传递工作' }, ids: ['producer_consumer'] },
  { title: { en: 'Give up after a deadline', zh: '超过时限就放弃' }, ids: ['wait_for_timeout'] },
  {
    title: { en: 'The pitfalls', zh: '常见陷阱' },
    ids: ['blocking_sleep', 'cpu_starvation', 'never_awaited']
  }
];

export const TOPICS: GalleryTopic[] = [
  {
    id: 'basics',
    title: { en: 'Coroutines and tasks', zh: '协程与任务' },
    ids: ['fetch_data', 'sleep_zero', 'as_completed', 'aiohttp_fetch', 'eager_tasks']
  },
  {
    id: 'coordination',
    title: { en: 'Queues, locks and signals', zh: '队列、锁与信号' },
    ids: ['worker_pool', 'semaphore_crawler', 'lock_counter', 'event_signal']
  },
  {
    id: 'cancellation',
    title: { en: 'Timeouts and cancellation', zh: '超时与取消' },
    ids: ['timeout_block', 'shield', 'wait_for_versions']
  },
  {
    id: 'errors',
    title: { en: 'When a task fails', zh: '当任务失败时' },
    ids: ['gather_exception', 'taskgroup_failure']
  },
  { id: 'threads', title: { en: 'Threads', zh: '线程' }, ids: ['to_thread'] }
];

/** Every scenario id the gallery places, in the order it shows them. */
export function galleryOrder(): string[] {
  return [...START_HERE.flatMap((s) => s.ids), ...TOPICS.flatMap((t) => t.ids)];
}
