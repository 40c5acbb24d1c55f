/**
 * /open in headless Chromium: a recording opened by `?trace=` (same origin only: another origin is refused with
 * AIO-T020 and never fetched), by the file button and by a drop on the page; a broken file shows its AIO-T error at
 * its line; a second file opens the compare view; and a 1,000,000-event recording (generated here with the
 * benchmark's synthetic generator, written as JSON lines) loads with a progress bar and pans.
 */
import { mkdirSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { type Site, openPage, startSite, stopSite } from './browser';
import { SITE_DIR } from './site-dir';
import { simulate } from '../../src/lib/simulate';
import { syntheticTrace } from '../../bench/synthetic';
import type { TraceEvent } from '../../src/lib/trace/events';

let browser: Browser;
let site: Site;
const tmp = path.join(tmpdir(), `aioscope-open-${process.pid}`);
const served = path.join(SITE_DIR, 'e2e-open');

const jsonl = (events: readonly TraceEvent[]) => events.map((e) => JSON.stringify(e)).join('\n') + '\n';
const PROGRAM = (label: string) =>
  `import asyncio\nasync def job(n):\n    await asyncio.sleep(n)\n    print('${label}', n)\nasync def main():\n    await asyncio.gather(job(1), job(2))\nasyncio.run(main())\n`;

async function writeBig(file: string, n: number): Promise<number> {
  const events = syntheticTrace(n, { workers: 998 });
  const out = createWriteStream(file);
  for (let i = 0; i < events.length; i += 10_000) {
    const ok = out.write(jsonl(events.slice(i, i + 10_000)));
    if (!ok) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  return events.length;
}

let bigEvents = 0;
beforeAll(async () => {
  ({ site, browser } = await startSite());
  mkdirSync(tmp, { recursive: true });
  mkdirSync(served, { recursive: true });
  writeFileSync(path.join(served, 'a.jsonl'), jsonl(simulate(PROGRAM('a'), { file: 'a.py' }).events));
  writeFileSync(path.join(tmp, 'b.jsonl'), jsonl(simulate(PROGRAM('bee'), { file: 'b.py' }).events));
  const broken = jsonl(simulate(PROGRAM('c'), { file: 'c.py' }).events).split('\n');
  broken[3] = broken[3]!.replace('"seq":3', '"seq":"3"');
  writeFileSync(path.join(tmp, 'broken.jsonl'), broken.join('\n'));
  bigEvents = await writeBig(path.join(tmp, 'big.jsonl'), 1_000_000);
}, 180_000);
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  rmSync(served, { recursive: true, force: true });
  await stopSite(site, browser);
});

/** Every printed line, with the cursor moved to the end of the trace first. */
async function printed(page: Page): Promise<string> {
  await page
    .locator('.controls')
    .first()
    .click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('End');
  await page.waitForFunction(() => {
    const p = document.querySelector('.player');
    const max = document.querySelector('.controls input[type=range]')?.getAttribute('max');
    return p && max && p.getAttribute('data-cursor') === max;
  });
  return shown(page);
}
const shown = (page: Page) =>
  page.$$eval('.console li:not(.stderr) .text', (els) => els.map((el) => el.getAttribute('data-text') ?? '').join(''));

describe('/open', () => {
  it('opens a same-origin ?trace= in the full player, keeps the moment in the URL, and compares a second file', async () => {
    const { page, consoleErrors, foreignRequests } = await openPage(browser, site.url);
    await page.goto(`${site.url}/open?trace=/e2e-open/a.jsonl`);
    await page.waitForSelector('main.open[data-state=open]');
    expect(await page.locator('[data-testid=open-summary]').innerText()).toContain('a.jsonl');
    expect(await printed(page)).toBe('a 1\na 2\n');
    // the moment (cursor at the end, after printed()) is in the URL beside the trace: the link shares it
    await page.waitForFunction(() => /cursor=[1-9]/.test(window.location.search));
    expect(new URL(page.url()).searchParams.get('trace')).toBe('/e2e-open/a.jsonl');
    await expect(page.locator('.controls button', { hasText: 'Export' }).count()).resolves.toBeGreaterThan(0);
    await page.locator('[data-testid=open-compare]').setInputFiles(path.join(tmp, 'b.jsonl'));
    await page.waitForSelector('.compare-player', { timeout: 30_000 });
    expect(await page.locator('.compare-player section.side').count()).toBe(2);
    await page.screenshot({ path: 'test-results/open-compare.png' });
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('refuses a trace address on another origin without fetching it', async () => {
    const { page, foreignRequests } = await openPage(browser, site.url);
    await page.goto(`${site.url}/open?trace=${encodeURIComponent('http://evil.invalid/x.jsonl')}`);
    await page.waitForSelector('main.open[data-state=error]');
    expect(await page.locator('[data-testid=open-error]').getAttribute('data-code')).toBe('AIO-T020');
    expect(foreignRequests).toEqual([]);
    await page.close();
  });

  it('shows a broken file’s error at its line, and opens a dropped file', async () => {
    const { page } = await openPage(browser, site.url);
    await page.goto(`${site.url}/open`);
    await page.locator('[data-testid=open-drop]').waitFor();
    await page.locator('[data-testid=open-file]').setInputFiles(path.join(tmp, 'broken.jsonl'));
    const err = page.locator('[data-testid=open-error]');
    await err.waitFor();
    expect(await err.getAttribute('data-code')).toBe('AIO-T002');
    expect(await err.getAttribute('data-line')).toBe('4');
    // a drop anywhere on the page (here: on the heading)
    const text = jsonl(simulate(PROGRAM('dropped'), { file: 'd.py' }).events);
    const dt = await page.evaluateHandle((t) => {
      const d = new DataTransfer();
      d.items.add(new File([t], 'd.jsonl', { type: 'application/json' }));
      return d;
    }, text);
    await page.dispatchEvent('h1', 'drop', { dataTransfer: dt });
    await page.waitForSelector('main.open[data-state=open]');
    expect(await printed(page)).toBe('dropped 1\ndropped 2\n');
    await page.close();
  });

  it('opens a 1,000,000-event recording with a progress bar, and pans it', async () => {
    const { page, consoleErrors } = await openPage(browser, site.url, 1280, 800);
    await page.goto(`${site.url}/open`);
    await page.locator('[data-testid=open-drop]').waitFor();
    const t0 = Date.now();
    await page.locator('[data-testid=open-file]').setInputFiles(path.join(tmp, 'big.jsonl'));
    await page.locator('[data-testid=open-progress]').waitFor();
    await page.waitForSelector('main.open[data-state=open]', { timeout: 150_000 });
    await page.locator('.timeline canvas.lanes').waitFor({ timeout: 60_000 });
    const loadMs = Date.now() - t0;
    expect(Number(await page.locator('main.open').getAttribute('data-events'))).toBe(bigEvents);
    const box = (await page.locator('.timeline canvas.lanes').boundingBox())!;
    const tick = () => page.locator('.timeline .axis .tick text').first().textContent();
    await page.mouse.move(box.x + box.width / 2, box.y + 100);
    await page.keyboard.down('Control');
    for (let i = 0; i < 2; i++) await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    const before = await tick();
    await page.mouse.move(box.x + box.width / 2, box.y + 100);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 300, box.y + 100, { steps: 8 });
    await page.mouse.up();
    await expect.poll(tick, { timeout: 10_000 }).not.toBe(before);
    await page.screenshot({ path: 'test-results/open-1m.png' });
    console.log(`/open: ${bigEvents} events loaded and drawn in ${loadMs} ms`);
    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 240_000);
});
