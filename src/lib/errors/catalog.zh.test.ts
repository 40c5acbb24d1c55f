import { describe, expect, it } from 'vitest';
import { CATALOG, templateParams, type ErrorCode } from './catalog';
import { CATALOG_ZH } from './catalog.zh';

describe('简体中文 catalog text', () => {
  it('uses the same placeholders as the English entry', () => {
    for (const [code, zh] of Object.entries(CATALOG_ZH)) {
      const en = CATALOG[code as ErrorCode];
      expect(en, code).toBeDefined();
      expect(new Set(templateParams(zh!.message)), code).toEqual(new Set(templateParams(en.message)));
      for (const p of templateParams(zh!.hint)) expect(templateParams(en.message), code).toContain(p);
      expect(zh!.title.length, code).toBeGreaterThan(0);
      expect(zh!.hint.length, code).toBeGreaterThan(5);
    }
  });

  it('covers every entry added for issue 15 (R009+, P050+, L004+)', () => {
    const mine = Object.keys(CATALOG).filter((c) => /^AIO-(R(009|01\d)|P05\d|L00[4-9])$/.test(c));
    expect(mine.length).toBeGreaterThan(0);
    for (const c of mine) expect(CATALOG_ZH, c).toHaveProperty(c);
  });
});
