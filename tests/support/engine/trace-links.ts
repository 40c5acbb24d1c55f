import type { TraceEvent } from '../../../src/lib/trace/events';

/** The kinds a task.ready's `cause` may point to (docs/trace-format.md, task.ready). */
export const READY_CAUSE_KINDS = new Set([
  'task.create',
  'timer.fire',
  'task.done',
  'task.cancel',
  'queue.change',
  'thread.end',
  'task.resume',
  'callback.run'
]);

/**
 * Checks the cross-references the engine adds to trace v1 and returns the problems found (empty = consistent):
 * tids (1, 2, 3… on task.create, every task reference names a created task), task.ready causes (present, earlier,
 * of a cause kind; a task.create / task.cancel cause concerns the same task), handle ids (announced once, tick
 * handles parallel to labels and announced before, one label per handle), thread.start until/handle and
 * loop.block until.
 */
export function traceLinkProblems(events: readonly TraceEvent[]): string[] {
  const problems: string[] = [];
  const bad = (ev: TraceEvent, what: string) => problems.push(`seq ${ev.seq} ${ev.kind}: ${what}`);
  const tidName = new Map<number, string>();
  const handleLabel = new Map<number, string>();
  /** Task step handles → their task's tid. */
  const taskHandles = new Map<number, number | undefined>();
  const inDeque = new Set<number>();
  const threadStart = new Map<string, { until: number; handle: number }>();
  const checkTid = (ev: TraceEvent, tid: number | null | undefined, name: string | null) => {
    if (tid === undefined) return bad(ev, 'no tid');
    if (tid === null || name === null) {
      if (tid !== name) bad(ev, `tid ${tid} with task ${name}`);
      return;
    }
    if (!tidName.has(tid)) bad(ev, `tid ${tid} was never created`);
  };
  const announce = (ev: TraceEvent, id: number | undefined, label: string, taskTid?: number) => {
    if (id === undefined) return bad(ev, 'no handle id');
    const known = handleLabel.get(id);
    if (known !== undefined && known !== label && !taskHandles.has(id)) {
      bad(ev, `handle ${id} labelled ${known} and ${label}`);
    }
    handleLabel.set(id, label);
    if (taskTid !== undefined) taskHandles.set(id, taskTid);
  };
  let nextTid = 1;
  for (const ev of events) {
    switch (ev.kind) {
      case 'task.create':
        if (ev.tid !== nextTid) bad(ev, `tid ${ev.tid}, expected ${nextTid}`);
        nextTid++;
        tidName.set(ev.tid ?? -1, ev.task);
        checkTid(ev, ev.parentTid, ev.parent);
        break;
      case 'task.ready': {
        checkTid(ev, ev.tid, ev.task);
        if (ev.handle !== undefined && handleLabel.has(ev.handle)) bad(ev, `handle ${ev.handle} announced twice`);
        announce(ev, ev.handle, ev.task, ev.tid ?? -1);
        inDeque.add(ev.handle ?? -1);
        if (ev.cause === undefined) {
          bad(ev, 'no cause');
          break;
        }
        const c = events[ev.cause];
        if (!(ev.cause < ev.seq) || c === undefined) {
          bad(ev, `cause ${ev.cause} is not an earlier event`);
          break;
        }
        if (!READY_CAUSE_KINDS.has(c.kind)) bad(ev, `cause is a ${c.kind}`);
        if (c.kind === 'task.create' && c.tid !== ev.tid) bad(ev, 'created by the creation of another task');
        break;
      }
      case 'task.resume':
      case 'task.suspend':
      case 'task.done':
        checkTid(ev, ev.tid, ev.task);
        break;
      case 'task.cancel':
        checkTid(ev, ev.tid, ev.task);
        checkTid(ev, ev.byTid, ev.by);
        break;
      case 'print':
        checkTid(ev, ev.tid, ev.task);
        break;
      case 'loop.block':
        checkTid(ev, ev.tid, ev.task);
        if (ev.until !== ev.t + ev.seconds) bad(ev, `until ${ev.until} != t + seconds`);
        break;
      case 'timer.add':
        checkTid(ev, ev.tid, ev.task ?? null);
        if (handleLabel.has(ev.id)) bad(ev, `handle ${ev.id} announced twice`);
        announce(ev, ev.id, ev.label);
        break;
      case 'timer.fire':
        if (ev.handle !== ev.id) bad(ev, 'handle != id');
        inDeque.add(ev.id);
        break;
      case 'callback.ready':
        if (handleLabel.has(ev.handle)) bad(ev, `handle ${ev.handle} announced twice`);
        announce(ev, ev.handle, ev.label);
        inDeque.add(ev.handle);
        if (ev.cause !== undefined && !(ev.cause < ev.seq)) bad(ev, 'cause is not earlier');
        break;
      case 'callback.run':
        if (ev.handle === undefined || !inDeque.has(ev.handle)) bad(ev, `handle ${ev.handle} not in the deque`);
        else announce(ev, ev.handle, ev.label);
        inDeque.delete(ev.handle ?? -1);
        break;
      case 'loop.tick':
        if (ev.handles === undefined || ev.handles.length !== ev.ready.length) {
          bad(ev, 'handles not parallel to ready');
          break;
        }
        ev.handles.forEach((h, k) => {
          if (!inDeque.has(h)) bad(ev, `handle ${h} was never announced`);
          if (!taskHandles.has(h)) announce(ev, h, ev.ready[k]);
        });
        break;
      case 'thread.start':
        checkTid(ev, ev.tid, ev.task);
        if (ev.until === undefined || ev.handle === undefined) bad(ev, 'no until/handle');
        else threadStart.set(ev.thread, { until: ev.until, handle: ev.handle });
        break;
      case 'thread.end': {
        const s = threadStart.get(ev.thread);
        if (s === undefined || s.until !== ev.t) bad(ev, `ends at ${ev.t}, thread.start said ${s?.until}`);
        break;
      }
      case 'run.shutdown':
        if (ev.cancellingIds?.length !== ev.cancelling.length) bad(ev, 'cancellingIds');
        break;
      case 'loop.stuck':
        if (ev.pendingIds?.length !== ev.pending.length) bad(ev, 'pendingIds');
        break;
    }
    // A task step's handle leaves the deque when it runs (the task's only pending step).
    if (ev.kind === 'task.resume') {
      for (const h of inDeque) if (taskHandles.get(h) === ev.tid) inDeque.delete(h);
    }
  }
  return problems;
}
