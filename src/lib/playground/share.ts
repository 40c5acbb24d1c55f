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

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
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
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
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
 * A fragment (with or without `#`) → state; throws ShareLinkError (AIO-L001 / AIO-L002) for broken links. Knob
 * entries of the wrong shape are dropped (`knobs` is always present, possibly empty).
 */
export async function decodeShare(hash: string): Promise<Required<ShareState>> {
  const m = /^#?v(\d+)\.(.*)$/s.exec(hash);
  if (!m) throw new ShareLinkError('AIO-L001', { detail: 'it does not start with a version (v1.)' });
  const version = Number(m[1]);
  if (version > SHARE_VERSION) throw new ShareLinkError('AIO-L002', { version });
  if (version !== SHARE_VERSION) throw new ShareLinkError('AIO-L001', { detail: `unknown version ${version}` });
  const packed = fromBase64Url(m[2]!);
  let raw: unknown;
  try {
    const bytes = await pipe(packed, new DecompressionStream('deflate-raw'));
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ShareLinkError('AIO-L001', { detail: 'its data is damaged (was it cut off?)' });
  }
  if (typeof raw !== 'object' || raw === null) throw new ShareLinkError('AIO-L001', { detail: 'it holds no program' });
  const { c, s, a, k } = raw as Record<string, unknown>;
  if (typeof c !== 'string') throw new ShareLinkError('AIO-L001', { detail: 'it holds no program' });
  const int = (v: unknown, max: number) =>
    typeof v === 'number' && Number.isInteger(v) ? Math.max(0, Math.min(v, max)) : 0;
  return { code: c, sel: int(s, c.length), at: int(a, Number.MAX_SAFE_INTEGER), knobs: knobValues(k) };
}
