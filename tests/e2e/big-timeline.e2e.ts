/**
 * The timeline at scale, in real headless Chromium: the rendering benchmark's page (bench/render/, built here by
 * buildRenderPage(); it does not ship with the site) generates a synthetic trace of
 * 1,000 lanes × ~1,000,000 events in the browser and shows the player's Timeline on it. Zooming (Ctrl+wheel), panning
 * (drag) and scrolling the lanes work, the canvas is only viewport-sized and, scrolled to lane ~900, shows marks in
 * every visible row; lane headers are virtualised; the view follows the cursor when zoomed in. Also the keyboard walk
 * along a lane's spans on a normal scenario. No timing assertions here (machines are noisy): frame times are
 * measured by bench/render-frames.mjs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Site, type Watched, openPage, startSite, stopSite } from './browser';
import { buildRenderPage } from '../../bench/render/build.mjs';
import { serveStatic } from '../../tools/chromium.mjs';

const shots = resolve(import.meta.dirname, '../../test-results');

let browser: Browser;
let site: Site;
let bench: Site;

beforeAll(async () => {
  ({ site, browser } = await startSite());
  bench = await serveStatic(buildRenderPage());
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await bench?.close();
  await stopSite(site, browser);
});

interface Hook {
  events: number;
  lanes: number;
  draws: number[];
  zoomTo: (k: number, centre: number) => void;
  scrollToLane: (lane: number) => void;
  setCursor: (seq: number) => void;
}
declare const window: Window & { __renderBench: Hook };

/** Resolves after `n` animation frames (the canvas draws on the next frame after a change). */
const frames = (page: Page, n = 3) =>
  page.evaluate(
    (k) =>
      new Promise<void>((ok) => {
        const step = (left: number) => (left === 0 ? ok() : requestAnimationFrame(() => step(left - 1)));
        step(k);
      }),
    n
  );

const firstTick = (page: Page) => page.locator('.timeline .axis .tick text').first().textContent();

/** Per visible, fully shown row of the canvas: how many opaque (mark) pixels it has. */
async function opaquePixelsPerRow(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.timeline canvas.lanes')!;
    const ctx = canvas.getContext('2d')!;
    const dpr = canvas.width / canvas.clientWidth;
    const lane0 = Number(canvas.dataset.lane0);
    const lane1 = Number(canvas.dataset.lane1);
    const body = document.querySelector<HTMLElement>('.timeline .body')!;
    const rowH = document.querySelector<HTMLElement>('.labels li:not(.cover)')!.clientHeight;
    const axisH = 28;
    const rows: Array<{ lane: number; opaque: number }> = [];
    for (let lane = lane0; lane <= lane1; lane++) {
      const top = axisH + lane * rowH - body.scrollTop;
      if (top < axisH || top + rowH > canvas.clientHeight) continue; // partly hidden rows are not sampled
      const img = ctx.getImageData(0, Math.round(top * dpr), canvas.width, Math.round(rowH * dpr));
      let opaque = 0;
      for (let i = 3; i < img.data.length; i += 4) if (img.data[i] > 200) opaque++;
      rows.push({ lane, opaque });
    }
    return { rows, canvasW: canvas.width, canvasH: canvas.height, dpr };
  });
}

