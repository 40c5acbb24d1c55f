import { SPEEDS } from '../player/speed';

/**
 * The postMessage protocol between a host page and an embed (docs/embed.md). Every message is a plain object whose
 * `type` starts with `aioscope.`. Host → embed messages are validated strictly: exactly the documented keys with the
 * documented types, else the message is ignored (null). Parsing never throws, whatever `data` is.
 */
export type StepUnit = 'iteration' | 'print' | 'caption';

export type HostCommand =
  | { type: 'aioscope.play' }
  | { type: 'aioscope.pause' }
  | { type: 'aioscope.seek'; seq: number }
  | { type: 'aioscope.step'; by: number }
  | { type: 'aioscope.step'; by: StepUnit; dir: 1 | -1 }
  | { type: 'aioscope.speed'; value: number };

export type EmbedMessage =
  | { type: 'aioscope.ready'; scenario: string; events: number }
  | { type: 'aioscope.state'; seq: number; t: number; playing: boolean }
  | { type: 'aioscope.ended' };

/** Largest event count a numeric step may move (anything bigger is a host bug, not a request). */
export const MAX_STEP = 1_000_000;
const UNITS: readonly string[] = ['iteration', 'print', 'caption'];

function plainObject(data: unknown): Record<string, unknown> | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const proto = Object.getPrototypeOf(data) as unknown;
  return proto === Object.prototype || proto === null ? (data as Record<string, unknown>) : null;
}

function hasExactly(obj: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(obj);
  return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(obj, k));
}

/** A host → embed message, or null when it is not exactly one of the documented shapes. */
export function parseHostCommand(data: unknown): HostCommand | null {
  try {
    const m = plainObject(data);
    if (!m || typeof m.type !== 'string') return null;
    switch (m.type) {
      case 'aioscope.play':
      case 'aioscope.pause':
        return hasExactly(m, ['type']) ? { type: m.type } : null;
      case 'aioscope.seek':
        return hasExactly(m, ['type', 'seq']) && Number.isSafeInteger(m.seq) && (m.seq as number) >= 0
          ? { type: 'aioscope.seek', seq: m.seq as number }
          : null;
      case 'aioscope.step': {
        if (hasExactly(m, ['type', 'by'])) {
          const by = m.by;
          if (typeof by === 'number' && Number.isSafeInteger(by) && by !== 0 && Math.abs(by) <= MAX_STEP)
            return { type: 'aioscope.step', by };
          if (typeof by === 'string' && UNITS.includes(by))
            return { type: 'aioscope.step', by: by as StepUnit, dir: 1 };
          return null;
        }
        if (hasExactly(m, ['type', 'by', 'dir']) && typeof m.by === 'string' && UNITS.includes(m.by)) {
          return m.dir === 1 || m.dir === -1 ? { type: 'aioscope.step', by: m.by as StepUnit, dir: m.dir } : null;
        }
        return null;
      }
      case 'aioscope.speed':
        return hasExactly(m, ['type', 'value']) &&
          typeof m.value === 'number' &&
          (SPEEDS as readonly number[]).includes(m.value)
          ? { type: 'aioscope.speed', value: m.value }
          : null;
      default:
        return null;
    }
  } catch {
    // A hostile object (throwing getters, proxies) is just another malformed message.
    return null;
  }
}
