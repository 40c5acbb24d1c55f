/**
 * The Export menu in headless Chromium, used like a user (click "Export", click a format, take the download), from a
 * scenario's player and from the playground. Each file must be valid: the SVG parses (DOMParser, no parsererror) and
 * carries the title and legend; the PNG has the PNG signature, an IHDR of twice the SVG's size and loads in an <img>;
 * the JSON passes validateTrace; the Chrome trace passes the schema check; the GIF has more than one frame and loads
 * in an <img>. The files are kept in test-results/export-* to be looked at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Site, type Watched, openPage, startSite, stopSite } from './browser';
import { validateTrace } from '../../src/lib/trace/validate';
import { checkChromeTrace } from '../../src/lib/export/chrome-schema';

const root = resolve(import.meta.dirname, '../..');
const shots = resolve(root, 'test-results');

let browser: Browser;
let site: Site;

beforeAll(async () => {
  ({ site, browser } = await startSite());
  mkdirSync(shots, { recursive: true });
});
afterAll(() => stopSite(site, browser));

async function open(path: string): Promise<Watched> {
  const watched = await openPage(browser, site.url, 1280, 800);
  await watched.page.goto(site.url + path);
  await watched.page.waitForSelector('.player[data-cursor]');
  await watched.page.waitForFunction(() => document.querySelector('.timeline svg.lanes, .timeline canvas') !== null);
  return watched;
}

/** Opens the menu, clicks a format and returns the downloaded file. */
async function exportAs(page: Page, kind: string, timeout = 60_000): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId('export').click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout }),
    page.locator(`[data-export="${kind}"]`).click()
  ]);
  const path = await download.path();
  const bytes = readFileSync(path);
  writeFileSync(resolve(shots, `export-${download.suggestedFilename()}`), bytes);
  return { name: download.suggestedFilename(), bytes };
}

async function parseSvgInPage(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.nodeName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      title: doc.querySelector('title')?.textContent ?? '',
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      rects: doc.querySelectorAll('rect').length
    };
  }, svg);
}

async function imageSize(page: Page, bytes: Buffer, type: string) {
  return page.evaluate(
    async ({ b64, type }) => {
      const img = new Image();
      img.src = `data:${type};base64,${b64}`;
      await img.decode();
      return { w: img.naturalWidth, h: img.naturalHeight };
    },
    { b64: bytes.toString('base64'), type }
  );
}

/** Frames in a GIF: walks the block structure (extensions, image descriptors and their sub-blocks) to the trailer. */
function gifFrames(b: Buffer): number {
  if (b.subarray(0, 6).toString('latin1') !== 'GIF89a') throw new Error('not a GIF89a');
  let p = 13 + (b[10] & 0x80 ? 3 * (2 << (b[10] & 7)) : 0);
  let frames = 0;
  const skipSubBlocks = () => {
    while (b[p] !== 0) p += b[p] + 1;
    p++;
  };
  for (;;) {
    const block = b[p++];
    if (block === 0x3b) break;
    if (block === 0x21) {
      p++;
      skipSubBlocks();
    } else if (block === 0x2c) {
      frames++;
      const local = b[p + 8];
      p += 9 + (local & 0x80 ? 3 * (2 << (local & 7)) : 0) + 1;
      skipSubBlocks();
    } else throw new Error(`bad GIF block 0x${block?.toString(16)} at ${p - 1}`);
    if (p > b.length) throw new Error('GIF truncated');
  }
  if (p !== b.length) throw new Error('bytes after the GIF trailer');
  return frames;
}

const LEGEND = ['running', 'ready', 'waiting', 'loop idle', 'blocked', 'created', 'woke', 'cancelled'];

