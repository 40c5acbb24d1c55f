import { describe, expect, it } from 'vitest';
import { CATALOG, templateParams } from './catalog';
import { EXACT_ZH } from './exact.zh';

describe('exact engine errors in 简体中文', () => {
  const codes = Object.keys(CATALOG).filter((c) => c.startsWith('AIO-E'));

  it('cover every AIO-E code, and only those, within AIO-E001..AIO-E019', () => {
    expect(Object.keys(EXACT_ZH).sort()).toEqual(codes.sort());
    for (const c of codes) expect(Number(c.slice(5))).toBeLessThanOrEqual(19);
  });

  it.each(codes)('%s uses the same placeholders as the English', (code) => {
    const en = CATALOG[code as keyof typeof CATALOG];
    const zh = EXACT_ZH[code as keyof typeof EXACT_ZH];
    expect(templateParams(zh.message).sort()).toEqual(templateParams(en.message).sort());
    expect(templateParams(zh.hint).sort()).toEqual(templateParams(en.hint).sort());
    expect(zh.title).toMatch(/[\u4e00-\u9fff]/);
  });
});
