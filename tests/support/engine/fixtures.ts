import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Lines CPython 3.11 printed for tests/fixtures/engine/NAME.py (regenerate: tests/fixtures/engine/regen.sh). */
export function expected(name: string): string[] {
  const p = fileURLToPath(new URL(`../../fixtures/engine/${name}.out`, import.meta.url));
  return readFileSync(p, 'utf8')
    .split('\n')
    .filter((l, i, a) => !(l === '' && i === a.length - 1));
}

/** The task step log CPython 3.11 produced for tests/fixtures/engine/NAME.py (steps.py). */
export function expectedSteps(name: string): string[] {
  const p = fileURLToPath(new URL(`../../fixtures/engine/${name}.steps`, import.meta.url));
  return readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
}

interface StepEvent {
  kind: string;
  task?: string;
  throw?: string;
  state?: string;
  detail?: string;
}

/** The same log from an engine trace: resume/suspend/done per task. `excType` maps a done-with-exception detail
 * (a repr like "ValueError('x')") to its type name. */
export function stepsOf(events: readonly StepEvent[]): string[] {
  const outLines: string[] = [];
  for (const e of events) {
    if (e.kind === 'task.resume') outLines.push(`resume ${e.task}${e.throw ? ` throw=${e.throw}` : ''}`);
    else if (e.kind === 'task.suspend') outLines.push(`suspend ${e.task}`);
    else if (e.kind === 'task.done') {
      if (e.state === 'result') outLines.push(`done ${e.task}`);
      else if (e.state === 'cancelled') outLines.push(`done ${e.task} CancelledError`);
      else outLines.push(`done ${e.task} ${String(e.detail).split('(')[0]}`);
    }
  }
  return outLines;
}
