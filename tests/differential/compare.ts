/**
 * The differential comparison: reduce two traces (oracle = real CPython, simulator = aioscope) to the projection
 * that must be identical, and describe the first difference readably.
 *
 * Compared projection, in trace order:
 *   print        (t, task, thread, stream, text)   -- t compared exactly (float64), e.g. 2.6999999999999997
 *   task.create  (task, parent, coro)
 *   task.resume  (task, throw)
 *   task.suspend (task)                             -- `awaiting` is the simulator's richer detail, not compared
 *   task.done    (task, state, detail)
 *   warning      (category, first line of message)  -- the rest (debug-mode creation traceback) names stdlib paths
 *   error        (type, message)
 *   exit         (code)
 * plus, outside the event list, the whole stdout text and the exit code.
 * Not compared: seq (renumbered by projection), line, t of non-print events, and every other kind (loop.block,
 * thread.*, loop.exception, run.*, loop.stuck, timers, ...): the oracle cannot observe those exactly as the simulator
 * defines them, or their text names CPython-internal paths.
 */
import type { TraceEvent } from '../../src/lib/trace/events';

export type Projected =
  | { kind: 'print'; t: number; task: string | null; thread: string | null; stream: string; text: string }
  | { kind: 'task.create'; task: string; parent: string | null; coro: string }
  | { kind: 'task.resume'; task: string; throw: string | null }
  | { kind: 'task.suspend'; task: string }
  | { kind: 'task.done'; task: string; state: string; detail: string }
  | { kind: 'warning'; category: string; message: string }
  | { kind: 'error'; type: string; message: string }
  | { kind: 'exit'; code: number };

/** A projected event with the seq of the trace event it came from (for the report only). */
export interface ProjectedAt {
  seq: number;
  ev: Projected;
}

export function project(events: readonly TraceEvent[]): ProjectedAt[] {
  const out: ProjectedAt[] = [];
  for (const e of events) {
    let p: Projected | null = null;
    switch (e.kind) {
      case 'print':
        p = {
          kind: 'print',
          t: e.t,
          task: e.task,
          thread: e.thread ?? null,
          stream: e.stream ?? 'stdout',
          text: e.text
        };
        break;
      case 'task.create':
        p = { kind: 'task.create', task: e.task, parent: e.parent, coro: e.coro };
        break;
      case 'task.resume':
        p = { kind: 'task.resume', task: e.task, throw: e.throw ?? null };
        break;
      case 'task.suspend':
        p = { kind: 'task.suspend', task: e.task };
        break;
      case 'task.done':
        p = { kind: 'task.done', task: e.task, state: e.state, detail: e.detail };
        break;
      case 'warning':
        p = { kind: 'warning', category: e.category, message: e.message.split('\n')[0]! };
        break;
      case 'error':
        p = { kind: 'error', type: e.type, message: e.message };
        break;
      case 'exit':
        p = { kind: 'exit', code: e.code };
        break;
      default:
        break;
    }
    if (p) out.push({ seq: e.seq, ev: p });
  }
  return out;
}

/** One line per projected event, e.g. `print t=2.6999999999999997 task=Task-1 "done\n"`. */
export function describe(p: Projected | undefined): string {
  if (!p) return '(end of trace)';
  switch (p.kind) {
    case 'print':
      return `print t=${p.t} task=${p.task}${p.thread ? ` thread=${p.thread}` : ''}${p.stream !== 'stdout' ? ` stream=${p.stream}` : ''} ${JSON.stringify(p.text)}`;
    case 'task.create':
      return `task.create ${p.task} parent=${p.parent} coro=${p.coro}`;
    case 'task.resume':
      return `task.resume ${p.task}${p.throw ? ` throw=${p.throw}` : ''}`;
    case 'task.suspend':
      return `task.suspend ${p.task}`;
    case 'task.done':
      return `task.done ${p.task} ${p.state} ${JSON.stringify(p.detail)}`;
    case 'warning':
      return `warning ${p.category}: ${JSON.stringify(p.message)}`;
    case 'error':
      return `error ${p.type}: ${JSON.stringify(p.message)}`;
    case 'exit':
      return `exit ${p.code}`;
  }
}

function same(a: Projected | undefined, b: Projected | undefined): boolean {
  if (!a || !b) return a === b;
  // Key order is fixed by project(), and numbers compare exactly (Object.is keeps -0 vs 0 apart: both sides are
  // JSON-parsed traces, where -0 cannot appear).
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface Difference {
  /** Index into the projected sequences. */
  index: number;
  oracle?: ProjectedAt;
  simulator?: ProjectedAt;
}

export function firstDifference(a: readonly ProjectedAt[], b: readonly ProjectedAt[]): Difference | null {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (!same(a[i]?.ev, b[i]?.ev)) return { index: i, oracle: a[i], simulator: b[i] };
  }
  return null;
}

export interface RunLike {
  events: readonly TraceEvent[];
  stdout: string;
  exitCode: number;
}

function firstLineDiff(a: string, b: string): string {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) {
      return `stdout line ${i + 1}:\n  oracle:    ${JSON.stringify(la[i] ?? '(missing)')}\n  simulator: ${JSON.stringify(lb[i] ?? '(missing)')}`;
    }
  }
  return 'stdout differs';
}

/**
 * Compares two runs. Returns null when they agree, else a readable report: the first differing projected event
 * (index, both events with their seq) and `context` events around it from both sides, then stdout / exit code.
 */
export function compareRuns(oracle: RunLike, simulator: RunLike, context = 4): string | null {
  const a = project(oracle.events);
  const b = project(simulator.events);
  const parts: string[] = [];
  const d = firstDifference(a, b);
  if (d) {
    const at = (x: ProjectedAt | undefined) => (x ? `[seq ${x.seq}] ${describe(x.ev)}` : '(end of trace)');
    parts.push(
      `first difference at compared event #${d.index} (of ${a.length} oracle / ${b.length} simulator):`,
      `  oracle:    ${at(d.oracle)}`,
      `  simulator: ${at(d.simulator)}`,
      'context:'
    );
    for (
      let i = Math.max(0, d.index - context);
      i <= Math.min(Math.max(a.length, b.length) - 1, d.index + context);
      i++
    ) {
      const mark = i === d.index ? '>>' : same(a[i]?.ev, b[i]?.ev) ? '  ' : '!=';
      if (same(a[i]?.ev, b[i]?.ev)) parts.push(`${mark} #${i} ${describe(a[i]?.ev)}`);
      else
        parts.push(`${mark} #${i} oracle:    ${describe(a[i]?.ev)}`, `${mark} #${i} simulator: ${describe(b[i]?.ev)}`);
    }
  }
  if (oracle.stdout !== simulator.stdout) parts.push(firstLineDiff(oracle.stdout, simulator.stdout));
  if (oracle.exitCode !== simulator.exitCode) {
    parts.push(`exit code: oracle ${oracle.exitCode}, simulator ${simulator.exitCode}`);
  }
  return parts.length ? parts.join('\n') : null;
}
