/**
 * The layout keeps itself documented and enforced: every top folder of src/lib has a README saying its job and what
 * it may import, and eslint.config.js has a no-restricted-imports layer rule for it.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const lib = resolve(import.meta.dirname);
const eslintConfig = readFileSync(resolve(lib, '../../eslint.config.js'), 'utf8');
const folders = readdirSync(lib, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe('src/lib layout', () => {
  it('has the layers the architecture names', () => {
    for (const f of ['trace', 'errors', 'i18n', 'engine', 'python', 'timeline', 'view', 'player', 'components'])
      expect(folders).toContain(f);
  });

  it.each(folders)('%s/ has a README with its job and what it may import', (folder) => {
    const readme = resolve(lib, folder, 'README.md');
    expect(existsSync(readme)).toBe(true);
    const text = readFileSync(readme, 'utf8');
    expect(text).toMatch(/\*\*Job\.\*\*/);
    expect(text).toMatch(/\*\*May import:\*\*/);
  });

  it.each(folders)('%s/ has a layer rule in eslint.config.js', (folder) => {
    expect(eslintConfig).toContain(`'src/lib/${folder}/**'`);
  });
});