async function checkAll(page: Page, title: string, stem: string) {
  const timings: Record<string, string | null> = {};
  const attr = async () => {
    const menu = page.getByTestId('export-menu');
    return `${await menu.getAttribute('data-ms')} ms, ${await menu.getAttribute('data-bytes')} B`;
  };

  const svgFile = await exportAs(page, 'svg');
  timings.svg = await attr();
  expect(svgFile.name).toMatch(new RegExp(`^${stem}-at-\\d+\\.svg$`));
  const svg = await parseSvgInPage(page, svgFile.bytes.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.root).toBe('svg');
  expect(svg.title).toBe(title);
  expect(svg.texts).toContain(title);
  for (const word of LEGEND) expect(svg.texts).toContain(word);
  expect(svg.rects).toBeGreaterThan(10);

  const png = await exportAs(page, 'png');
  timings.png = await attr();
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([svg.width * 2, svg.height * 2]);
  expect(await imageSize(page, png.bytes, 'image/png')).toEqual({ w: svg.width * 2, h: svg.height * 2 });

  const json = await exportAs(page, 'json');
  timings.json = await attr();
  const events = validateTrace(JSON.parse(json.bytes.toString('utf8')));
  expect(events.length).toBeGreaterThan(5);

  const chrome = await exportAs(page, 'chrome');
  timings.chrome = await attr();
  const trace = JSON.parse(chrome.bytes.toString('utf8'));
  expect(checkChromeTrace(trace)).toEqual([]);
  expect(trace.traceEvents.some((e: { ph: string }) => e.ph === 's')).toBe(true);

  const gif = await exportAs(page, 'gif', 110_000);
  timings.gif = `${await attr()}, ${await page.getByTestId('export-menu').getAttribute('data-frames')} frames`;
  const frames = gifFrames(gif.bytes);
  expect(frames).toBeGreaterThan(1);
  expect(await imageSize(page, gif.bytes, 'image/gif')).toEqual({ w: svg.width, h: svg.height });
  await expect.poll(() => page.getByTestId('export-menu').getAttribute('data-state')).toBe('done');
  return { timings, svg, frames, events: events.length };
}

describe('Export', () => {
  it('from a scenario: SVG, PNG, JSON, Chrome trace and GIF are valid files', async () => {
    const { page, consoleErrors } = await open('/s/say_after');
    const title = (await page.locator('h1').first().textContent())?.trim() ?? '';
    const result = await checkAll(page, title, 'say_after');
    console.log('scenario export', JSON.stringify(result.timings), `${result.frames} GIF frames`);
    await page.screenshot({ path: resolve(shots, 'export-menu-player.png') });
    expect(consoleErrors).toEqual([]);
  });

  it('Escape closes the menu, from the button that opened it or from an item, and the focus returns', async () => {
    const { page } = await open('/s/say_after');
    const button = page.getByTestId('export');
    await button.click();
    expect(await page.locator('.export .menu').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await page.locator('.export .menu').count()).toBe(0);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    await page.locator('.export .menu [data-export=json]').focus();
    await page.keyboard.press('Escape');
    expect(await page.locator('.export .menu').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export');
  });

  it('draws the zoom window the user sees', async () => {
    const { page } = await open('/s/say_after');
    const ticks = (texts: string[]) => texts.filter((t) => /^\d+(\.\d+)? s$/.test(t));
    const before = ticks((await parseSvgInPage(page, (await exportAs(page, 'svg')).bytes.toString('utf8'))).texts);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const after = ticks((await parseSvgInPage(page, (await exportAs(page, 'svg')).bytes.toString('utf8'))).texts);
    expect(after).not.toEqual(before);
  });

  it('from the playground: the same five files, titled with the file name', async () => {
    const watched = await openPage(browser, site.url, 1280, 800);
    const { page, consoleErrors } = watched;
    await page.goto(site.url + '/play');
    await page.waitForFunction(
      () => Number(document.querySelector('main.play')?.getAttribute('data-runs')) >= 1,
      null,
      {
        timeout: 20_000
      }
    );
    await page.waitForSelector('.player[data-cursor]');
    const result = await checkAll(page, 'main.py', 'main');
    console.log('playground export', JSON.stringify(result.timings), `${result.frames} GIF frames`);
    await page.screenshot({ path: resolve(shots, 'export-menu-play.png') });
    expect(consoleErrors).toEqual([]);
  });
});
