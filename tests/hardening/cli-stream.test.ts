/**
 * The CLI streams its trace (issue 15 item 6): events reach the sink in batches while the program runs, nothing of
 * the trace is kept, the JSON lines are exactly simulate()'s events, and `aioscope trace bench/many_tasks.py` (10,000
 * tasks) peaks under 150 MiB RSS (it was 275 MiB holding the whole trace). CPU against the oracle is measured by
 * `npm run bench` (side by side), not here.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { simulate } from '../../src/lib/simulate';
import type { TraceEvent } from '../../src/lib/trace/events';

const ROOT = join(import.meta.dirname, '..', '..');

describe('CLI trace streaming', () => {
  it('the sink gets batches during the run; the result keeps no events; same events as a kept trace', () => {
    const src =
      'import asyncio\nasync def w(i):\n    await asyncio.sleep(i % 3)\n    return i\n' +
      'async def main():\n    print(sum(await asyncio.gather(*(w(i) for i in range(600)))))\nasyncio.run(main())\n';
    const batches: number[] = [];
    const streamed: TraceEvent[] = [];
    const r = simulate(src, { file: 'g.py', sink: (evs) => (batches.push(evs.length), streamed.push(...evs)) });
    expect(batches.length).toBeGreaterThan(2);
    expect(r.events.length).toBe(0);
    const kept = simulate(src, { file: 'g.py' });
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(kept.events));
    expect(r.stdout).toBe(kept.stdout);
  });

  it('a 3.11 task factory renaming its task and asyncio.run(debug=True) still show in a streamed trace', async () => {
    const src =
      'import asyncio\ndef factory(loop, coro):\n    return asyncio.Task(coro, loop=loop)\nasync def w():\n    pass\n' +
      "async def main():\n    asyncio.get_running_loop().set_task_factory(factory)\n    await asyncio.create_task(w(), name='named')\n" +
      'asyncio.run(main(), debug=True)\n';
    let text = '';
    await main(['trace', join(ROOT, 'tests/hardening/cases/proto_task_name.py'), '--python', '3.11'], {
      stdout: (t) => (text += t),
      stderr: () => {}
    });
    const viaCli = text.trim().split('\n');
    const kept = simulate(readFileSync(join(ROOT, 'tests/hardening/cases/proto_task_name.py'), 'utf8'), {
      file: join(ROOT, 'tests/hardening/cases/proto_task_name.py'),
      python: '3.11'
    });
    expect(viaCli).toEqual(kept.events.map((e) => JSON.stringify(e)));
    const streamed: TraceEvent[] = [];
    simulate(src, { python: '3.11', sink: (evs) => streamed.push(...evs) });
    const k = simulate(src, { python: '3.11' });
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(k.events));
    expect(streamed[0]).toMatchObject({ kind: 'run.start', debug: true });
    expect(streamed.some((e) => e.kind === 'task.create' && e.task === 'named')).toBe(true);
  });

  it('aioscope trace bench/many_tasks.py through a pipe peaks under 150 MiB', { timeout: 120_000 }, () => {
    const res = spawnSync(
      '/usr/bin/time',
      ['-f', 'PEAK %M', join(ROOT, 'bin/aioscope.mjs'), 'trace', 'bench/many_tasks.py'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 1 << 28
      }
    );
    expect(res.status).toBe(0);
    const peak = Number(/PEAK (\d+)/.exec(res.stderr)?.[1]) / 1024;
    process.stdout.write(`aioscope trace bench/many_tasks.py: peak ${peak.toFixed(0)} MiB\n`);
    expect(res.stdout.split('\n').length).toBeGreaterThan(100_000);
    expect(peak).toBeLessThan(150);
  });
});
