import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { decodeShare, encodeShare, isShareFragment, SHARE_LIMIT, ShareLinkError } from './share';

/** A link holding any JSON, made the way encodeShare makes them (for links encodeShare would never write). */
const rawLink = (data: unknown) => `#v1.${deflateRawSync(JSON.stringify(data)).toString('base64url')}`;

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
    expect(await decodeShare(hash)).toEqual({ ...state, knobs: {} });
  });

  it('round-trips knob values; links without knobs (older ones) read as no values', async () => {
    const state = { code: 'X = 1  # knob: 1..5\n', sel: 0, at: 3, knobs: { X: 4, ON: true, MODE: 'slow', F: 0.5 } };
    expect(await decodeShare(await encodeShare(state))).toEqual(state);
    expect(await decodeShare(rawLink({ c: 'x = 1\n', s: 0, a: 0 }))).toEqual({
      code: 'x = 1\n',
      sel: 0,
      at: 0,
      knobs: {}
    });
    // No `k` at all when every knob is at its default: the link stays as short as before.
    const plain = await encodeShare({ code: 'x = 1\n', sel: 0, at: 0 });
    expect(await encodeShare({ code: 'x = 1\n', sel: 0, at: 0, knobs: {} })).toBe(plain);
  });

  it('drops malformed knob values instead of failing the link', async () => {
    const read = async (k: unknown) => (await decodeShare(rawLink({ c: 'x = 1\n', s: 0, a: 0, k }))).knobs;
    for (const k of [null, 7, 'X=3', [1, 2], true]) expect(await read(k)).toEqual({});
    expect(
      await read({ X: 3, Y: { nested: 1 }, Z: [1], W: null, 'not a name': 1, '1x': 2, S: 'x'.repeat(2000), B: false })
    ).toEqual({ X: 3, B: false });
    // JSON cannot hold NaN or Infinity; a huge exponent parses to Infinity and is dropped.
    const big = await decodeShare(`#v1.${deflateRawSync('{"c":"x\\n","k":{"X":1e999}}').toString('base64url')}`);
    expect(big.knobs).toEqual({});
    // A knob named __proto__ is an ordinary entry, never the object's prototype.
    const proto = await read(JSON.parse('{"__proto__": 2}'));
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(Object.keys(proto)).toEqual(['__proto__']);
    const many = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`K${i}`, i]));
    expect(Object.keys(await read(many))).toHaveLength(64);
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
