/**
 * The embed ships only EN_CORE (messages.en.ts) to stay within its JavaScript budget. This walks the embed page's
 * import graph through our own sources and checks that every message id they name — literally ('ui.legend.running')
 * or as a family (`ui.status.${…}`) — is in EN_CORE, so the embed never shows a bare id.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { EN_CORE } from './messages';
import { EN } from './messages.en-app';

const root = resolve(import.meta.dirname, '../../..');
const entry = resolve(root, 'src/routes/embed/[id]/+page.svelte');

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('$lib/')
    ? resolve(root, 'src/lib', spec.slice(5))
    : spec.startsWith('.')
      ? resolve(dirname(from), spec)
      : null;
  if (base === null) return null; // a package: not ours
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) {
    if (existsSync(candidate) && /\.(ts|svelte)$/.test(candidate)) return candidate;
  }
  return null;
}

function embedSources(): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    seen.set(file, text);
    for (const m of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
      if (m[1]) continue; // type-only: no code in the bundle
      const next = resolveImport(file, m[2]);
      if (next) queue.push(next);
    }
  }
  return seen;
}

describe('the embed names only messages it ships', () => {
  it('every message id used by the embed page and what it imports is in EN_CORE', () => {
    const sources = embedSources();
    expect([...sources.keys()].some((f) => f.endsWith('EmbedPlayer.svelte'))).toBe(true);
    const ids = new Set(Object.keys(EN));
    const missing: string[] = [];
    for (const [file, text] of sources) {
      if (file.endsWith('messages.en.ts') || file.endsWith('messages.zh.ts')) continue;
      for (const m of text.matchAll(/['"`]((?:ui|key)\.[A-Za-z0-9_.]+)['"`]/g)) {
        if (ids.has(m[1]) && !(m[1] in EN_CORE)) missing.push(`${m[1]} (${file.slice(root.length + 1)})`);
      }
      for (const m of text.matchAll(/`((?:ui|key)\.[A-Za-z0-9_.]*\.)\$\{/g)) {
        for (const id of ids) if (id.startsWith(m[1]) && !(id in EN_CORE)) missing.push(`${id} (${m[1]}…)`);
      }
    }
    expect(missing).toEqual([]);
  });
});
