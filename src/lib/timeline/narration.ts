import type { Awaiting, TraceEvent } from '../trace/events';
import { formatSeconds, type Message } from '../i18n/messages';
import type { MessageId } from '../i18n/messages.en';
import type { IdleWait, LoopState } from './state';

/**
 * One plain sentence per event, as a message id + params (no English here: the words live in messages.en.ts).
 * `before` is the loop state just before the event (stateAt(seq - 1)): it knows who owned a timer, what a task was
 * waiting for, and whether the clock jumped to get here.
 */
export function narrate(ev: TraceEvent, before: LoopState): Message {
  const m = (id: MessageId, params: Record<string, string> = {}): Message => ({ id, params });
  // By tid when the event has one (names can repeat), else the newest task of that name.
  const task = (name: string, tid?: number) =>
    (tid !== undefined ? before.tasks.find((t) => t.tid === tid) : undefined) ??
    before.tasks.findLast((t) => t.name === name) ??
    null;
  switch (ev.kind) {
    case 'run.start':
      return m('run.start', { file: ev.file, python: ev.python });
    case 'task.create':
      return ev.parent === null
        ? m('task.create.root', { task: ev.task, coro: ev.coro })
        : m('task.create', { parent: ev.parent, task: ev.task, coro: ev.coro });
    case 'task.ready': {
      const rec = task(ev.task, ev.tid);
      if (!rec || rec.status === 'created') return m('task.ready.first', { task: ev.task });
      if (rec.cancelling) return m('task.ready.cancel', { task: ev.task });
      if (rec.status === 'waiting' && rec.awaiting)
        return m('task.ready.woken', { task: ev.task, label: rec.awaiting.label });
      return m('task.ready', { task: ev.task });
    }
    case 'task.resume': {
      if (ev.throw) return m('task.resume.throw', { task: ev.task, error: ev.throw });
      const rec = task(ev.task, ev.tid);
      if (rec && rec.steps === 0) {
        return m('task.resume.start', { task: ev.task, coro: rec.coro });
      }
      return m('task.resume', { task: ev.task });
    }
    case 'task.suspend':
      return suspendMessage(ev.task, ev.awaiting);
    case 'task.done':
      if (ev.state === 'result') return m('task.done.result', { task: ev.task, detail: ev.detail });
      if (ev.state === 'exception') return m('task.done.exception', { task: ev.task, detail: ev.detail });
      return m('task.done.cancelled', { task: ev.task, detail: ev.detail });
    case 'task.cancel':
      if (ev.reason) return m('task.cancel.reason', { task: ev.task, reason: ev.reason });
      return ev.by === null
        ? m('task.cancel.callback', { task: ev.task })
        : m('task.cancel.by', { task: ev.task, by: ev.by });
    case 'print': {
      const text = shortText(ev.text);
      if (ev.stream === 'stderr') return m('print.stderr', { who: ev.thread ?? ev.task ?? '', text });
      if (ev.thread) return m('print.thread', { thread: ev.thread, text });
      return ev.task === null ? m('print.main', { text }) : m('print.task', { task: ev.task, text });
    }
    case 'loop.block':
      return ev.task === null
        ? m('loop.block.anon', { seconds: formatSeconds(ev.seconds) })
        : m('loop.block', { task: ev.task, seconds: formatSeconds(ev.seconds) });
    case 'loop.tick':
      return ev.ready.length === 0
        ? m('loop.tick.empty', { iteration: String(ev.iteration) })
        : m('loop.tick', {
            iteration: String(ev.iteration),
            ready: ev.ready.join(', '),
            count: String(ev.ready.length)
          });
    case 'timer.add': {
      const owner = before.running?.task;
      const params = { when: formatSeconds(ev.when), label: ev.label };
      return owner ? m('timer.add', { ...params, owner }) : m('timer.add.anon', params);
    }
    case 'timer.fire': {
      const timer = before.timers.find((x) => x.id === ev.id);
      const owner = timer ? (timer.owner ?? timer.label) : `#${ev.id}`;
      // The clock jumped to get here: the loop was asleep in select() until this deadline.
      return ev.t > before.tSeconds
        ? m('timer.fire.wake', { t: formatSeconds(ev.t), owner })
        : m('timer.fire', { owner });
    }
    case 'timer.cancel': {
      const timer = before.timers.find((x) => x.id === ev.id);
      return m('timer.cancel', { owner: timer ? (timer.owner ?? timer.label) : `#${ev.id}` });
    }
    case 'callback.ready':
      return m('callback.ready', { label: ev.label });
    case 'callback.run':
      return m('callback.run', { label: ev.label });
    case 'queue.change':
      return m('queue.change', { queue: ev.queue, count: String(ev.items.length), items: ev.items.join(', ') });
    case 'thread.start':
      return ev.task === null
        ? m('thread.start.anon', { func: ev.func, thread: ev.thread })
        : m('thread.start', { task: ev.task, func: ev.func, thread: ev.thread });
    case 'thread.end':
      return ev.state === 'result'
        ? m('thread.end.result', { thread: ev.thread, detail: ev.detail })
        : m('thread.end.exception', { thread: ev.thread, detail: ev.detail });
    case 'warning':
      return m('warning', { category: ev.category, message: ev.message });
    case 'loop.exception':
      return m('loop.exception', { message: ev.message });
    case 'run.shutdown':
      return ev.cancelling.length === 0
        ? m('run.shutdown.empty')
        : m('run.shutdown', { tasks: ev.cancelling.join(', ') });
    case 'loop.stuck':
      return m('loop.stuck', { tasks: ev.pending.join(', ') });
    case 'error':
      return m('error', { type: ev.type, message: ev.message });
    case 'exit':
      return m('exit', { code: String(ev.code) });
    default:
      // A kind this reader does not know (a newer producer): still say something true.
      return m('unknown', { kind: String((ev as { kind?: unknown }).kind) });
  }
}

