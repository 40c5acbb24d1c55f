/**
 * Share-link decompression bombs (issue 15 item 3): an 87 KB link holding a 64 MiB program froze the playground for
 * 54 s; a 544 KB one (400 MiB) never finished. decodeShare must refuse both with AIO-L003 in under 100 ms, stopping
 * the inflater at SHARE_INFLATED_LIMIT, while programs up to SHARE_LIMIT still open.
 */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, SHARE_LIMIT, ShareLinkError } from '../../src/lib/playground/share';
import { shareBomb } from './share-bomb';

async function refusal(hash: string): Promise<{ error: unknown; ms: number }> {
  const t0 = performance.now();
  try {
    await decodeShare(hash);
    return { error: null, ms: performance.now() - t0 };
  } catch (error) {
    return { error, ms: performance.now() - t0 };
  }
}

describe('share-link decompression bombs', () => {
  for (const [mib, kb] of [
    [64, 87],
    [400, 544]
  ] as const) {
    it(`a ${kb} KB link inflating to ${mib} MiB is refused with AIO-L003 in under 100 ms`, async () => {
      const hash = shareBomb(mib);
      expect(hash.length / 1000).toBeGreaterThan(kb * 0.95);
      expect(hash.length / 1000).toBeLessThan(kb * 1.1);
      await refusal(shareBomb(1)); // warm the inflater up once (first use compiles it)
      const { error, ms } = await refusal(hash);
      expect(error).toBeInstanceOf(ShareLinkError);
      expect((error as ShareLinkError).code).toBe('AIO-L003');
      expect((error as ShareLinkError).message).toContain('too large to share');
      expect(ms).toBeLessThan(100);
    });
  }

  it('a program just under the limit still opens; one just over it is AIO-L003', async () => {
    const ok = 'x = 1\n'.repeat(Math.floor(SHARE_LIMIT / 6));
    expect((await decodeShare(await encodeShare({ code: ok, sel: 0, at: 0 }))).code).toBe(ok);
    const { error } = await refusal(shareBomb(1)); // 1 MiB of program: past SHARE_LIMIT and the inflate cap
    expect((error as ShareLinkError).code).toBe('AIO-L003');
    const over = `#v1.${deflateRawSync(JSON.stringify({ c: 'x'.repeat(SHARE_LIMIT + 1), s: 0, a: 0 })).toString('base64url')}`;
    const r = await refusal(over); // inflates within the cap, but the program itself is over the limit
    expect((r.error as ShareLinkError).message).toBe(
      `the program is too large to share as a link (${SHARE_LIMIT + 1} bytes, limit ${SHARE_LIMIT})`
    );
  });

  it('a link text far longer than any legal link is refused before decoding', async () => {
    const { error, ms } = await refusal('#v1.' + 'A'.repeat(4 << 20));
    expect((error as ShareLinkError).code).toBe('AIO-L003');
    expect(ms).toBeLessThan(100);
  });
});
