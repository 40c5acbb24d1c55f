/** Re-exports used by the random module (kept separate so random.ts stays about random). */
export { asFloat, getItem, hash, iterToArray, len, toIndex, typeName } from '../runtime/ops';
export { bindKw as bindKwOpt } from '../runtime/natives';