/** The sentence for the loop-internals pane's "waiting for" line. */
export function describeIdle(idle: IdleWait): Message {
  if (idle.kind === 'timer')
    return { id: 'idle.timer', params: { when: formatSeconds(idle.when), owner: idle.owner ?? idle.label } };
  if (idle.kind === 'thread') return { id: 'idle.thread', params: { thread: idle.thread } };
  return { id: 'idle.nothing', params: {} };
}

function suspendMessage(task: string, awaiting: Awaiting): Message {
  const label = awaiting.label;
  switch (awaiting.kind) {
    case 'sleep':
      return { id: 'task.suspend.sleep', params: { task, label, until: formatSeconds(awaiting.until) } };
    case 'yield':
      return { id: 'task.suspend.yield', params: { task, label } };
    case 'task':
      return { id: 'task.suspend.task', params: { task, label, other: awaiting.task } };
    case 'gather':
      return { id: 'task.suspend.gather', params: { task, label, children: awaiting.children.join(', ') } };
    case 'wait':
      return { id: 'task.suspend.wait', params: { task, label, children: awaiting.children.join(', ') } };
    case 'queue.get':
    case 'queue.put':
    case 'queue.join':
      return { id: `task.suspend.${awaiting.kind}`, params: { task, label, queue: awaiting.queue } };
    case 'lock':
    case 'event':
    case 'semaphore':
    case 'condition':
      return { id: `task.suspend.${awaiting.kind}`, params: { task, label } };
    case 'thread':
      return { id: 'task.suspend.thread', params: { task, label, thread: awaiting.thread } };
    default:
      return { id: 'task.suspend.future', params: { task, label } };
  }
}

/** The printed text without its final newline, shortened for one sentence. */
function shortText(text: string): string {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  return body.length > 60 ? `${body.slice(0, 59)}…` : body;
}
