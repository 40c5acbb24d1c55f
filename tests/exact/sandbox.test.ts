/**
 * The exact engine's Python cannot reach JavaScript: each pyodide bridge, tried from user code, fails with
 * AIO-E003 (the same sealed runtime runs in the CLI and in the browser worker; tests/e2e/exact.e2e.ts tries them in
 * Chromium). Also: gc's object-graph walkers are refused, and a blocked import leaves the next program unaffected.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeRuntime } from '../../src/cli/exact-node';
import type { ExactRuntime } from '../../src/lib/exact/runtime';
import { BRIDGE_ATTEMPTS } from './bridges';

describe('exact engine sandbox (Node)', () => {
  let exact: ExactRuntime;
  beforeAll(async () => {
    exact = await loadNodeRuntime();
  }, 120_000);

  it.each(Object.entries(BRIDGE_ATTEMPTS))('%s is blocked', (_name, source) => {
    const r = exact.run(source, 'main.py');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/AIO-E003|KeyError|StopIteration/);
  });

  it('a program after a blocked one runs normally', () => {
    const r = exact.run(
      'import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    print("ok")\nasyncio.run(main())\n',
      'main.py'
    );
    expect(r.stdout).toBe('ok\n');
    expect(r.exitCode).toBe(0);
  });
});
