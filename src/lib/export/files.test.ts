import { describe, expect, it } from 'vitest';
import { parseTraceJsonl } from '../trace/validate';
import { exportFileName, traceJson } from './files';
import { golden, goldenIds } from '../../../tests/support/export';

describe('traceJson', () => {
  it.each(goldenIds())('%s: valid JSON that re-imports through validateTrace unchanged', (id) => {
    const events = golden(id);
    const text = traceJson(events);
    expect(Array.isArray(JSON.parse(text))).toBe(true);
    expect(parseTraceJsonl(text)).toEqual(events);
  });
});

describe('exportFileName', () => {
  it('uses the stem, the cursor and the extension, and nothing unsafe', () => {
    expect(exportFileName('say_after.py', 'svg', 42)).toBe('say_after-at-42.svg');
    expect(exportFileName('main.py', 'json')).toBe('main.json');
    expect(exportFileName('../a b.py', 'gif')).toBe('_a_b.gif');
  });
});
