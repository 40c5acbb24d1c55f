/**
 * A pragmatic lint: user-facing words in .svelte markup must come from the message catalogs (`t(...)`), so the UI
 * switches language as a whole. Flags literal text between tags and literal `title` / `aria-label` / `placeholder` /
 * `alt` attributes that contain English words. Expressions (`{...}`), scripts, styles and comments are ignored.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? svelteFiles(join(dir, d.name)) : d.name.endsWith('.svelte') ? [join(dir, d.name)] : []
  );
}

/** Removes `{...}` expressions (nested braces and quoted strings inside them included). */
function stripExpressions(text: string): string {
  let out = '';
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (depth > 0) {
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
      continue;
    }
    if (c === '{') depth = 1;
    else out += c;
  }
  return out;
}

/** Words that are names, not sentences: they read the same in every language. */
const ALLOWED = new Set(['aioscope']);
const WORDS = /[A-Za-z]{2,}/;

export function hardCodedStrings(source: string): string[] {
  const markup = stripExpressions(
    source
      .replace(/<script[^]*?<\/script>/g, '')
      .replace(/<style[^]*?<\/style>/g, '')
      .replace(/<!--[^]*?-->/g, '')
  );
  const found: string[] = [];
  for (const m of markup.matchAll(/\b(title|aria-label|placeholder|alt)="([^"]*)"/g)) {
    if (WORDS.test(m[2])) found.push(`${m[1]}="${m[2]}"`);
  }
  for (const piece of markup.split(/<[^>]*>/)) {
    const text = piece.trim();
    const words = text.replace(/[A-Za-z]+/g, (w) => (ALLOWED.has(w) ? '' : w));
    if (WORDS.test(words)) found.push(text);
  }
  return found;
}

describe('no hard-coded UI strings', () => {
  it('the detector sees text, attributes, and ignores expressions', () => {
    expect(hardCodedStrings('<p>Hello there</p>')).toEqual(['Hello there']);
    expect(hardCodedStrings('<button aria-label="Zoom in">+</button>')).toEqual(['aria-label="Zoom in"']);
    expect(hardCodedStrings("<p>{t('ui.x')} · {n}</p><b title={t('y')}>×</b>")).toEqual([]);
    expect(hardCodedStrings('<script>const a = "Words";</script><style>.a{}</style><a>aioscope</a>')).toEqual([]);
  });

  const files = svelteFiles(resolve(root, 'src')).map((f) => relative(root, f));
  it.each(files)('%s', (file) => {
    expect(hardCodedStrings(readFileSync(resolve(root, file), 'utf8'))).toEqual([]);
  });
});
