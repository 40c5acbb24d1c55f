import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { TraceEvent } from '../trace/events';
import { consoleOf } from './state';
import { buildStateIndex, stateAt } from './state-index';

const golden = (id: string): TraceEvent[] =>
  readFileSync(`scenarios/${id}.golden.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as TraceEvent);

describe('the console shows stderr too', () => {
  it("blocking_sleep: debug mode's slow-step message appears where CPython writes it", () => {
    const events = golden('blocking_sleep');
    const lines = consoleOf(events);
    const slow = lines.find((l) => l.source === 'loop.exception');
    expect(slow).toMatchObject({ stream: 'stderr', tSeconds: 1 });
    expect(slow!.text).toMatch(/^Executing <Task finished name='Task-3' .*> took 1\.000 seconds\n$/);
    // in CPython's order: right after the worker's own line
    const i = lines.indexOf(slow!);
    expect(lines[i - 1].text).toContain('worker');
    // and the player's console at that moment has it
    const index = buildStateIndex(events);
    expect(stateAt(events, index, slow!.seq).console.at(-1)).toEqual(slow);
    expect(stateAt(events, index, slow!.seq - 1).console.map((l) => l.seq)).not.toContain(slow!.seq);
  });

  it('never_awaited: the RuntimeWarning is a stderr line', () => {
    const w = consoleOf(golden('never_awaited')).find((l) => l.source === 'warning');
    expect(w).toMatchObject({
      stream: 'stderr',
      text: "never_awaited.py:18: RuntimeWarning: coroutine 'save' was never awaited\n"
    });
  });

  const crash: TraceEvent[] = [
    {
      seq: 0,
      t: 0,
      line: null,
      kind: 'run.start',
      version: 1,
      python: '3.14',
      loop: 'asyncio',
      debug: false,
      file: 'main.py'
    },
    { seq: 1, t: 0, line: 2, kind: 'print', task: null, text: 'waiting\n' },
    { seq: 2, t: 0.5, line: null, kind: 'error', type: 'ValueError', message: 'bad value' },
    { seq: 3, t: 0.5, line: null, kind: 'exit', code: 1 }
  ];

  it('an uncaught exception ends the console with its last line, or with the whole traceback when stderr is known', () => {
    expect(consoleOf(crash).at(-1)).toMatchObject({
      text: 'ValueError: bad value\n',
      stream: 'stderr',
      source: 'error'
    });
    const stderr =
      'Traceback (most recent call last):\n  File "main.py", line 9, in <module>\n    asyncio.run(main())\nValueError: bad value\n';
    expect(consoleOf(crash, stderr).at(-1)!.text).toBe(stderr);
  });

  it('a catalog error (a budget stop) shows its located message and what follows it', () => {
    const events: TraceEvent[] = [
      crash[0],
      { seq: 1, t: 0, line: null, kind: 'error', type: 'AIO-R001', code: 'AIO-R001', message: 'step budget exhausted' },
      { seq: 2, t: 0, line: null, kind: 'exit', code: 1 }
    ];
    expect(consoleOf(events).at(-1)!.text).toBe('AIO-R001: step budget exhausted\n');
    expect(consoleOf(events, 'main.py:1:1: step budget exhausted\n').at(-1)!.text).toBe(
      'main.py:1:1: step budget exhausted\n'
    );
  });
});
