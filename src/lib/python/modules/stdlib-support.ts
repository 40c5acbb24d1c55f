/**
 * `_aioscope`: the few facts the pure-Python standard modules (./py: logging, os, queue, ...) need from the
 * interpreter and cannot compute in Python here — the calling frame, the thread and task names, a traceback's text —
 * and the one way they refuse what the fast simulator does not run (AIO-U004, offering the exact engine).
 *
 * Invariant: nothing here holds state; every answer is read from the running session at call time.
 */
import { moduleFactories, UnsupportedError } from '../interp/hooks';
import { formatException } from '../interp/traceback';
import { typeError } from '../runtime/exceptions';
import { fn } from '../runtime/natives';
import { PyException, PyTuple } from '../runtime/objects';
import { makeModule } from './basic';
import { state } from '../runtime/py-runtime';
import { EMBEDDED_PREFIX } from './pure-python';

/** What os.getpid() returns in both the simulator and the oracle (documented in docs/architecture.md). */
export const VIRTUAL_PID = 4242n;
/** What os.cpu_count() returns in both. */
export const VIRTUAL_CPUS = 4n;

/** The innermost frame that is not code of an embedded module (the program's, or aiohttp's). */
function userFrame() {
  let f = state.frame;
  while (f !== null && f.code.filename.startsWith(EMBEDDED_PREFIX)) f = f.back;
  return f;
}

function refuse(feature: string): never {
  const f = userFrame();
  throw new UnsupportedError('AIO-U004', { feature }, f?.line ?? 1, 0);
}

moduleFactories.set('_aioscope', (s) =>
  makeModule('_aioscope', {
    caller: fn('caller', () => {
      const f = userFrame();
      if (f === null) return new PyTuple(['<unknown>', 0n, '<module>']);
      return new PyTuple([f.code.filename, BigInt(f.line), f.code.name]);
    }),
    thread_name: fn('thread_name', () => state.threadCtx?.name ?? 'MainThread'),
    task_name: fn('task_name', () => {
      if (state.threadCtx !== null) return null;
      return s.engine.runningTask()?.name ?? null;
    }),
    format_exception: fn('format_exception', (a) => {
      const e = a[0];
      if (!(e instanceof PyException)) throw typeError('format_exception() needs an exception');
      return formatException(e, (name) => (name === s.filename ? s.source : null), state.features);
    }),
    unsupported: fn('unsupported', (a) => refuse(String(a[0]))),
    /** A function standing for one the fast simulator does not run: calling it refuses (AIO-U004). */
    refuser: fn('refuser', (a) => {
      const what = String(a[0]);
      return fn(what, () => refuse(what));
    }),
    version: s.version,
    pid: VIRTUAL_PID,
    cpu_count: VIRTUAL_CPUS
  })
);
