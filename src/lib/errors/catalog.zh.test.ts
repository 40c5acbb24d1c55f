import { describe, expect, it } from 'vitest';
import { CATALOG, templateParams } from './catalog';
import { CATALOG_ZH, localizedError } from './catalog.zh';

describe('catalog entries in 简体中文', () => {
  const codes = Object.keys(CATALOG).filter((c) => c.startsWith('AIO-E') || c.startsWith('AIO-T02'));

  it('cover every AIO-E and AIO-T02x code, within AIO-E001..E019 and AIO-T020..T029', () => {
    expect(Object.keys(CATALOG_ZH).sort()).toEqual(codes.sort());
    for (const c of codes) expect(Number(c.slice(5))).toBeLessThanOrEqual(c.startsWith('AIO-E') ? 19 : 29);
  });

  it('localizedError fills the Chinese template, and falls back to English', () => {
    expect(localizedError('AIO-T020', { url: 'https://x.example/t' }, 'zh').message).toContain('https://x.example/t');
    expect(localizedError('AIO-T020', { url: 'u' }, 'zh').message).toMatch(/[\u4e00-\u9fff]/);
    expect(localizedError('AIO-T020', { url: 'u' }, 'en').message).toContain('not on this site');
    expect(localizedError('AIO-T001', { line: 3, detail: 'x' }, 'zh').message).toContain('trace line 3');
  });

  it.each(codes)('%s uses the same placeholders as the English', (code) => {
    const en = CATALOG[code as keyof typeof CATALOG];
    const zh = CATALOG_ZH[code as keyof typeof CATALOG_ZH];
    expect(templateParams(zh.message).sort()).toEqual(templateParams(en.message).sort());
    expect(templateParams(zh.hint).sort()).toEqual(templateParams(en.hint).sort());
    expect(zh.title).toMatch(/[\u4e00-\u9fff]/);
  });
});