describe('the big timeline (1,000 lanes × 1,000,000 events)', () => {
  let watched: Watched;
  let page: Page;

  beforeAll(async () => {
    watched = await openPage(browser, bench.url, 1280, 800);
    page = watched.page;
    await page.goto(`${bench.url}/?events=1000000&lanes=1000`);
    await page.waitForFunction(() => window.__renderBench?.draws.length > 0, null, { timeout: 110_000 });
  }, 120_000);

  it('lays out a thousand lanes and a million events, on a viewport-sized canvas', async () => {
    const info = await page.evaluate(() => ({
      events: window.__renderBench.events,
      lanes: window.__renderBench.lanes
    }));
    expect(info.lanes).toBe(1000);
    expect(info.events).toBeGreaterThanOrEqual(1_000_000);
    const size = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('.timeline canvas.lanes')!;
      const plot = document.querySelector<HTMLElement>('.timeline .plot')!;
      return {
        canvasCss: c.clientHeight,
        plot: plot.clientHeight,
        body: document.querySelector('.timeline .body')!.clientHeight
      };
    });
    expect(size.plot).toBeGreaterThan(29_000); // the plot is as tall as all lanes (a true scrollbar)…
    expect(size.canvasCss).toBeLessThanOrEqual(size.body); // …but the canvas only as tall as the viewport
    expect(size.canvasCss).toBeGreaterThan(200);
    // Lane headers are virtualised: a few dozen buttons, not a thousand.
    const headers = await page.locator('.labels [data-lane]').count();
    expect(headers).toBeGreaterThan(10);
    expect(headers).toBeLessThan(60);
  });

  it('zooms with Ctrl+wheel and pans with a drag', async () => {
    const plot = page.locator('.timeline .plot');
    const box = (await plot.boundingBox())!;
    const before = await firstTick(page);
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.keyboard.down('Control');
    // Two notches of Ctrl+wheel: ~16× (deeper, the window can sit inside one instant and the tick labels repeat).
    for (let i = 0; i < 2; i++) await page.mouse.wheel(0, -100);
    await page.keyboard.up('Control');
    await frames(page);
    await expect.poll(() => page.getByRole('button', { name: 'Fit' }).isEnabled()).toBe(true);
    const zoomed = await firstTick(page);
    expect(zoomed).not.toBe(before);
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 300, box.y + 200, { steps: 8 });
    await page.mouse.up();
    await frames(page);
    expect(await firstTick(page)).not.toBe(zoomed);
    await page.screenshot({ path: resolve(shots, 'render-e2e-zoomed.png') });
  });

  it('scrolled to lane ~900, the canvas shows marks in every visible row and the headers follow', async () => {
    await page.evaluate(() => window.__renderBench.zoomTo(1, 0.5));
    const plot = page.locator('.timeline .plot');
    const box = (await plot.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 300);
    await page.mouse.wheel(0, 3000); // a plain wheel scrolls the lanes (smoothly: wait until it settles)
    const scrolled = () => page.evaluate(() => document.querySelector('.timeline .body')!.scrollTop);
    await expect.poll(scrolled).toBeGreaterThan(0);
    let last = -1;
    await expect.poll(async () => last === (last = await scrolled())).toBe(true);
    await page.evaluate(() => window.__renderBench.scrollToLane(900));
    await frames(page, 4);
    const sample = await opaquePixelsPerRow(page);
    expect(sample.rows.length).toBeGreaterThan(8);
    expect(sample.rows[0].lane).toBeGreaterThanOrEqual(899);
    for (const row of sample.rows) expect(row.opaque, `lane ${row.lane}`).toBeGreaterThan(200);
    expect(sample.canvasH / sample.dpr).toBeLessThan(1000);
    const names = await page
      .locator('.labels [data-lane]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-lane')));
    expect(names).toContain('Task-900'); // lane 900 is worker Task-900 (lane 0 is the loop, lane 1 Task-1)
    expect(names).not.toContain('Task-2');
    await page.screenshot({ path: resolve(shots, 'render-e2e-lane900.png') });
  });

  it('follows the cursor when zoomed in, and stays responsive', async () => {
    // Right after the user's own pan or zoom the view does not chase the playhead (Timeline's grace period).
    await page.waitForTimeout(1600);
    await page.evaluate(() => {
      window.__renderBench.zoomTo(60, 0.05);
      window.__renderBench.setCursor(10);
    });
    await frames(page);
    const early = Number((await firstTick(page))?.replace(/[^\d.]/g, ''));
    await page.evaluate(() => window.__renderBench.setCursor(Math.floor(window.__renderBench.events * 0.8)));
    await frames(page);
    const late = Number((await firstTick(page))?.replace(/[^\d.]/g, ''));
    expect(late).toBeGreaterThan(early + 100); // the window moved to the playhead, ~80 % into an ~800 s run
    await page.getByRole('button', { name: 'Fit' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Fit' }).isDisabled()).toBe(true);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });

  it('walks lanes with ↑/↓ on the headers, scrolling virtualised rows into view', async () => {
    await page.evaluate(() => window.__renderBench.scrollToLane(0));
    await frames(page);
    await page.locator('.labels [data-lane="Task-1"]').focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-lane'))).toBe('Task-31');
    expect(await page.evaluate(() => document.querySelector('.timeline .body')!.scrollTop)).toBeGreaterThan(0);
  });
});

describe('keyboard walk along a lane (say_after, SVG)', () => {
  it('Enter on a lane header highlights its span, ←/→ walk the lane without stepping the player, Esc stops', async () => {
    const { page, consoleErrors } = await openPage(browser, site.url, 1280, 800);
    await page.goto(`${site.url}/s/say_after?cursor=40`);
    await page.waitForSelector('.player[data-cursor="40"]');
    const cursor = () => page.locator('.player').getAttribute('data-cursor');
    await page.locator('.labels [data-lane="Task-2"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.timeline svg.lanes .focus-ring').count()).toBe(1);
    const details = page.locator('.timeline .details');
    await expect.poll(() => details.textContent()).toContain('Task-2');
    const first = await details.textContent();
    const ring = () => page.locator('.timeline svg.lanes .focus-ring').getAttribute('x');
    const x0 = Number(await ring());
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => Number(await ring())).toBeLessThan(x0);
    expect(await details.textContent()).not.toBe(first);
    expect(await cursor()).toBe('40'); // the player did not step
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await ring())).toBe(x0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.timeline svg.lanes .focus-ring').count()).toBe(0);
    await page.keyboard.press('ArrowRight'); // not walking: the player's step again
    await expect.poll(cursor).toBe('41');
    // The key help lists the timeline keys.
    await page.keyboard.press('?');
    await expect.poll(() => page.locator('dialog[open]').textContent()).toContain('walk the lane');
    await page.screenshot({ path: resolve(shots, 'render-e2e-keys.png') });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
