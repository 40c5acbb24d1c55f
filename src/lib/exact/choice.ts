/**
 * Which engine the playground uses, and when to offer the other one: pure rules plus the remembered preference.
 * - `sim` (the default) until the user picks the exact engine or, with "always switch" on, the simulator reports that
 *   it cannot run the program (an AIO-U error: unsupported syntax, module or builtin);
 * - the preference is kept in localStorage (key below); no storage means no memory, never an error.
 */
export type Engine = 'sim' | 'cpython';

export const AUTO_KEY = 'aioscope-exact-auto';

/** The simulator's diagnostic code says the program is outside its subset (so the exact engine would help). */
export function unsupportedBySimulator(code: string | null | undefined): boolean {
  return typeof code === 'string' && /^AIO-U\d{3}$/.test(code);
}

export function readAuto(storage: Pick<Storage, 'getItem'> | null): boolean {
  try {
    return storage?.getItem(AUTO_KEY) === '1';
  } catch {
    return false;
  }
}

export function writeAuto(storage: Pick<Storage, 'setItem'> | null, on: boolean): void {
  try {
    storage?.setItem(AUTO_KEY, on ? '1' : '0');
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

/** The engine that made a trace (run.start.engine; absent = the simulator). */
export function engineOf(events: readonly { kind: string; engine?: string }[]): Engine {
  return events[0]?.kind === 'run.start' && events[0].engine === 'cpython' ? 'cpython' : 'sim';
}
