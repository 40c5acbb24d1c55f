/**
 * Share links of the playground: the program, its knob values, the editor's cursor and the player's moment,
 * compressed into the URL fragment as `#v1.<base64url(deflate-raw(JSON))>`. The fragment never reaches a server, so a
 * shared program stays between the people who share it. Every way a link can be broken maps to an AIO-L catalog
 * error; knob values are only shape-checked here (the page checks them against the program's knobs and falls back
 * to the defaults), so a bad value never makes a link unreadable.
 */
import { formatError, type ErrorCode } from '../errors/catalog';
import type { KnobValue } from '../scenario-meta/types';

export const SHARE_VERSION = 1;
/** Bytes of source text a link may carry; longer links are cut by chat apps and browsers anyway. */
export const SHARE_LIMIT = 64 * 1024;

export interface ShareState {
  code: string;
  /** Editor cursor (UTF-16 offset into `code`). */
  sel: number;
  /** Player cursor (event seq), 0 = start. */
  at: number;
  /** Knob values by constant name (only the changed ones); absent or empty when every knob is at its default. */
  knobs?: Record<string, KnobValue>;
}

/** Knob names are Python identifiers; more than this many values in a link is not a real program's. */
const MAX_KNOBS = 64;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

/**
 * The well-shaped entries of a knob object from outside (a share link, stored JSON): identifier → finite number,
 * boolean or short string, at most 64. Whether they fit the program's knobs is checked later (knobs.ts keepValues).
 */
export function knobValues(raw: unknown): Record<string, KnobValue> {
  const out: Record<string, KnobValue> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  let n = 0;
  for (const [name, value] of Object.entries(raw)) {
    if (n >= MAX_KNOBS || !IDENT.test(name)) continue;
    const ok =
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value)) ||
      (typeof value === 'string' && value.length <= 1000);
    if (!ok) continue;
    // defineProperty: a knob named __proto__ stays a plain entry instead of replacing the prototype.
    Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
    n++;
  }
  return out;
}

/** A share link that cannot be opened; `message` is the catalog's filled message. */
export class ShareLinkError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number>
  ) {
    super(formatError(code, params).message);
  }
}

/**
 * Inflated bytes a link may carry: the JSON of a program at SHARE_LIMIT (escapes can make it longer) plus its knobs.
 * A decompression bomb (a few KB inflating to gigabytes) is stopped as soon as the inflater passes this.
 */
export const SHARE_INFLATED_LIMIT = 8 * SHARE_LIMIT;
/** A link's packed text longer than this cannot be a program within the limits (deflate does not expand much). */
const SHARE_TEXT_LIMIT = 2 * SHARE_INFLATED_LIMIT;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** A link whose program is over the limit; `size` says how much was seen when decoding stopped. */
function tooLarge(size: string | number): ShareLinkError {
  return new ShareLinkError('AIO-L003', { size, limit: SHARE_LIMIT });
}

/**
 * Input fed to the inflater at a time. Deflate expands at most ~1032:1 and an inflater turns one input chunk into all
 * of its output at once, so 1 KiB of input makes at most about SHARE_INFLATED_LIMIT of output before the next read.
 */
const INFLATE_SLICE = 1024;

/**
 * Inflate, feeding the input in slices as the output is read, and cancelling once more than `limit` bytes came out
 * (a bomb's whole input given at once would make the inflater run ahead through hundreds of megabytes).
 */
async function inflateCapped(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  let fed = 0;
  const input = new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (fed >= bytes.length) controller.close();
        else controller.enqueue(bytes.slice(fed, (fed += INFLATE_SLICE)));
      }
    },
    { highWaterMark: 0 }
  );
  const reader = input.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      void reader.cancel().catch(() => {});
      throw tooLarge(`more than ${limit}`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text))
    throw new ShareLinkError('AIO-L001', { detail: 'it contains characters a link cannot have' });
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  // a plain loop: Uint8Array.from with a mapping callback takes ~60 ms for a 400 KB link
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The fragment (with `#`) for a state; throws AIO-L003 when the program is too large. */
export async function encodeShare(state: ShareState): Promise<string> {
  const knobs = state.knobs && Object.keys(state.knobs).length > 0 ? { k: state.knobs } : {};
  const json = new TextEncoder().encode(JSON.stringify({ c: state.code, s: state.sel, a: state.at, ...knobs }));
  const size = new TextEncoder().encode(state.code).length;
  if (size > SHARE_LIMIT) throw new ShareLinkError('AIO-L003', { size, limit: SHARE_LIMIT });
  return `#v${SHARE_VERSION}.${toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))}`;
}

/** Whether a fragment is meant as a share link (anything else in the fragment is left alone). */
export function isShareFragment(hash: string): boolean {
  return /^#?v\d/.test(hash);
}

/**
 * A fragment (with or without `#`) → state; throws ShareLinkError (AIO-L001 / AIO-L002) for broken links and
 * AIO-L003 for a program over SHARE_LIMIT (found while inflating: a bomb is refused without inflating it whole). Knob
 * entries of the wrong shape are dropped (`knobs` is always present, possibly empty).
 */
export async function decodeShare(hash: string): Promise<Required<ShareState>> {
  const m = /^#?v(\d+)\.(.*)$/s.exec(hash);
  if (!m) throw new ShareLinkError('AIO-L001', { detail: 'it does not start with a version (v1.)' });
  const version = Number(m[1]);
  if (version > SHARE_VERSION) throw new ShareLinkError('AIO-L002', { version });
  if (version !== SHARE_VERSION) throw new ShareLinkError('AIO-L001', { detail: `unknown version ${version}` });
  if (m[2]!.length > SHARE_TEXT_LIMIT) throw tooLarge(`more than ${SHARE_INFLATED_LIMIT}`);
  const packed = fromBase64Url(m[2]!);
  let raw: unknown;
  try {
    const bytes = await inflateCapped(packed, SHARE_INFLATED_LIMIT);
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    if (e instanceof ShareLinkError) throw e;
    throw new ShareLinkError('AIO-L001', { detail: 'its data is damaged (was it cut off?)' });
  }
  if (typeof raw !== 'object' || raw === null) throw new ShareLinkError('AIO-L001', { detail: 'it holds no program' });
  const { c, s, a, k } = raw as Record<string, unknown>;
  if (typeof c !== 'string') throw new ShareLinkError('AIO-L001', { detail: 'it holds no program' });
  const size = new TextEncoder().encode(c).length;
  if (size > SHARE_LIMIT) throw tooLarge(size);
  const int = (v: unknown, max: number) =>
    typeof v === 'number' && Number.isInteger(v) ? Math.max(0, Math.min(v, max)) : 0;
  return { code: c, sel: int(s, c.length), at: int(a, Number.MAX_SAFE_INTEGER), knobs: knobValues(k) };
}
