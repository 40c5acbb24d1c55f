import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog';
import { TRACE_ZH } from './trace.zh';

const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('简体中文 of the trace-file errors', () => {
  it('covers AIO-T006 and AIO-T007 with the English placeholders', () => {
    expect(Object.keys(TRACE_ZH).sort()).toEqual(['AIO-T006', 'AIO-T007']);
    for (const [code, zh] of Object.entries(TRACE_ZH)) {
      const en = CATALOG[code as keyof typeof CATALOG];
      expect(params(zh.message), code).toEqual(params(en.message));
      expect(
        params(zh.hint).every((p) => params(en.message).includes(p!)),
        code
      ).toBe(true);
      expect(zh.title.length, code).toBeGreaterThan(0);
      expect(zh.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
