import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { goldenPath, goldenText, goldenVariants } from './golden';

describe('golden traces: each scenario traces exactly as its reviewed golden file', () => {
  for (const { id, lang } of goldenVariants()) {
    it(lang === 'en' ? id : `${id} (${lang} program text)`, () => {
      const path = goldenPath(id, lang);
      const actual = goldenText(id, lang);
      expect(existsSync(path), `${path} is missing: run npm run golden:update`).toBe(true);
      const changed = path.replace(/\.jsonl$/, '-changed.jsonl');
      const golden = readFileSync(path, 'utf8');
      if (actual !== golden)
        writeFileSync(changed, actual); // for a side-by-side diff in review
      else rmSync(changed, { force: true });
      expect(actual === golden, `trace of ${id} changed: compare ${changed} with ${path}`).toBe(true);
    });
  }
});
