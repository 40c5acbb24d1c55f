import { error } from '@sveltejs/kit';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Marked } from 'marked';

/**
 * The repository's docs (docs/*.md) as static pages of the site (`/docs/embed.html`), rendered to plain HTML at
 * build time: no JavaScript, no Svelte runtime (so nothing here grows the other pages' shared chunks). The Embed
 * dialog and the presenter window link to /docs/embed.html and /docs/talks.html at the site's own URL. Links between
 * docs (`embed.md`, `talks.md#keys`) become links between these pages.
 */
const DOCS = resolve('docs');

/** GitHub's heading anchors (`## Origins` → `#origins`), so `embed.md#origins` links work on the site too. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

const markdown = new Marked({
  renderer: {
    heading({ tokens, depth, text }) {
      return `<h${depth} id="${slug(text)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
    }
  }
});
const NAME = /^[a-z][a-z0-9-]*$/;

function names(): string[] {
  return readdirSync(DOCS)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .filter((n) => NAME.test(n));
}

export const prerender = true;

export function entries() {
  return names().map((page) => ({ page }));
}

const STYLE = `body{font:16px/1.55 system-ui,sans-serif;margin:0;color:#1d232b;background:#f7f8fa}
main{max-width:52rem;margin:0 auto;padding:1rem 1.2rem 4rem}
table{border-collapse:collapse;display:block;overflow-x:auto;font-size:.9rem}
th,td{border:1px solid #d0d5dc;padding:.25rem .5rem;text-align:left;vertical-align:top}
pre{background:#eef1f5;border:1px solid #d0d5dc;border-radius:6px;padding:.6rem;overflow-x:auto}
code{font-size:.9em}kbd{border:1px solid #aab;border-bottom-width:2px;border-radius:4px;padding:0 .3rem;font-size:.85em}
header{padding:.5rem 1.2rem;border-bottom:1px solid #d0d5dc;background:#fff}
@media (prefers-color-scheme:dark){body{background:#14181d;color:#e3e7ec}pre{background:#1d232b}header{background:#1d232b}a{color:#8ab4ff}}`;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function GET({ params }) {
  const name = params.page;
  if (!NAME.test(name) || !names().includes(name)) error(404, `No document ${name}`);
  const text = readFileSync(resolve(DOCS, `${name}.md`), 'utf8');
  const known = new Set(names());
  const body = (markdown.parse(text, { async: false }) as string).replace(
    /href="([a-z][a-z0-9-]*)\.md(#[^"]*)?"/g,
    (whole, other: string, hash: string | undefined) =>
      known.has(other) ? `href="./${other}.html${hash ?? ''}"` : whole
  );
  const title = /^#\s+(.+)$/m.exec(text)?.[1]?.replace(/`/g, '') ?? name;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)} — aioscope</title>
<style>${STYLE}</style></head><body><header><a href="../">aioscope</a></header><main class="doc" data-page="${name}">
${body}</main></body></html>`;
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}
