import type { Coroutine } from '../../../src/lib/engine/coroutine';
import type { Host } from '../../../src/lib/engine/contract';

interface AsyncCM {
  __aenter__(): Coroutine;
  __aexit__(exc: unknown): Coroutine;
}

/** `async with cm as v: body(v)` for engine tests (exceptions from body go to __aexit__; truthy result suppresses). */
export function* asyncWith<T>(
  host: Host,
  cm: AsyncCM,
  body: (v: T) => Generator<unknown, unknown, unknown>
): Generator<unknown, unknown, unknown> {
  const v = (yield* cm.__aenter__().__await__()) as T;
  let result: unknown;
  try {
    result = yield* body(v);
  } catch (e) {
    if (!host.isPythonException(e)) throw e;
    const suppress = yield* cm.__aexit__(e).__await__();
    if (!suppress) throw e;
    return undefined;
  }
  yield* cm.__aexit__(null).__await__();
  return result;
}
