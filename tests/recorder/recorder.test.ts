/**
 * The recorder on real runs (static/aioscope_record.py under python3): a real program with real sleeps, a Queue and a
 * worker thread is recorded, and one with real sockets; the trace validates (the app's own validator) and holds every print and task; the
 * recorder changes no output; Ctrl-C (SIGINT) stops it with the trace kept; memory does not grow with the trace; the
 * pip package holds exactly the served file.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TraceEvent, TraceEventOf } from '../../src/lib/trace/events';
import { parseTraceJsonl } from '../../src/lib/trace/validate';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.join(HERE, '..', '..');
const RECORDER = path.join(ROOT, 'static', 'aioscope_record.py');
const PYTHON = process.env.AIOSCOPE_PYTHON ?? 'python3';

function record(file: string, args: string[] = []) {
  const r = spawnSync(PYTHON, [RECORDER, path.join(HERE, file), ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, trace: r.stdout, programOut: r.stderr };
}

const of = <K extends TraceEvent['kind']>(evs: TraceEvent[], kind: K) =>
  evs.filter((e): e is TraceEventOf<K> => e.kind === kind);

describe('recorder: a real run', () => {
  const r = record('queue_sleeps.py');
  const events = parseTraceJsonl(r.trace);

  it('writes a valid trace v1 and exits as the program does', () => {
    expect(r.code).toBe(0);
    expect(events[0]).toMatchObject({ kind: 'run.start', version: 1, loop: 'asyncio' });
    expect(events.at(-1)).toMatchObject({ kind: 'exit', code: 0 });
  });

  it('has every print (the program stdout goes to stderr) and every task', () => {
    const texts = of(events, 'print').map((p) => p.text);
    expect(texts.join('')).toBe(r.programOut);
    expect([...texts].sort()).toEqual(
      ['put 0', 'put 1', 'put 2', 'put 3', 'got 0', 'got 1', 'got 2', 'got 3', 'checksum 4950']
        .map((t) => t + '\n')
        .sort()
    );
    const tasks = of(events, 'task.create').map((c) => [c.task, c.coro]);
    expect(tasks).toEqual([
      ['Task-1', 'main'],
      ['Task-2', 'consumer'],
      ['Task-3', 'producer'],
      // asyncio.run's own shutdown steps are tasks too
      ['Task-4', 'BaseEventLoop.shutdown_asyncgens'],
      ['Task-5', 'BaseEventLoop.shutdown_default_executor']
    ]);
    for (const name of ['Task-1', 'Task-2', 'Task-3', 'Task-4', 'Task-5'])
      expect(of(events, 'task.done').find((d) => d.task === name)).toMatchObject({ state: 'result' });
  });

  it('records the loop internals: ticks, timers, the queue, the worker thread, wake-up causes', () => {
    expect(of(events, 'loop.tick').length).toBeGreaterThan(10);
    const sleeps = of(events, 'timer.add').filter((a) => a.label === 'sleep(0.01) timer');
    expect(sleeps).toHaveLength(4);
    expect(of(events, 'timer.fire').some((f) => f.id === sleeps[0]!.id)).toBe(true);
    const changes = of(events, 'queue.change');
    expect(changes.every((c) => c.queue === 'Queue-1')).toBe(true);
    expect(changes.some((c) => c.items.length === 2 || c.putters > 0 || c.getters > 0)).toBe(true);
    expect(of(events, 'task.suspend').some((s) => s.awaiting.kind === 'queue.get')).toBe(true);
    const start = of(events, 'thread.start')[0]!;
    expect(start).toMatchObject({ thread: 'asyncio_0', func: 'checksum', task: 'Task-1' });
    expect(of(events, 'thread.end')[0]).toMatchObject({ thread: 'asyncio_0', state: 'result', detail: '4950' });
    for (const ready of of(events, 'task.ready'))
      if (ready.cause !== undefined) expect(ready.cause).toBeLessThan(ready.seq);
  });

  it('uses the real clock relative to the run start', () => {
    const ts = events.map((e) => e.t);
    expect(ts[0]).toBeLessThan(0.5);
    // at least the sleeps' total: 4 x 0.01 s (producer) and 4 x 0.02 s (consumer) partly overlap, plus the thread
    expect(ts.at(-1)!).toBeGreaterThanOrEqual(0.08);
    expect(ts.at(-1)!).toBeLessThan(30);
  });
});

describe('recorder: real I/O', () => {
  it('records a TCP echo over real sockets: the handler task, the selector callbacks, the print', () => {
    const r = record('tcp_echo.py');
    expect(r.code).toBe(0);
    expect(r.programOut).toBe('echo HELLO\n');
    const events = parseTraceJsonl(r.trace);
    expect(of(events, 'print').map((p) => p.text)).toEqual(['echo HELLO\n']);
    expect(of(events, 'task.create').some((c) => c.coro === 'handle')).toBe(true);
    const io = of(events, 'callback.run').filter((c) => c.label === '_SelectorSocketTransport._read_ready');
    expect(io.length).toBeGreaterThan(0);
    for (const c of io)
      expect(of(events, 'callback.ready').some((x) => x.handle === c.handle && x.seq < c.seq)).toBe(true);
  });
});

describe('recorder: changes nothing the program does', () => {
  it('prints the same, in the same order, with and without it (a timing-independent program)', () => {
    const file = path.join(ROOT, 'tests', 'corpus', '01_new_task_runs_when_creator_yields.py');
    const bare = spawnSync(PYTHON, [file], { encoding: 'utf8' });
    const rec = spawnSync(PYTHON, [RECORDER, file], { encoding: 'utf8' });
    expect(rec.status).toBe(bare.status);
    expect(rec.stderr).toBe(bare.stdout);
    expect(
      of(parseTraceJsonl(rec.stdout), 'print')
        .map((p) => p.text)
        .join('')
    ).toBe(bare.stdout);
  });

  it('keeps the exit code and the traceback of an uncaught exception', () => {
    const file = path.join(ROOT, 'tests', 'corpus', '58_uncaught_exception_exit.py');
    const bare = spawnSync(PYTHON, [file], { encoding: 'utf8' });
    const rec = spawnSync(PYTHON, [RECORDER, file], { encoding: 'utf8' });
    expect(rec.status).toBe(1);
    expect(bare.status).toBe(1);
    const events = parseTraceJsonl(rec.stdout);
    expect(events.at(-2)).toMatchObject({ kind: 'error' });
    expect(rec.stderr.trim().split('\n').at(-1)).toBe(bare.stderr.trim().split('\n').at(-1));
  });
});

describe('recorder: long runs', () => {
  it('stops cleanly on Ctrl-C (SIGINT) and keeps the trace, ending with error + exit 130', async () => {
    const child = spawn(PYTHON, [RECORDER, path.join(HERE, 'forever.py')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let ticks = 0;
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString('utf8');
        ticks = (out.match(/"text": "tick /g) ?? []).length;
        if (ticks >= 3) resolve();
      });
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    const events = parseTraceJsonl(out);
    expect(of(events, 'print').length).toBeGreaterThanOrEqual(3);
    expect(events.at(-2)).toMatchObject({ kind: 'error', type: 'KeyboardInterrupt' });
    expect(events.at(-1)).toMatchObject({ kind: 'exit', code: 130 });
  }, 60_000);

  it('streams: memory does not grow with the number of events', () => {
    const peak = (n: number) => {
      const code = [
        'import resource, sys',
        `sys.path.insert(0, ${JSON.stringify(path.dirname(RECORDER))})`,
        'import aioscope_record',
        `with open('/dev/null', 'w') as out:`,
        `    aioscope_record.record_file(${JSON.stringify(path.join(HERE, 'many_steps.py'))}, ['${n}'], out)`,
        'print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.__stdout__)'
      ].join('\n');
      const r = spawnSync(PYTHON, ['-c', code], { encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
      return Number(r.stdout.trim().split('\n').at(-1)); // kB
    };
    const small = peak(1000);
    const large = peak(20_000); // about 100,000 events: kept in memory they would take tens of MB
    expect(large - small).toBeLessThan(4096);
  }, 180_000);
});

describe('recorder: the pip package', () => {
  it('builds a wheel offline whose module is exactly static/aioscope_record.py', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'aioscope-wheel-'));
    const r = spawnSync(
      PYTHON,
      [
        '-c',
        `import sys; sys.path.insert(0, 'recorder'); import build_backend; print(build_backend.build_wheel(sys.argv[1]))`,
        out
      ],
      { cwd: ROOT, encoding: 'utf8' }
    );
    expect(r.status, r.stderr).toBe(0);
    const wheel = path.join(out, r.stdout.trim());
    expect(readdirSync(out)).toEqual([path.basename(wheel)]);
    const unzip = spawnSync(
      PYTHON,
      [
        '-c',
        'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("aioscope_record.py").decode())',
        wheel
      ],
      { encoding: 'utf8' }
    );
    expect(unzip.stdout).toBe(readFileSync(RECORDER, 'utf8'));
  });
});
