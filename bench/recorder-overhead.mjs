// Recorder overhead (docs/recorder.md): the same programs on real CPython, bare and under static/aioscope_record.py,
// interleaved round by round in one run (machine noise hits both alike). Each side is timed inside python3 around
// the program only (interpreter start-up excluded; the program's stdout and the trace go to /dev/null), so the
// ratio is the recorder's own cost: hooks on every handle, step and queue operation plus writing one JSON line per
// event. Real sleeps count on both sides (they are part of a real run); `sleep(0) ping-pong` has none.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gatherTree, manyTasks, producerConsumer } from './programs.mjs';

const pingPong = (n) => `import asyncio


async def player(name, n):
    for _ in range(n):
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(player("ping", ${n}), player("pong", ${n}))
    print("done")


asyncio.run(main())
`;

export const RECORDER_PROGRAMS = [
  ['sleep(0) ping-pong, 2 × 10,000 steps', pingPong(10_000)],
  ['2,000 tasks + gather (real sleeps ≤ 0.6 s)', manyTasks(2_000)],
  ['gather tree 4^5 (1,365 tasks, 0.01 s sleeps)', gatherTree(5, 4)],
  ['producer–consumer, 2,000 items (1 ms sleeps)', producerConsumer(2_000)]
];

const HARNESS = `
import os, runpy, sys, time
sys.path.insert(0, sys.argv[1])
import aioscope_record
mode, prog = sys.argv[2], sys.argv[3]
with open(os.devnull, 'w') as null:
    events = 0
    if mode == 'bare':
        saved, sys.stdout = sys.stdout, null
        t = time.perf_counter()
        try:
            runpy.run_path(prog, run_name='__main__')
        finally:
            sys.stdout = saved
        dt = time.perf_counter() - t
    else:
        class Counting:
            def __init__(self): self.n = 0
            def write(self, s): self.n += s.count('\\n'); return null.write(s)
            def flush(self): pass
        out = Counting()
        t = time.perf_counter()
        aioscope_record.record_file(prog, [], out, stdout=null)
        dt = time.perf_counter() - t
        events = out.n
print(dt * 1000, events)
`;

function once(root, mode, file) {
  const r = spawnSync('python3', ['-c', HARNESS, join(root, 'static'), mode, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`recorder bench (${mode}) failed: ${r.stderr.slice(-800)}`);
  const [ms, events] = r.stdout.trim().split(/\s+/).map(Number);
  return { ms, events };
}

/** Rows for console.table: bare ms, recorded ms, ratio, events and µs per event, medians of `rounds`. */
export function recorderOverhead({ root, dir, rounds, median }) {
  const rows = [];
  for (const [name, source] of RECORDER_PROGRAMS) {
    const file = join(dir, 'rec_' + name.replace(/\W+/g, '_') + '.py');
    writeFileSync(file, source);
    const bare = [];
    const rec = [];
    let events = 0;
    for (let r = 0; r < rounds; r++) {
      bare.push(once(root, 'bare', file).ms);
      const x = once(root, 'record', file);
      rec.push(x.ms);
      events = x.events;
    }
    const b = median(bare);
    const t = median(rec);
    rows.push({
      program: name,
      'bare CPython ms': b.toFixed(1),
      'recorded ms': t.toFixed(1),
      'ratio recorded/bare': (t / b).toFixed(2),
      'trace events': events,
      'µs per event (extra)': (((t - b) * 1000) / events).toFixed(1)
    });
  }
  return rows;
}
