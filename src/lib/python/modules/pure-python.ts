/**
 * Standard modules written in plain Python (./py/*.py, embedded by gen-py-sources.mjs) and run by aioscope's own
 * interpreter on first import: collections, functools, itertools, dataclasses, contextlib, json.
 * Their frames are hidden from tracebacks (CPython implements most of these in C, so its tracebacks show no frame).
 */
import { moduleFactories } from '../interp/hooks';
import { runModuleSource } from '../interp/module-loader';
import { PY_SOURCES } from './py-sources';

/** File name given to the code of an embedded module; traceback.ts hides frames whose file starts with it. */
export const EMBEDDED_PREFIX = '<aioscope:';

for (const [name, source] of Object.entries(PY_SOURCES)) {
  moduleFactories.set(name, (s) => runModuleSource(s, name, `${EMBEDDED_PREFIX}${name}>`, source));
}
