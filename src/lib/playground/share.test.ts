import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, isShareFragment, SHARE_LIMIT, ShareLinkError } from './share';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ShareLinkError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('share links', () => {
  it('round-trips code, editor cursor and player cursor (unicode and all)', async () => {
    const state = { code: 'import asyncio\nprint("héllo 世界 🎉")\n'.repeat(20), sel: 17, at: 42 };
    const hash = await encodeShare(state);
    expect(hash).toMatch(/^#v1\.[A-Za-z0-9_-]+$/);
    expect(hash.length).toBeLessThan(state.code.length); // compressed
    expect(isShareFragment(hash)).toBe(true);
    expect(await decodeShare(hash)).toEqual(state);
  });

  it('clamps a cursor past the end of the program', async () => {
    const hash = await encodeShare({ code: 'x = 1\n', sel: 1000, at: 3 });
    expect((await decodeShare(hash)).sel).toBe(6);
  });

  it('maps every broken link to an AIO-L error', async () => {
    const good = await encodeShare({ code: 'print(1)\n', sel: 0, at: 0 });
    expect(await codeOf(decodeShare('#v1.!!!'))).toBe('AIO-L001');
    expect(await codeOf(decodeShare('#v1.' + 'AAAA'))).toBe('AIO-L001');
    expect(await codeOf(decodeShare(good.slice(0, good.length - 4)))).toBe('AIO-L001');
    expect(await codeOf(decodeShare('#hello'))).toBe('AIO-L001');
    expect(await codeOf(decodeShare('#v9.' + good.slice(4)))).toBe('AIO-L002');
    expect(await codeOf(encodeShare({ code: 'x'.repeat(SHARE_LIMIT + 1), sel: 0, at: 0 }))).toBe('AIO-L003');
    expect(await codeOf(decodeShare(good))).toBe('no error');
  });
});
