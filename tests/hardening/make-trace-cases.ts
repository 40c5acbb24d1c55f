/**
 * Writes the hostile / malformed trace files of the corpus (tests/hardening/cases/trace_*.jsonl) from one real trace
 * of a tiny program, and prints their manifest entries. Run: `npx tsx tests/hardening/make-trace-cases.ts`.
 * The files are committed; this script is how they were made (and how to remake them if the format grows).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../../src/lib/simulate';

export const BASE_PROGRAM = `import asyncio

async def main():
    print("hi")
    await asyncio.sleep(0.5)

asyncio.run(main())
`;

type Ev = Record<string, unknown>;

export function baseTrace(): Ev[] {
  return simulate(BASE_PROGRAM, { file: 'base.py' }).events.map((e) => ({ ...e }) as Ev);
}

const jsonl = (evs: unknown[]) => evs.map((e) => JSON.stringify(e)).join('\n') + '\n';

/** name → [file text, expected code, expected line, message fragment]. */
export function traceCases(): Record<string, [string, string, number | null, string]> {
  const base = baseTrace();
  const at = (i: number, patch: (e: Ev) => Ev) => base.map((e, j) => (j === i ? patch({ ...e }) : e));
  const idx = (kind: string) => base.findIndex((e) => e.kind === kind);
  const iPrint = idx('print');
  const iSusp = idx('task.suspend');
  const lines = jsonl(base).split('\n');
  return {
    trace_not_json: ['{"seq":0,"t":0,\n', 'AIO-T001', 1, 'not valid JSON'],
    trace_bad_json_line5: [
      lines.slice(0, 4).join('\n') + '\n{"seq":4, oops}\n' + lines.slice(5).join('\n'),
      'AIO-T001',
      5,
      'trace line 5'
    ],
    trace_empty: ['\n\n', 'AIO-T002', 1, 'empty'],
    trace_not_object: ['[1, 2, 3]', 'AIO-T002', 1, 'must be a JSON object'],
    trace_version_2: [jsonl(at(0, (e) => ({ ...e, version: 2 }))), 'AIO-T003', 1, 'version 2'],
    trace_first_not_start: [
      jsonl(base.slice(1).map((e, i) => ({ ...e, seq: i }))),
      'AIO-T002',
      1,
      'first event must be run.start'
    ],
    trace_seq_gap: [jsonl(base.filter((_, i) => i !== 5)), 'AIO-T004', 6, 'seq 6 where 5 was expected'],
    trace_seq_string: [jsonl(at(3, (e) => ({ ...e, seq: '3' }))), 'AIO-T002', 4, 'seq must be'],
    trace_t_backwards: [
      jsonl(at(base.length - 2, (e) => ({ ...e, t: -0.0 + 0.25 }))),
      'AIO-T002',
      base.length - 1,
      't goes backwards'
    ],
    trace_t_nan: [jsonl(base).replace('"seq":2,"t":0', '"seq":2,"t":"NaN"'), 'AIO-T002', 3, 't must be'],
    trace_unknown_kind: [jsonl(at(2, (e) => ({ ...e, kind: 'task.teleport' }))), 'AIO-T002', 3, 'unknown event kind'],
    trace_proto_key: [
      jsonl(base).replace('"kind":"print",', '"kind":"print","__proto__":{"polluted":true},'),
      'AIO-T002',
      iPrint + 1,
      "forbidden key '__proto__'"
    ],
    trace_constructor_key: [
      jsonl(at(iSusp, (e) => ({ ...e, awaiting: { ...(e.awaiting as Ev), constructor: { prototype: 1 } } }))),
      'AIO-T002',
      iSusp + 1,
      "forbidden key 'constructor'"
    ],
    trace_print_text_number: [
      jsonl(at(iPrint, (e) => ({ ...e, text: 42 }))),
      'AIO-T002',
      iPrint + 1,
      'print.text must be a string'
    ],
    trace_script_in_text_ok: [
      jsonl(at(iPrint, (e) => ({ ...e, text: '<script>alert(1)</script>\n' }))),
      'OK',
      null,
      ''
    ],
    trace_huge_string: [
      jsonl(at(iPrint, (e) => ({ ...e, text: 'x'.repeat(2_000_001) }))),
      'AIO-T005',
      iPrint + 1,
      'string of 2000001 characters'
    ],
    trace_deep_nesting: [
      jsonl(
        at(iSusp, (e) => ({
          ...e,
          awaiting: JSON.parse('{"kind":"future","label":"x","n":' + '['.repeat(50) + ']'.repeat(50) + '}')
        }))
      ),
      'AIO-T002',
      iSusp + 1,
      'nested more than'
    ],
    trace_bad_awaiting: [
      jsonl(at(iSusp, (e) => ({ ...e, awaiting: 'sleep' }))),
      'AIO-T002',
      iSusp + 1,
      'awaiting must be an object'
    ],
    trace_bad_state: [
      jsonl(base.map((e) => (e.kind === 'task.done' ? { ...e, state: 'exploded' } : e))),
      'AIO-T002',
      base.findIndex((e) => e.kind === 'task.done') + 1,
      'task.done.state must be one of'
    ],
    trace_exit_not_last: [
      jsonl([...base, { ...base[1], seq: base.length }]),
      'AIO-T002',
      base.length,
      'exit must be the last event'
    ],
    trace_array_ok: [JSON.stringify(base), 'OK', null, ''],
    trace_array_seq_gap: [JSON.stringify(base.filter((_, i) => i !== 2)), 'AIO-T004', 3, 'seq 3 where 2 was expected'],
    trace_line_zero: [jsonl(at(1, (e) => ({ ...e, line: 0 }))), 'AIO-T002', 2, 'line must be'],
    trace_binary_garbage: ['\u0000\u0001\u0002\ufffd\ufffd', 'AIO-T001', 1, 'not valid JSON']
  };
}

if (process.argv[1]?.endsWith('make-trace-cases.ts')) {
  const dir = join(import.meta.dirname, 'cases');
  for (const [name, [text, code, line, message]] of Object.entries(traceCases())) {
    writeFileSync(join(dir, `${name}.jsonl`), text);
    console.log(JSON.stringify({ file: `${name}.jsonl`, category: 'trace-import', code, line, message }));
  }
}
