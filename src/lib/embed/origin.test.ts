import { describe, expect, it } from 'vitest';
import { acceptsMessage, learnOrigin, makeOriginPolicy } from './origin';

describe('embed origin policy', () => {
  it('with origin= pins both directions to those origins', () => {
    const p = makeOriginPolicy(['https://blog.example'], ['https://evil.example'], 'https://evil.example/page');
    expect(p.targets).toEqual(['https://blog.example']);
    expect(acceptsMessage(p, 'https://blog.example', true)).toBe(true);
    expect(acceptsMessage(p, 'https://evil.example', true)).toBe(false);
    expect(learnOrigin(p, 'https://evil.example')).toBe(false);
    expect(p.targets).toEqual(['https://blog.example']);
  });

  it('an origin= with no valid origin accepts nothing and posts nowhere', () => {
    const p = makeOriginPolicy([], undefined, 'https://blog.example/');
    expect(p.targets).toEqual([]);
    expect(acceptsMessage(p, 'https://blog.example', true)).toBe(false);
  });

  it('without origin= answers the parent and posts to its origin (ancestorOrigins, then referrer)', () => {
    expect(makeOriginPolicy(null, ['http://127.0.0.1:9000'], 'https://x.example/').targets).toEqual([
      'http://127.0.0.1:9000'
    ]);
    const p = makeOriginPolicy(null, undefined, 'https://blog.example/post/1?q=2');
    expect(p.targets).toEqual(['https://blog.example']);
    expect(acceptsMessage(p, 'https://other.example', true)).toBe(true);
    expect(acceptsMessage(p, 'https://blog.example', false)).toBe(false);
    expect(acceptsMessage(p, 'null', true)).toBe(false);
  });

  it('learns the parent origin from its first message when the browser did not tell', () => {
    const p = makeOriginPolicy(null, undefined, '');
    expect(p.targets).toEqual([]);
    expect(learnOrigin(p, 'https://blog.example')).toBe(true);
    expect(learnOrigin(p, 'https://blog.example')).toBe(false);
    expect(p.targets).toEqual(['https://blog.example']);
  });
});
