import { describe, expect, it } from 'vitest';
import { CATALOG, formatError, formatLocation, templateParams, type ErrorCode } from './catalog';

const entries = Object.entries(CATALOG);

describe('error catalog', () => {
  it('keys equal codes, codes are unique and well-formed', () => {
    const codes = entries.map(([, e]) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [key, e] of entries) {
      expect(e.code).toBe(key);
      expect(e.code).toMatch(/^AIO-[PURTLE]\d{3}$/);
    }
  });

  it('every entry has a title, a message and a hint', () => {
    for (const [, e] of entries) {
      expect(e.title.trim().length, e.code).toBeGreaterThan(0);
      expect(e.message.trim().length, e.code).toBeGreaterThan(0);
      expect(e.hint.trim().length, e.code).toBeGreaterThan(10);
    }
  });

  it('hints use only params the message has (so one params object fills both)', () => {
    for (const [, e] of entries) {
      const mine = new Set(templateParams(e.message));
      for (const p of templateParams(e.hint)) expect(mine.has(p), `${e.code} hint uses {${p}}`).toBe(true);
    }
  });

  it('has the families the other layers rely on', () => {
    for (const code of [
      'AIO-P001',
      'AIO-U001',
      'AIO-U002',
      'AIO-U003',
      'AIO-R001',
      'AIO-R002',
      'AIO-R003',
      'AIO-R004',
      'AIO-T001',
      'AIO-L001'
    ]) {
      expect(CATALOG).toHaveProperty(code);
    }
  });

  it('fills templates and refuses a missing param', () => {
    expect(formatError('AIO-P007', { line: 3 }).message).toBe('unterminated string literal (detected at line 3)');
    expect(formatError('AIO-U001', { construct: 'the match statement' }).message).toBe(
      'the match statement is not supported by aioscope'
    );
    expect(() => formatError('AIO-P007', {})).toThrow(/missing param 'line'/);
  });

  it('keeps doubled braces literal', () => {
    expect(formatError('AIO-P016', { detail: 'x' }).hint).toContain('{expression!r}');
    expect(formatError('AIO-P016', { detail: 'x' }).hint).toContain('{{ and }}');
    expect(templateParams(CATALOG['AIO-P016'].hint)).toEqual([]);
  });

  it('formats locations 1-based for editors', () => {
    expect(formatLocation('a.py', 2, 0, 'invalid syntax')).toBe('a.py:2:1: invalid syntax');
  });

  it('ErrorCode is the key type', () => {
    const c: ErrorCode = 'AIO-R001';
    expect(CATALOG[c].code).toBe(c);
  });
});
