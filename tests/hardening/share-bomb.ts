/**
 * Share-link decompression bombs for the tests (unit and e2e): a `#v1.` link whose deflate-raw data inflates to
 * `{"c":"aaaa…"}` with `mib` MiB of program. Built from independent deflate segments (each compressed on its own and
 * ended with a full flush, so they concatenate into one valid stream) instead of compressing the whole text: a
 * 400 MiB bomb costs a millisecond to make, not seconds and gigabytes.
 */
import { constants, deflateRawSync } from 'node:zlib';

const segment = (text: string | Buffer) => deflateRawSync(text, { level: 9, finishFlush: constants.Z_FULL_FLUSH });

export function shareBomb(mib: number): string {
  const mebibyte = segment(Buffer.alloc(1 << 20, 'a'));
  const parts = [segment('{"c":"'), ...Array.from({ length: mib }, () => mebibyte), deflateRawSync('","s":0,"a":0}')];
  return `#v1.${Buffer.concat(parts).toString('base64url')}`;
}
