/**
 * The differential comparison: reduce two traces (oracle = real CPython, simulator = aioscope) to the projection
 * that must be identical, and describe the first difference readably.
 *
 * EVERY event kind and EVERY field is compared, in trace order, with these normalisations only (each justified in
 * tests/oracle/README.md and docs/trace-format.md):
 *   - `line` is dropped (the oracle's instrumentation runs outside the task's frames and sees other lines for some
 *     events);
 *   - `seq` is renumbered after the removals below, and `cause` (a seq) is mapped through the same renumbering;
 *   - `loop.exception` events are taken out of the sequence and compared as a list of messages: CPython logs "Task
 *     exception was never retrieved" when the task object is freed (reference counting), which the simulator cannot
 *     observe, so it logs them at the end of asyncio.run;
 *   - in `loop.exception` messages, debug mode's ` created at FILE:LINE` (a task's creation point: CPython names its
 *     own asyncio/tasks.py there) is removed;
 *   - `warning.message` is compared by its first line (debug mode's "Coroutine created at" traceback names stdlib
 *     paths).
 * Numbers are compared exactly (float64, e.g. t = 2.6999999999999997). Outside the event list: the whole stdout
 * text and the exit code.
 */
import type { TraceEvent } from '../../src/lib/trace/events';

/** A projected event: the trace event without `line`, `seq` renumbered, `cause` mapped. */
export type Projected = { kind: string; t: number } & Record<string, unknown>;

/** A projected event with the seq of the trace event it came from (for the report only). */
export interface ProjectedAt {
  seq: number;
  ev: Projected;
}

/** Debug mode's " created at FILE:LINE" in a task repr names asyncio's own tasks.py in CPython (not compared). */
const CREATED_AT = / created at [^ >]+:\d+/g;

/** Kinds taken out of the sequence and compared apart (see the file comment). */
const APART = new Set(['loop.exception']);

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, sortKeys(o[k])])
    );
  }
  return v;
}

export function project(events: readonly TraceEvent[]): ProjectedAt[] {
  const index = new Map<number, number>();
  const kept: TraceEvent[] = [];
  for (const e of events) {
    if (APART.has(e.kind)) continue;
    index.set(e.seq, kept.length);
    kept.push(e);
  }
  return kept.map((e) => {
    const { line: _line, seq: _seq, ...rest } = e as TraceEvent & Record<string, unknown>;
    const ev = sortKeys(rest) as Projected;
    if (typeof ev.cause === 'number') ev.cause = index.get(ev.cause) ?? `dropped:${String(ev.cause)}`;
    if (ev.kind === 'warning' && typeof ev.message === 'string') ev.message = ev.message.split('\n')[0]!;
    return { seq: e.seq, ev };
  });
}

/** The messages of the events compared apart, in trace order. */
export function apart(events: readonly TraceEvent[]): string[] {
  return events
    .filter((e) => APART.has(e.kind))
    .map((e) => `${e.kind}: ${(e as { message?: string }).message?.replace(CREATED_AT, '')}`);
}

/** One line per projected event, e.g. `print Task-1 t=2.6999999999999997 text="done\n"`. */
export function describe(p: Projected | undefined): string {
  if (!p) return '(end of trace)';
  const { kind, t, task, ...rest } = p;
  const fields = Object.entries(rest).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return [kind, ...(typeof task === 'string' ? [task] : []), `t=${t}`, ...fields].join(' ');
}

function same(a: Projected | undefined, b: Projected | undefined): boolean {
  if (!a || !b) return a === b;
  // Keys are sorted by project(); numbers compare exactly (both sides are JSON-parsed traces: no -0).
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
 * (index, both events with their seq) and `context` events around it from both sides, then the events compared
 * apart, stdout and exit code.
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
  const ax = apart(oracle.events);
  const bx = apart(simulator.events);
  if (JSON.stringify(ax) !== JSON.stringify(bx)) {
    parts.push(`events compared apart:\n  oracle:    ${JSON.stringify(ax)}\n  simulator: ${JSON.stringify(bx)}`);
  }
  if (oracle.stdout !== simulator.stdout) parts.push(firstLineDiff(oracle.stdout, simulator.stdout));
  if (oracle.exitCode !== simulator.exitCode) {
    parts.push(`exit code: oracle ${oracle.exitCode}, simulator ${simulator.exitCode}`);
  }
  return parts.length ? parts.join('\n') : null;
}
