/**
 * Syntax errors: for each source in tests/fixtures/python-parser/error_cases.json our ParseError has the expected catalog code
 * and CPython's message, exception class, line and column (recorded by dump_errors.py under CPython 3.14).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, ParseError } from './parser';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/python-parser');
const cases = JSON.parse(readFileSync(join(dir, 'error_cases.json'), 'utf8')) as {
  name: string;
  source: string;
  code: string;
}[];
const expected = JSON.parse(readFileSync(join(dir, 'error_cases.expected.json'), 'utf8')) as {
  errors: Record<string, { type: string; msg: string; line: number; col: number } | null>;
};

function parseError(source: string): ParseError {
  try {
    parse(source, 'x.py');
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('syntax errors agree with CPython', () => {
  it('has at least 25 cases', () => expect(cases.length).toBeGreaterThanOrEqual(25));
  for (const c of cases) {
    it(`${c.name}: ${JSON.stringify(c.source)}`, () => {
      const py = expected.errors[c.name];
      expect(py).toBeTruthy();
      const e = parseError(c.source);
      expect({ code: e.code, type: e.pyType, msg: e.message, line: e.line, col: e.col }).toEqual({
        code: c.code,
        type: py!.type,
        msg: py!.msg,
        line: py!.line,
        col: py!.col
      });
      expect(e.file).toBe('x.py');
      expect(e.hint.length).toBeGreaterThan(0);
    });
  }
});
