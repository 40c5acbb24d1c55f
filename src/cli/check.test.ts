/** `aioscope check TRACE.jsonl`: exit 0 for a valid trace, else 2 with `FILE:LINE: AIO-T… message` on stderr. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../lib/simulate';
import { main } from './main';

const dir = mkdtempSync(path.join(tmpdir(), 'aioscope-check-'));
const PROGRAM =
  'import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n    print("done")\n\nasyncio.run(main())\n';
const trace = simulate(PROGRAM, { file: 'p.py', python: '3.14' }).events;
const jsonl = (evs: unknown[]) => evs.map((e) => JSON.stringify(e)).join('\n') + '\n';

function write(name: string, text: string): string {
  const f = path.join(dir, name);
  writeFileSync(f, text);
  return f;
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

describe('aioscope check', () => {
  it('accepts a valid trace: exit 0 and the event count', async () => {
    const f = write('good.jsonl', jsonl(trace));
    const r = await run(['check', f]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe(`${f}: valid trace v1, ${trace.length} events\n`);
  });

  it('reports a broken line as FILE:LINE: AIO-T… with the hint, exit 2', async () => {
    const lines = jsonl(trace).split('\n');
    lines[3] = lines[3]!.replace('"seq":3', '"seq":30');
    const f = write('gap.jsonl', lines.join('\n'));
    const r = await run(['check', f]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')[0]).toBe(`${f}:4: AIO-T004 trace line 4: seq 30 where 3 was expected`);
    expect(r.err).toContain('regenerate it');

    const bad = write('json.jsonl', jsonl(trace).replace('"kind":"exit"', '"kind":"exit"}}'));
    expect((await run(['check', bad])).err).toMatch(
      new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: AIO-T001 `)
    );
  });

  it('reports a cause pointing forward (AIO-T007) and an unreadable file (AIO-T006)', async () => {
    const evs = trace.map((e) => (e.kind === 'task.ready' ? { ...e, cause: 999 } : e));
    const r = await run(['check', write('cause.jsonl', jsonl(evs))]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/:\d+: AIO-T007 trace line \d+: cause 999 must name an earlier event/);
    const missing = path.join(dir, 'nope.jsonl');
    const m = await run(['check', missing]);
    expect(m.code).toBe(2);
    expect(m.err.split('\n')[0]).toBe(`${missing}: AIO-T006 cannot read trace file ${missing}: ENOENT`);
  });

  it('needs exactly one file', async () => {
    expect((await run(['check'])).code).toBe(2);
    expect((await run(['check', 'a', 'b'])).err).toContain('check takes one TRACE.jsonl');
  });
});
