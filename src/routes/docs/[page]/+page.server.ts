import { error } from '@sveltejs/kit';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Marked } from 'marked';

/**
 * The repository's docs (docs/*.md) as pages of the site, rendered to HTML at build time (no Markdown code ships to
 * the browser): the Embed dialog and the presenter link to /docs/embed and /docs/talks at the site's own URL.
 * Links between docs (`embed.md`, `talks.md#keys`) become links between these pages.
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

export function entries() {
  return names().map((page) => ({ page }));
}

export function load({ params }) {
  if (!NAME.test(params.page) || !names().includes(params.page)) error(404, `No document ${params.page}`);
  const text = readFileSync(resolve(DOCS, `${params.page}.md`), 'utf8');
  const known = new Set(names());
  const html = (markdown.parse(text, { async: false }) as string).replace(
    /href="([a-z][a-z0-9-]*)\.md(#[^"]*)?"/g,
    (whole, name: string, hash: string | undefined) => (known.has(name) ? `href="./${name}${hash ?? ''}"` : whole)
  );
  const title = /^#\s+(.+)$/m.exec(text)?.[1]?.replace(/`/g, '') ?? params.page;
  return { page: params.page, title, html };
}
