/** The embedded pure-Python modules (py-sources.ts) are exactly the files in ./py (regenerate: gen-py-sources.mjs). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PY_SOURCES } from './py-sources';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'py');

describe('embedded pure-Python modules', () => {
  it('py-sources.ts is up to date with ./py/*.py', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.py'))
      .sort();
    expect(Object.keys(PY_SOURCES).sort()).toEqual(files.map((f) => f.slice(0, -3)).sort());
    for (const f of files) expect(PY_SOURCES[f.slice(0, -3)], f).toBe(readFileSync(path.join(dir, f), 'utf8'));
  });
});
