import { describe, expect, it } from 'vitest';
import { compareVerdict, formatRatio } from './compare-verdict';

describe('compareVerdict', () => {
  it('says which side is faster, by how much and how many times', () => {
    expect(compareVerdict([2, 3])).toEqual({ faster: 0, saved: 1, ratio: 1.5 });
    expect(compareVerdict([3, 2])).toEqual({ faster: 1, saved: 1, ratio: 1.5 });
    expect(formatRatio(1.5)).toBe('1.5');
    expect(formatRatio(4 / 3)).toBe('1.33');
    expect(formatRatio(2)).toBe('2');
  });

  it('calls equal times equal, float noise included', () => {
    expect(compareVerdict([0.1 + 0.2, 0.3])).toEqual({ faster: null, saved: 0, ratio: 1 });
  });

  it('gives no ratio when the faster side takes no time', () => {
    expect(compareVerdict([0, 1.5])).toEqual({ faster: 0, saved: 1.5, ratio: null });
  });
});
