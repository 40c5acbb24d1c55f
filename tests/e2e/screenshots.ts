/**
 * `npm run screenshots`: every scenario's player in English and 简体中文 at 60 % of its trace at 1280×720, saved to
 * test-results/screenshots/<id>-<lang>.png, the learner's first five also at 1280×800 (<id>-<lang>-800.png), plus
 * 2×2 montages (montage-NN.png) for reviewing them quickly by eye.
 * Not a test: a person looks at the pictures (the e2e tests check content; this checks that it reads well).
 * Optional arguments: scenario ids to limit it to. Needs a built site (see site-dir.ts) and a CJK font for Chinese
 * (Debian: fonts-wqy-microhei or fonts-noto-cjk).
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from './browser';
import { SITE_DIR } from './site-dir';
import { serveStatic } from './static-server';

const root = resolve(import.meta.dirname, '../..');
const out = resolve(root, 'test-results/screenshots');
const all = readdirSync(resolve(root, 'scenarios'))
  .filter((f) => f.endsWith('.py'))
  .map((f) => f.slice(0, -3))
  .sort();
const ids = process.argv.length > 2 ? process.argv.slice(2) : all;

mkdirSync(out, { recursive: true });
const site = await serveStatic(SITE_DIR);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
/** The scenarios a learner opens first (issue 10): also shot at 1280×800. */
const FIRST = ['say_after_sequential', 'say_after', 'producer_consumer', 'wait_for_timeout', 'to_thread'];
const shots: string[] = [];
for (const id of ids) {
  for (const [lang, height] of [
    ['en', 720],
    ['zh', 720],
    ...(FIRST.includes(id) ? ([['en', 800]] as const) : [])
  ] as const) {
    await page.setViewportSize({ width: 1280, height });
    await page.goto(`${site.url}/s/${id}?lang=${lang}`);
    await page.waitForSelector('.player[data-cursor]');
    const total = Number(await page.locator('.controls input[type=range]').getAttribute('max'));
    await page.goto(`${site.url}/s/${id}?lang=${lang}&cursor=${Math.round(total * 0.6)}`);
    await page.waitForSelector('.player[data-cursor]');
    const file = resolve(out, `${id}-${lang}${height === 720 ? '' : `-${height}`}.png`);
    await page.screenshot({ path: file });
    shots.push(file);
  }
}
const tile = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
for (let i = 0; i < shots.length; i += 4) {
  const figures = shots
    .slice(i, i + 4)
    .map(
      (f) =>
        `<figure><img src="data:image/png;base64,${readFileSync(f).toString('base64')}"><figcaption>${f.slice(out.length + 1)}</figcaption></figure>`
    )
    .join('');
  await tile.setContent(
    `<style>body{margin:0;display:grid;grid-template-columns:1fr 1fr;gap:4px;font:12px sans-serif}img{width:100%}figure{margin:0}</style>${figures}`
  );
  await tile.screenshot({ path: resolve(out, `montage-${String(i / 4).padStart(2, '0')}.png`), fullPage: true });
}
await browser.close();
await site.close();
console.log(`${shots.length} screenshots in ${out}`);
