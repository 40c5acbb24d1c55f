import type { TraceEvent, TraceEventBody } from '../src/lib/trace/events';

/**
 * A deterministic generator of large, well-formed trace v1 files, for benchmarks and property tests — no Python
 * involved: a toy loop with asyncio's shape (ready deque drained once per iteration, timer heap, call_soon wakeups).
 * main (Task-1) creates workers in batches and awaits each; a worker takes `rounds` steps, each a sleep (0–1 s,
 * sleep(0) included), a print + sleep, or a blocking time.sleep. Stops creating work once `n` events exist, so the
 * trace has at least `n` events (a little more: the running batch finishes) and ends with run.shutdown and exit.
 */
export interface SyntheticOptions {
  /** PRNG seed (mulberry32). */
  seed?: number;
  /** Workers main creates per batch. */
  batch?: number;
  /** Steps per worker (each worker picks 1..rounds). */
  rounds?: number;
  /**
   * Exactly this many workers, all created in one batch and all alive until the trace has `n` events (each keeps
   * stepping; `batch` and `rounds` are ignored): `workers + 2` lanes (loop, main, workers) busy across the whole
   * run — the rendering benchmark's "1,000 lanes × 1,000,000 events".
   */
  workers?: number;
}

type Entry = { task: number } | { timer: number; owner: number; label: string };

interface Worker {
  name: string;
  left: number;
  done: boolean;
}

export function syntheticTrace(n: number, options: SyntheticOptions = {}): TraceEvent[] {
  const rand = mulberry32(options.seed ?? 1);
  const fixed = options.workers !== undefined ? Math.max(1, Math.floor(options.workers)) : 0;
  const batchSize = fixed || Math.max(1, options.batch ?? 8);
  const maxRounds = Math.max(1, options.rounds ?? 4);
  const events: TraceEvent[] = [];
  let clock = 0;
  const emit = (line: number | null, body: TraceEventBody) => {
    events.push({ seq: events.length, t: clock, line, ...body } as TraceEvent);
  };

  const tasks: Worker[] = [];
  const ready: Entry[] = [];
  const timers: Array<{ id: number; when: number; owner: number; label: string }> = [];
  let nextTimer = 1;
  let mainWaitsOn = -1;
  let batch: number[] = [];
  let batchPos = 0;

  const label = (e: Entry) => ('task' in e ? tasks[e.task].name : e.label);
  const create = (parent: number | null, coro: string, line: number) => {
    const i = tasks.length;
    const name = `Task-${i + 1}`;
    // Fixed workers step until the trace is long enough (left = Infinity never reaches 0 by decrementing).
    tasks.push({ name, left: fixed && parent !== null ? Infinity : 1 + Math.floor(rand() * maxRounds), done: false });
    emit(line, { kind: 'task.create', task: name, parent: parent === null ? null : tasks[parent].name, coro });
    emit(line, { kind: 'task.ready', task: name });
    ready.push({ task: i });
    return i;
  };
  const addTimer = (owner: number, delay: number) => {
    const when = clock + delay;
    const id = nextTimer++;
    const text = `sleep(${delay})`;
    let k = timers.length;
    while (k > 0 && timers[k - 1].when > when) k--;
    timers.splice(k, 0, { id, when, owner, label: `${text} timer` });
    emit(7, { kind: 'timer.add', id, when, label: text });
    emit(7, { kind: 'task.suspend', task: tasks[owner].name, awaiting: { kind: 'sleep', until: when, label: text } });
  };

  const stepMain = () => {
    for (;;) {
      while (batchPos < batch.length && tasks[batch[batchPos]].done) batchPos++;
      if (batchPos < batch.length) {
        const target = tasks[batch[batchPos]].name;
        mainWaitsOn = batch[batchPos];
        emit(15, { kind: 'task.suspend', task: 'Task-1', awaiting: { kind: 'task', task: target, label: target } });
        return;
      }
      if (events.length >= n) {
        emit(16, { kind: 'print', task: 'Task-1', text: `${tasks.length - 1} workers done\n` });
        emit(16, { kind: 'task.done', task: 'Task-1', state: 'result', detail: 'None' });
        tasks[0].done = true;
        return;
      }
      batch = [];
      batchPos = 0;
      for (let b = 0; b < batchSize; b++) batch.push(create(0, 'worker', 13));
    }
  };

  const stepWorker = (i: number) => {
    const w = tasks[i];
    if (w.left === 0 || (fixed && events.length >= n)) {
      emit(9, { kind: 'task.done', task: w.name, state: 'result', detail: 'None' });
      w.done = true;
      if (mainWaitsOn === i) {
        mainWaitsOn = -1;
        emit(9, { kind: 'task.ready', task: 'Task-1' });
        ready.push({ task: 0 });
      }
      return;
    }
    w.left--;
    const r = rand();
    if (r < 0.15) {
      // sleep(0): the step reschedules itself before it yields.
      emit(7, { kind: 'task.ready', task: w.name });
      ready.push({ task: i });
      emit(7, { kind: 'task.suspend', task: w.name, awaiting: { kind: 'yield', label: 'sleep(0)' } });
    } else if (r < 0.6) {
      addTimer(i, [0.1, 0.25, 0.5, 1][Math.floor(rand() * 4)]);
    } else if (r < 0.9) {
      emit(8, { kind: 'print', task: w.name, text: `${w.name} step ${w.left}\n` });
      addTimer(i, 0.1);
    } else {
      emit(6, { kind: 'loop.block', task: w.name, seconds: 0.05 });
      clock += 0.05;
      addTimer(i, 0.1);
    }
  };

  emit(null, { kind: 'run.start', version: 1, python: '3.11', loop: 'asyncio', debug: false, file: 'synthetic.py' });
  create(null, 'main', 20);
  for (let iteration = 0; !tasks[0].done; iteration++) {
    if (ready.length === 0) {
      if (timers.length === 0) break;
      clock = Math.max(clock, timers[0].when);
    }
    while (timers.length > 0 && timers[0].when < clock + 1e-9) {
      const timer = timers.shift()!;
      emit(null, { kind: 'timer.fire', id: timer.id });
      ready.push({ timer: timer.id, owner: timer.owner, label: timer.label });
    }
    emit(null, { kind: 'loop.tick', iteration, ready: ready.map(label) });
    for (let todo = ready.length; todo > 0; todo--) {
      const entry = ready.shift()!;
      if ('timer' in entry) {
        emit(null, { kind: 'callback.run', label: entry.label });
        emit(null, { kind: 'task.ready', task: tasks[entry.owner].name });
        ready.push({ task: entry.owner });
        continue;
      }
      emit(entry.task === 0 ? 14 : 7, { kind: 'task.resume', task: tasks[entry.task].name });
      if (entry.task === 0) stepMain();
      else stepWorker(entry.task);
    }
  }
  emit(20, { kind: 'run.shutdown', cancelling: [] });
  emit(null, { kind: 'exit', code: 0 });
  return events;
}

/** A small, fast, seedable PRNG (public domain); the trace must be the same for the same seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
