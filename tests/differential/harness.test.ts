/**
 * Proves the proof: the oracle is deterministic, its task instrumentation changes nothing observable, and the
 * comparison detects the differences it must (swapped events, a changed time, a changed text, stdout, exit code).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../src/lib/trace/events';
import { corpusFor } from './corpus-files';
import type { OracleResult, PythonVersion } from '../oracle/types';
import { compareRuns, project } from './compare';
import { runOracle, VERSIONS } from './oracles';

const results = new Map<PythonVersion, { a: OracleResult[]; b: OracleResult[]; bare: OracleResult[] }>();

beforeAll(async () => {
  for (const v of VERSIONS) {
    const programs = corpusFor(v).map((p) => ({ id: p.name, source: p.source, file: p.file }));
    const a = await runOracle(v, programs);
    const b = await runOracle(v, programs);
    const bare = await runOracle(
      v,
      programs.map((p) => ({ ...p, instrument: false }))
    );
    results.set(v, { a, b, bare });
  }
}, 300_000);

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe.each(VERSIONS)('oracle under %s', (v) => {
  it('is deterministic: the same program twice gives the same full trace', () => {
    const { a, b } = results.get(v)!;
    expect(a.length).toBeGreaterThan(60);
    for (let i = 0; i < a.length; i++) expect(b[i], a[i]!.id).toEqual(a[i]);
  });

  it('agrees with itself through the comparison', () => {
    for (const r of results.get(v)!.a) expect(compareRuns(r, clone(r)), r.id).toBeNull();
  });

  it('the tracer (tasks, loop, queues) does not change prints, times, warnings, stdout or exit code', () => {
    const { a, bare } = results.get(v)!;
    // What the program itself can observe (the cross-reference ids are the tracer's own: left out).
    const observable = (r: OracleResult) =>
      project(r.events)
        .map((p) => p.ev)
        .filter((e) => e.kind === 'print' || e.kind === 'warning' || e.kind === 'error' || e.kind === 'exit')
        .map(({ tid: _tid, ...e }) => e);
    for (let i = 0; i < a.length; i++) {
      const w = a[i]!;
      const u = bare[i]!;
      // Without the wrapper an eager task's first step runs before the oracle can renumber its Task-N name: the
      // names differ there by construction, so eager programs are left out of this check (not of the corpus test).
      if (/eager_task_factory/.test(corpusFor(v)[i]!.source)) continue;
      expect(
        u.events.some((e) => e.kind === 'task.resume'),
        u.id
      ).toBe(false);
      expect(observable(u), w.id).toEqual(observable(w));
      expect(u.stdout, w.id).toBe(w.stdout);
      expect(u.exitCode, w.id).toBe(w.exitCode);
    }
  });

  it('traces are well formed: seq without gaps, t never decreases, run.start first, exit last', () => {
    for (const r of results.get(v)!.a) {
      r.events.forEach((e, i) => expect(e.seq, r.id).toBe(i));
      for (let i = 1; i < r.events.length; i++) expect(r.events[i]!.t, r.id).toBeGreaterThanOrEqual(r.events[i - 1]!.t);
      expect(r.events[0]!.kind).toBe('run.start');
      expect(r.events.at(-1)!.kind).toBe('exit');
      const start = r.events[0] as Extract<TraceEvent, { kind: 'run.start' }>;
      expect(start.python).toBe(v);
    }
  });
});

describe('comparison detects perturbations', () => {
  const pick = (id: string) => results.get('3.11')!.a.find((r) => r.id.startsWith(id))!;

  it('a swapped pair of events', () => {
    const r = pick('04_sleep0');
    const sim = clone(r);
    const i = sim.events.findIndex((e, k) => e.kind === 'print' && sim.events[k + 1]?.kind === 'task.suspend');
    [sim.events[i], sim.events[i + 1]] = [sim.events[i + 1]!, sim.events[i]!];
    const report = compareRuns(r, sim);
    expect(report).toMatch(/first difference at compared event #\d+/);
    expect(report).toContain('oracle:    [seq');
  });

  it('a changed t of a print (2.6999999999999997 vs 2.7)', () => {
    const r = pick('15_float');
    const sim = clone(r);
    const ev = sim.events.find((e) => e.kind === 'print' && e.t === 2.6999999999999997)!;
    // (2.6999999999999997 = nine sleeps of 0.3, see the corpus program)
    expect(ev).toBeDefined();
    ev.t = 2.7;
    expect(compareRuns(r, sim)).toContain('t=2.6999999999999997');
  });

  it('a changed printed text, stdout and exit code', () => {
    const r = pick('62_chinese');
    const sim = clone(r);
    const ev = sim.events.find((e) => e.kind === 'print')!;
    if (ev.kind === 'print') ev.text = ev.text.replace('完成', '完毕');
    expect(compareRuns(r, sim)).toContain('完毕');
    const sim2 = { ...clone(r), stdout: r.stdout.replace('你好', '您好'), exitCode: 1 };
    const report = compareRuns(r, sim2)!;
    expect(report).toContain('stdout line 2');
    expect(report).toContain('exit code: oracle 0, simulator 1');
  });

  it('a missing event and a different task name', () => {
    const r = pick('21_create_task');
    const sim = clone(r);
    sim.events.splice(
      sim.events.findIndex((e) => e.kind === 'task.suspend'),
      1
    );
    expect(compareRuns(r, sim)).toContain('task.suspend');
    const sim2 = clone(r);
    const c = sim2.events.find((e) => e.kind === 'task.create' && e.task === 'named')!;
    if (c.kind === 'task.create') c.task = 'Task-3';
    expect(compareRuns(r, sim2)).toContain('task.create Task-3');
  });
});
