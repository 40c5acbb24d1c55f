/**
 * Differential test: every tests/fixtures/python-parser/cases/*.py parses to the same tree (node types, fields, values and
 * spans) as CPython's ast.parse, whose dump (by dump_ast.py under CPython 3.14, see gen_cases.mjs) is stored next
 * to it as *.json.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from './parser';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/python-parser/cases');

/** Our tree in dump_ast.py's JSON encoding (ints as decimal strings, bytes as arrays, non-finite floats as repr). */
export function toJson(node: unknown): unknown {
  return JSON.parse(
    JSON.stringify(node, (_k, v: unknown) => {
      if (typeof v === 'bigint') return v.toString();
      if (v instanceof Uint8Array) return Array.from(v);
      if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
      return v;
    })
  );
}

const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.py'))
  .sort();

describe('parser matches CPython ast.parse', () => {
  it('has a corpus of at least 40 sources', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
  for (const name of cases) {
    it(name, () => {
      const source = readFileSync(join(dir, name), 'utf8');
      const expected = JSON.parse(readFileSync(join(dir, name.replace(/\.py$/, '.json')), 'utf8')) as {
        ast: { body: unknown };
      };
      const ours = toJson(parse(source, name)) as { body: unknown };
      expect(ours.body).toEqual(expected.ast.body);
    });
  }
});
