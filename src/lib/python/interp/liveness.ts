/**
 * Which async generators are still alive when asyncio.run (or loop.shutdown_asyncgens) finalizes them. CPython's loop
 * keeps them in a WeakSet: one that nothing references any more was already collected (its finalizer ran at that
 * moment), so shutdown does not close it. We answer "alive" by reachability from the program's module globals and
 * the frames still running — what reference counting keeps alive when no cycle is involved.
 *
 * An unfinished async generator that is not reachable was collected while the program ran, and CPython finalized it
 * then (an aclose() task scheduled by the loop's finalizer hook at the moment of collection). The fast simulator does
 * not know that moment, so it refuses the program (AIO-U004, offering the exact engine) instead of guessing.
 *
 * Invariant: the walk only reads; it never calls Python code. Finished coroutines (whose frames CPython clears) and
 * engine objects behind Python wrappers are not walked.
 */
import { Coroutine } from '../../engine';
import { state } from '../runtime/py-runtime';
import { PyException, PyObject, PyType } from '../runtime/objects';
import { PyAsyncGen, UnsupportedError, sess } from './hooks';

/** Past this many visited objects the walk gives up and keeps every generator (never refuse by accident). */
const WALK_LIMIT = 500_000;

export function liveAsyncgens(gens: object[]): object[] {
  const wanted = new Set(gens);
  const found = new Set<object>();
  const seen = new Set<object>();
  const stack: unknown[] = [];
  const main = sess().modules.get('__main__');
  if (main) stack.push(main.dict);
  for (let f = state.frame; f !== null; f = f.back) stack.push(f);
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (seen.size > WALK_LIMIT) return gens;
    if (wanted.has(v)) found.add(v);
    if (v instanceof Coroutine) {
      if (!v.closed) stack.push(v.body);
      continue;
    }
    if (v instanceof PyAsyncGen && v.finished) continue;
    if (v instanceof PyType) {
      if (!v.builtin) stack.push(v.dict);
      continue;
    }
    if (v instanceof PyException) {
      stack.push(v.args, v.cause, v.context, v.dict);
      for (const t of v.tb) stack.push(t.frame);
      continue;
    }
    if (v instanceof PyObject && 'x' in v && !(v instanceof PyAsyncGen)) continue; // an engine object's wrapper
    if (v instanceof Map) {
      for (const [k, x] of v) stack.push(k, x);
      continue;
    }
    if (v instanceof Set || Array.isArray(v)) {
      for (const x of v) stack.push(x);
      continue;
    }
    for (const x of Object.values(v)) if (x !== null && typeof x === 'object') stack.push(x);
  }
  for (const g of gens) {
    if (found.has(g) || !(g instanceof PyAsyncGen) || g.finished) continue;
    throw new UnsupportedError(
      'AIO-U004',
      {
        feature: `finalizing async generator '${g.qualname}' when it is garbage-collected (keep a reference to it, or close it with 'await gen.aclose()')`
      },
      state.frame?.line ?? 1,
      0
    );
  }
  return gens.filter((g) => found.has(g));
}
