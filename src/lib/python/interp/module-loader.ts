/**
 * Runs a Python source file as a module (the fake aiohttp is written in Python and executed by this interpreter).
 */
import { parse } from '../parser';
import { PyModule, type PyValue } from '../runtime/objects';
import { Compiler } from './compile';
import { Frame, state } from './frame';
import type { Session } from './hooks';
import { analyze } from './scope';

export function runModuleSource(s: Session, name: string, filename: string, source: string): PyModule {
  const mod = parse(source, filename);
  const an = analyze(mod);
  const { code, run } = new Compiler(an, filename).module(mod);
  const globals = new Map<string, PyValue>([
    ['__name__', name],
    ['__file__', filename]
  ]);
  const m = new PyModule(name, globals);
  s.modules.set(name, m);
  const f = new Frame(code, globals, null, 0);
  const back = state.frame;
  f.back = back;
  f.depth = (back?.depth ?? 0) + 1;
  state.frame = f;
  try {
    run(f);
  } finally {
    state.frame = back;
  }
  return m;
}
